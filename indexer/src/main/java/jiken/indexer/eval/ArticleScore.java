package jiken.indexer.eval;

import java.util.List;
import java.util.Map;

/**
 * How one article's prediction compares with its gold labels.
 *
 * @param id the article id
 * @param fields per field ({@link Scorer#FIELDS}): counts, missed gold items and extra predictions
 * @param roles role accuracy over matched organisations
 * @param events event accuracy over matched date values
 * @param count the count comparison
 * @param notes readable mistakes that are not misses or extras (wrong role, wrong event)
 */
public record ArticleScore(String id, Map<String, FieldScore> fields, Accuracy roles, Accuracy events,
    CountScore count, List<String> notes) {

  public ArticleScore {
    fields = Map.copyOf(fields);
    notes = List.copyOf(notes);
  }

  /** One field of one article. */
  public record FieldScore(Tally tally, List<String> misses, List<String> extras) {
    public FieldScore {
      misses = List.copyOf(misses);
      extras = List.copyOf(extras);
    }
  }

  /**
   * The affected count of one article.
   *
   * @param gold the gold value, or {@code null}
   * @param predicted the predicted value, or {@code null}
   */
  public record CountScore(Long gold, Long predicted) {
    public boolean hasGold() {
      return gold != null;
    }

    public boolean correct() {
      return gold != null && gold.equals(predicted);
    }

    /** A count predicted where gold has none. */
    public boolean falsePositive() {
      return gold == null && predicted != null;
    }
  }
}
