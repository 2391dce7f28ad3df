package jiken.indexer.extract;

/**
 * Where a fact was read: a span of {@link ArticleInput#fullText()} and the sentence around it.
 *
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 * @param sentence the sentence containing the span, trimmed
 */
public record Provenance(int start, int end, String sentence) {
  public Provenance {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
    sentence = sentence == null ? "" : sentence;
  }

  /** The provenance of {@code fullText[start, end)}, with its sentence found by {@link Sentences}. */
  public static Provenance of(String fullText, int start, int end) {
    return new Provenance(start, end, Sentences.around(fullText, start, end));
  }
}
