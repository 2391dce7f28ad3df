package jiken.indexer.extract.org;

/** Digit tests shared by the organisation rules (約150社 is a count, not a company). Stateless. */
final class JapaneseDigits {
  private JapaneseDigits() {}

  static boolean isNumeral(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "〇一二三四五六七八九十百千万億".indexOf(c) >= 0;
  }
}
