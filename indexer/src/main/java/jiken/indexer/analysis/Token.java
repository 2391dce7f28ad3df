package jiken.indexer.analysis;

/**
 * One morpheme from Kuromoji.
 *
 * @param surface the text as written
 * @param baseForm dictionary form, or the surface when Kuromoji has none
 * @param pos part of speech, hyphen-joined (e.g. {@code 名詞-固有名詞-組織})
 * @param reading katakana reading, or "" when unknown
 * @param start offset in the analysed text (inclusive)
 * @param end offset in the analysed text (exclusive)
 */
public record Token(String surface, String baseForm, String pos, String reading, int start, int end) {
  public boolean isNoun() {
    return pos.startsWith("名詞");
  }

  public boolean isOrganization() {
    return pos.startsWith("名詞-固有名詞-組織");
  }

  public boolean isProperNoun() {
    return pos.startsWith("名詞-固有名詞");
  }
}
