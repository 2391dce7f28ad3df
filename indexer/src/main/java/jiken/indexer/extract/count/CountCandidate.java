package jiken.indexer.extract.count;

/**
 * One number with a victim counter found in an article, with the context features the selector
 * needs. Immutable.
 *
 * @param start offset of the literal in the full text
 * @param end offset after the literal
 * @param text the literal ({@code 約1万6000件}, {@code のべ466名分}, headline {@code 29万超})
 * @param value the integer it denotes
 * @param counter the counter word ({@code 件}, {@code 名分}, …; empty for a headline round figure)
 * @param inTitle whether it sits in the title
 * @param total whether it is stated as a total (計, 合計, 合わせて …)
 * @param lowerBound whether it is a rounded lower bound ({@code 29万超}, {@code 以上})
 * @param sentenceStart start of its sentence, to compare candidates of one sentence
 */
record CountCandidate(int start, int end, String text, long value, String counter, boolean inTitle,
    boolean total, boolean lowerBound, int sentenceStart) {

  /** People rather than records: the GUIDE prefers them when both count the same victims. */
  boolean people() {
    return counter.startsWith("人") || counter.startsWith("名") || counter.equals("者") || counter.equals("世帯");
  }

  /** A headline figure without a counter, such as {@code 29万超}. */
  boolean rounded() {
    return counter.isEmpty();
  }
}
