package jiken.crawler.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fingerprints of a main text. Both work on the same normalisation (NFKC, lower case, whitespace
 * removed), so a re-fetch that only changes full-width digits or line breaks is "unchanged".
 *
 * <ul>
 *   <li>{@link #contentHash}: SHA-256 hex, for exact "did the body change" checks.
 *   <li>{@link #simhash}: 64-bit SimHash (Charikar) over character 4-gram shingles, for near
 *       duplicates; character shingles need no word segmentation, which Japanese lacks.
 * </ul>
 * Stateless and thread-safe.
 */
public final class TextFingerprints {
  private static final int SHINGLE = 4;

  private TextFingerprints() {}

  public static String normalize(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replaceAll("\\s+", "");
  }

  public static String contentHash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the JDK spec", e);
    }
  }

  public static long simhash(String text) {
    String s = normalize(text);
    if (s.isEmpty()) {
      return 0L;
    }
    int[] votes = new int[64];
    int n = Math.max(1, s.length() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      long h = fnv1a64(s, i, Math.min(s.length(), i + SHINGLE));
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long out = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        out |= 1L << bit;
      }
    }
    return out;
  }

  public static int hammingDistance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static long fnv1a64(String s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    // FNV's low bits mix poorly on short inputs; a final avalanche (from SplitMix64) fixes that.
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
