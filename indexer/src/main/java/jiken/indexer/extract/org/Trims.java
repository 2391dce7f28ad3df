package jiken.indexer.extract.org;

import java.util.regex.Matcher;

/**
 * Trims a grown name run to the name itself: descriptors before it (韓国, 大手, 画像, a category
 * joined by ・ as in 化学品メーカー・X) and words after it that are not part of it (広報, 社長,
 * グループ). Stateless and thread-safe.
 */
final class Trims {
  private Trims() {}

  /** {@code [start, end)} trimmed, as a two-element array, or null when nothing is left. */
  static int[] trim(String text, int start, int end) {
    int s = start;
    int e = end;
    for (int guard = 0; guard < 4 && e > s; guard++) {
      Matcher t = OrgLexicon.TRAILING.matcher(text.substring(s, e));
      if (!t.find() || t.start() == 0) {
        break;
      }
      e = s + t.start();
    }
    for (int guard = 0; guard < 3 && e > s; guard++) {
      Matcher l = OrgLexicon.LEADING.matcher(text.substring(s, e));
      if (!l.lookingAt() || l.end() == e - s) {
        break;
      }
      s += l.end();
    }
    Matcher c = OrgLexicon.CATEGORY_DOT.matcher(text.substring(s, e));
    if (c.lookingAt() && c.end() < e - s) {
      s += c.end();
    }
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '・')) {
      e--;
    }
    return e > s ? new int[] {s, e} : null;
  }

  /** Whether the run starts with 旧 (a former name: 旧LINE社 is not a party of today's incident). */
  static boolean former(String text, int start) {
    return start > 0 && text.charAt(start - 1) == '旧' || text.startsWith("旧", start);
  }
}
