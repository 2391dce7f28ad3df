package jiken.crawler.robots;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Splits robots.txt bytes into directives, the way Google's reference parser does (so its
 * line-level conformance cases port as they are): a leading UTF-8 BOM, or any prefix of one, is
 * skipped; lines end at LF, CR or CRLF; lines longer than {@value #MAX_LINE_BYTES} bytes are
 * cut; {@code #} starts a comment; the separator is {@code :}, or a run of whitespace when the
 * line has exactly two words (a common mistake). Allow and Disallow values are escaped with
 * {@link RobotsPaths#escapePattern}. Never throws on content. Stateless and thread-safe.
 */
public final class RobotsTxtLexer {
  /** Longest line kept, as in Google's parser: eight times the longest URL IE accepted. */
  public static final int MAX_LINE_BYTES = 2083 * 8 - 1;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Directive kinds. {@code UNKNOWN} covers Crawl-delay and everything else not matched on. */
  public enum Key { USER_AGENT, ALLOW, DISALLOW, SITEMAP, UNKNOWN }

  /** Receives directives in file order. */
  public interface Handler {
    /** @param rawKey the key as written (for unknown directives), {@code value} already escaped for Allow/Disallow */
    void directive(int lineNumber, Key key, String rawKey, String value);
  }

  private RobotsTxtLexer() {}

  /** Feeds every directive of {@code body} to {@code handler}. */
  public static void lex(byte[] body, Handler handler) {
    byte[] line = new byte[MAX_LINE_BYTES];
    int len = 0;
    int lineNumber = 0;
    int bomPos = 0;
    boolean lastWasCr = false;
    for (byte b : body) {
      if (bomPos < BOM.length && b == BOM[bomPos++]) {
        continue;
      }
      bomPos = BOM.length;
      if (b != '\n' && b != '\r') {
        if (len < MAX_LINE_BYTES - 1) {
          line[len++] = b;
        }
        continue;
      }
      // the LF of a CRLF ends no extra (empty) line
      if (!(len == 0 && lastWasCr && b == '\n')) {
        emit(++lineNumber, new String(line, 0, len, StandardCharsets.UTF_8), handler);
      }
      len = 0;
      lastWasCr = b == '\r';
    }
    emit(++lineNumber, new String(line, 0, len, StandardCharsets.UTF_8), handler);
  }

  private static void emit(int lineNumber, String line, Handler handler) {
    int hash = line.indexOf('#');
    String l = strip(hash >= 0 ? line.substring(0, hash) : line);
    int sep = l.indexOf(':');
    if (sep < 0) {
      sep = indexOfWhite(l, 0);
      if (sep >= 0) {
        int val = sep;
        while (val < l.length() && isWhite(l.charAt(val))) {
          val++;
        }
        if (indexOfWhite(l, val) >= 0) {
          return; // more than two words: not a directive
        }
      }
    }
    if (sep < 0) {
      return;
    }
    String rawKey = strip(l.substring(0, sep));
    if (rawKey.isEmpty()) {
      return;
    }
    String value = strip(l.substring(sep + 1));
    Key key = keyOf(rawKey);
    if (key == Key.ALLOW || key == Key.DISALLOW) {
      value = RobotsPaths.escapePattern(value);
    }
    handler.directive(lineNumber, key, rawKey, value);
  }

  /** Key names, prefix-matched case-insensitively, with the frequent typos Google accepts. */
  static Key keyOf(String rawKey) {
    String k = rawKey.toLowerCase(Locale.ROOT);
    if (k.startsWith("user-agent") || k.startsWith("useragent") || k.startsWith("user agent")) {
      return Key.USER_AGENT;
    }
    if (k.startsWith("allow")) {
      return Key.ALLOW;
    }
    if (k.startsWith("disallow") || k.startsWith("dissallow") || k.startsWith("dissalow")
        || k.startsWith("disalow") || k.startsWith("diasllow") || k.startsWith("disallaw")) {
      return Key.DISALLOW;
    }
    if (k.startsWith("sitemap") || k.startsWith("site-map")) {
      return Key.SITEMAP;
    }
    return Key.UNKNOWN;
  }

  private static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
  }

  private static boolean isWhite(char c) {
    return c == ' ' || c == '\t';
  }

  private static int indexOfWhite(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (isWhite(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
