package jiken.indexer.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * How {@link TwoStageTopN} ranks a text query from {@link TextQueries}: {@code scored} is the query
 * without its weight-0 (matching-only) clauses, and each {@link Check} covers one word that has
 * them. Made by reading the query's shape: a word is a disjunction whose matching-only clauses are
 * {@code SHOULD} clauses of boost 0; a query with {@code MUST_NOT}, {@code FILTER} or a minimum of
 * optional clauses gets no plan. Immutable and thread-safe.
 */
record TwoStagePlan(Query scored, List<Check> checks) {
  /**
   * One word's check: {@code bound} scores at least the full query's score on every document that
   * matches the word only through {@code zero} (its weight-0 clauses) and not through {@code scored}
   * (its other clauses); {@code bound} is null when such documents score 0.
   */
  record Check(Query bound, Query zero, Query scored) {}

  /** The plan of {@code text}, or null when it has no weight-0 clause or a shape this class does not handle. */
  static TwoStagePlan of(Query text) {
    if (!supported(text)) {
      return null;
    }
    Set<Query> words = new LinkedHashSet<>();
    words(text, words);
    if (words.isEmpty()) {
      return null;
    }
    List<Check> checks = new ArrayList<>();
    for (Query w : words) {
      checks.add(new Check(bound(text, w), zeroClauses((BooleanQuery) w), scored(w)));
    }
    Query scored = scored(text);
    return scored == null ? null : new TwoStagePlan(scored, List.copyOf(checks));
  }


  private static boolean supported(Query q) {
    if (q instanceof BoostQuery b) {
      return supported(b.getQuery());
    }
    if (q instanceof BooleanQuery bq) {
      return bq.getMinimumNumberShouldMatch() == 0 && bq.clauses().stream().allMatch(c ->
          (c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.SHOULD) && supported(c.getQuery()));
    }
    return true;
  }

  private static boolean isZero(BooleanClause c) {
    return c.getOccur() == BooleanClause.Occur.SHOULD && c.getQuery() instanceof BoostQuery b && b.getBoost() == 0f;
  }

  /** A word with weight-0 clauses: a disjunction with at least one. */
  private static boolean isWord(Query q) {
    return q instanceof BooleanQuery bq && bq.clauses().stream().anyMatch(TwoStagePlan::isZero)
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
  }

  /**
   * A query joining words (rather than a word's own terms): the only kind the plan descends into.
   * Its other parts (a word without weight-0 clauses, such as one {@code all} term) are kept as they
   * are.
   */
  private static boolean isCompound(Query q) {
    return q instanceof BooleanQuery && !isWord(q) && containsWord(q);
  }

  private static boolean containsWord(Query q) {
    if (q instanceof BoostQuery b) {
      return containsWord(b.getQuery());
    }
    return isWord(q) || q instanceof BooleanQuery bq && bq.clauses().stream().anyMatch(c -> containsWord(c.getQuery()));
  }

  private static void words(Query q, Set<Query> out) {
    if (isWord(q)) {
      out.add(q);
    } else if (q instanceof BoostQuery b) {
      words(b.getQuery(), out);
    } else if (isCompound(q)) {
      ((BooleanQuery) q).clauses().forEach(c -> words(c.getQuery(), out));
    }
  }

  /** {@code q} without weight-0 clauses; null when nothing is left to match. */
  private static Query scored(Query q) {
    if (q instanceof BoostQuery b) {
      Query inner = scored(b.getQuery());
      return inner == null ? null : new BoostQuery(inner, b.getBoost());
    }
    if (!isWord(q) && !isCompound(q)) {
      return q;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    int n = 0;
    for (BooleanClause c : ((BooleanQuery) q).clauses()) {
      if (isZero(c)) {
        continue;
      }
      Query s = scored(c.getQuery());
      if (s == null) {
        if (c.getOccur() == BooleanClause.Occur.MUST) {
          return null;
        }
        continue;
      }
      out.add(s, c.getOccur());
      n++;
    }
    return n == 0 ? null : out.build();
  }

  /** Whether a document can match {@code q} while some word in it adds 0 (matches only through weight-0 clauses). */
  private static boolean canAddZero(Query q) {
    if (isWord(q)) {
      return true;
    }
    if (q instanceof BoostQuery b) {
      return canAddZero(b.getQuery());
    }
    if (isCompound(q)) {
      // A conjunction adds 0 for a word when any required part can; a disjunction when any part can.
      return ((BooleanQuery) q).clauses().stream().anyMatch(c -> canAddZero(c.getQuery()));
    }
    return false;
  }

  /**
   * A query scoring at least {@code q}'s score on every document that matches word {@code w} only
   * through its weight-0 clauses: {@code w} is left out (it adds 0), the other words keep their scored
   * clauses, and a required part that may itself add 0 becomes optional. Null when nothing can score.
   */
  private static Query bound(Query q, Query w) {
    if (isWord(q)) {
      if (q.equals(w)) {
        return null;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      int n = 0;
      for (BooleanClause c : ((BooleanQuery) q).clauses()) {
        if (!isZero(c)) {
          b.add(c.getQuery(), BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : b.build();
    }
    if (q instanceof BoostQuery b) {
      Query inner = bound(b.getQuery(), w);
      return inner == null ? null : new BoostQuery(inner, b.getBoost());
    }
    if (!isCompound(q)) {
      return q;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    int n = 0;
    for (BooleanClause c : ((BooleanQuery) q).clauses()) {
      Query part = bound(c.getQuery(), w);
      boolean required = c.getOccur() == BooleanClause.Occur.MUST && !canAddZero(c.getQuery());
      if (part == null) {
        if (required) {
          return null;
        }
        continue;
      }
      if (!required && part instanceof BooleanQuery pb && isFlatDisjunction(pb)) {
        pb.clauses().forEach(out::add); // flat, so that WAND sees every clause's own maximum
      } else {
        out.add(part, required ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
      }
      n++;
    }
    return n == 0 ? null : out.build();
  }

  private static boolean isFlatDisjunction(BooleanQuery q) {
    return q.getMinimumNumberShouldMatch() == 0 && q.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
  }

  private static Query zeroClauses(BooleanQuery word) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    word.clauses().stream().filter(TwoStagePlan::isZero).forEach(b::add);
    return b.build();
  }

  // ---- the passes ----
}
