package jiken.indexer.eval;

/**
 * Precision and recall counts, summed over articles (micro-averaged). Precision and recall are
 * counted separately because one gold organisation may be matched by two predicted names (name and
 * alias): each correct prediction counts for precision, each found gold item once for recall.
 *
 * @param predCorrect predictions that match gold
 * @param predTotal all (distinct) predictions
 * @param goldFound gold items matched by some prediction
 * @param goldTotal all gold items
 */
public record Tally(int predCorrect, int predTotal, int goldFound, int goldTotal) {
  public static final Tally ZERO = new Tally(0, 0, 0, 0);

  public Tally plus(Tally o) {
    return new Tally(predCorrect + o.predCorrect, predTotal + o.predTotal, goldFound + o.goldFound,
        goldTotal + o.goldTotal);
  }

  /** Correct / predicted; 1 when nothing was predicted and nothing was expected, else 0 if nothing predicted. */
  public double precision() {
    return predTotal == 0 ? (goldTotal == 0 ? 1.0 : 0.0) : (double) predCorrect / predTotal;
  }

  /** Found / expected; 1 when nothing was expected. */
  public double recall() {
    return goldTotal == 0 ? 1.0 : (double) goldFound / goldTotal;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
