package jiken.indexer.extract.date;

import java.text.Normalizer;

/**
 * Character-level helpers for Japanese date text: a length-preserving width fold and a parser for
 * Arabic and kanji numerals.
 *
 * <p>The fold keeps every offset valid: each character maps to exactly one character, so a match in
 * the folded text is the same span in the original. Stateless and thread-safe.
 */
final class JaText {
  private static final String KANJI_DIGITS = "〇一二三四五六七八九";

  private JaText() {}

  /**
   * Folds full-width ASCII (digits, slashes, brackets, tildes, letters) and the ideographic space to
   * their ASCII forms, and the wave dash 〜 to {@code ~}; every other character is kept. Only
   * one-to-one NFKC mappings are applied, so {@code fold(s).length() == s.length()}.
   */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0); // full-width ASCII block
      } else if (c == '\u3000' || c == '\u00A0' || c == '\t') {
        c = ' ';
      } else if (c == '〜' || c == '～' || c == '∼' || c == '〰') {
        c = '~';
      } else if (c > 0x7F && !isKanjiDigit(c) && Character.isDigit(c)) {
        // other Unicode digit forms (e.g. mathematical digits) become ASCII only when NFKC is 1:1
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (n.length() == 1) {
          c = n.charAt(0);
        }
      }
      out[i] = c;
    }
    return new String(out);
  }

  static boolean isKanjiDigit(char c) {
    return KANJI_DIGITS.indexOf(c) >= 0 || c == '零';
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The value of an Arabic ({@code 2024}) or kanji ({@code 二〇二四}, {@code 二十九}, {@code 十})
   * numeral, {@code 元} = 1 (the first year of an era), or -1 when it is not a numeral.
   */
  static int number(String s) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return -1;
    }
    if (s.equals("元")) {
      return 1;
    }
    if (isAsciiDigit(s.charAt(0))) {
      int v = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!isAsciiDigit(c)) {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }
    return s.indexOf('十') >= 0 || s.indexOf('百') >= 0 ? kanjiWithUnits(s) : kanjiPositional(s);
  }

  /** {@code 二〇二四}: one kanji digit per decimal place. */
  private static int kanjiPositional(String s) {
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = kanjiDigit(s.charAt(i));
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** {@code 二十九}, {@code 十五}, {@code 三十}: digits with 十/百 multipliers. */
  private static int kanjiWithUnits(String s) {
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '十' || c == '百') {
        total += (digit < 0 ? 1 : digit) * (c == '十' ? 10 : 100);
        digit = -1;
      } else {
        int d = kanjiDigit(c);
        if (d < 0 || digit >= 0) {
          return -1;
        }
        digit = d;
      }
    }
    return total + Math.max(digit, 0);
  }

  private static int kanjiDigit(char c) {
    return c == '零' ? 0 : KANJI_DIGITS.indexOf(c);
  }
}
