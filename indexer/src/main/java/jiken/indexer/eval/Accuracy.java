package jiken.indexer.eval;

/**
 * A share of right answers.
 *
 * @param correct right answers
 * @param total answers given
 */
public record Accuracy(int correct, int total) {
  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, total + o.total);
  }

  /** Correct / total, or 0 when there was nothing to judge. */
  public double value() {
    return total == 0 ? 0.0 : (double) correct / total;
  }
}
