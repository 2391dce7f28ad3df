package jiken.crawler.robots;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * String helpers of RFC 9309 matching, kept byte-for-byte compatible with Google's reference
 * parser ({@code google/robotstxt}, {@code robots.cc}) so that its conformance tests port
 * one-to-one. Stateless and thread-safe.
 */
public final class RobotsPaths {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RobotsPaths() {}

  /**
   * The part of {@code url} robots rules are matched against: path, params and query, without
   * the fragment, always starting with {@code /} (RFC 9309 §2.2.2). The URL is taken as given:
   * callers pass it percent-encoded (Jiken normalises every URL before the robots check).
   */
  public static String pathParamsQuery(String url) {
    int searchStart = url.length() >= 2 && url.charAt(0) == '/' && url.charAt(1) == '/' ? 2 : 0;
    int earlyPath = indexOfAny(url, "/?;", searchStart);
    int protocolEnd = url.indexOf("://", searchStart);
    if (earlyPath >= 0 && (protocolEnd < 0 || earlyPath < protocolEnd)) {
      protocolEnd = -1; // "/", "?" or ";" before "://": it is not a scheme separator
    }
    protocolEnd = protocolEnd < 0 ? searchStart : protocolEnd + 3;
    int pathStart = indexOfAny(url, "/?;", protocolEnd);
    if (pathStart < 0) {
      return "/";
    }
    int hash = url.indexOf('#', searchStart);
    if (hash >= 0 && hash < pathStart) {
      return "/";
    }
    String p = url.substring(pathStart, hash < 0 ? url.length() : hash);
    return p.charAt(0) == '/' ? p : "/" + p;
  }

  /**
   * A rule's path as it is compared: bytes outside ASCII percent-encoded (UTF-8), existing
   * {@code %xx} escapes upper-cased, nothing decoded. Comparing encoded forms means
   * {@code /%62%61%7A} does not match {@code /baz} and {@code /ツ} matches {@code /%E3%83%84}.
   */
  public static String escapePattern(String pattern) {
    byte[] src = pattern.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(src.length + 8);
    for (int i = 0; i < src.length; i++) {
      int b = src[i] & 0xff;
      if (b == '%' && i + 2 < src.length && isHex(src[i + 1]) && isHex(src[i + 2])) {
        out.append('%').append(Character.toUpperCase((char) src[i + 1])).append(Character.toUpperCase((char) src[i + 2]));
        i += 2;
      } else if (b >= 0x80) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  /** The product token of a {@code User-agent:} value: its leading run of {@code [A-Za-z_-]}. */
  public static String productToken(String userAgent) {
    int i = 0;
    while (i < userAgent.length() && isTokenChar(userAgent.charAt(i))) {
      i++;
    }
    return userAgent.substring(0, i);
  }

  /** Whether {@code agent} is a valid product token to obey (RFC 9309 §2.2.1): non-empty, {@code [A-Za-z_-]+}. */
  public static boolean isValidUserAgent(String agent) {
    return !agent.isEmpty() && productToken(agent).equals(agent);
  }

  /**
   * Whether {@code path} matches {@code pattern}: prefix match where {@code *} matches any run of
   * characters and a final {@code $} anchors the end (RFC 9309 §2.2.3). The empty pattern matches
   * everything. Runs in O(|path| * |pattern|) without backtracking blow-ups.
   */
  public static boolean matches(String path, String pattern) {
    int n = path.length();
    int[] pos = new int[n + 1];
    int count = 1; // pos[0..count) are the path prefixes that can match the pattern so far
    for (int k = 0; k < pattern.length(); k++) {
      char c = pattern.charAt(k);
      if (c == '$' && k == pattern.length() - 1) {
        return pos[count - 1] == n;
      }
      if (c == '*') {
        count = n - pos[0] + 1;
        for (int i = 1; i < count; i++) {
          pos[i] = pos[i - 1] + 1;
        }
      } else {
        int next = 0;
        for (int i = 0; i < count; i++) {
          if (pos[i] < n && path.charAt(pos[i]) == c) {
            pos[next++] = pos[i] + 1;
          }
        }
        count = next;
        if (count == 0) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean equalsIgnoreCase(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = Math.max(0, from); i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
