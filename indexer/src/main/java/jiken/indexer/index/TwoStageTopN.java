package jiken.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The exact top N by relevance of a text query from {@link TextQueries}, found without evaluating
 * its matching-only clauses for every candidate.
 *
 * <p>A word scored through the combined fields also matches through clauses that score nothing
 * (weight 0: its parts anywhere in the title, organisation or body fields, its character bigrams;
 * {@code TextQueries.word}). In a query of two or more
 * words they are still advanced for every candidate of the conjunction, and on the realistic 1M index
 * they were half of the top-N cost of クラウド 設定不備 or 委託先 流出 (BENCHMARKS.md, "Search pass 6").
 * Here the top N come in three steps, all exact:
 * <ol>
 *   <li>the top N of the <em>scored</em> query: the same query without the weight-0 clauses. Every
 *       document it matches scores exactly as in the full query (the dropped clauses add 0), so its
 *       N-th score {@code s} is a lower bound of the full query's;
 *   <li>the documents the scored query misses: they match some word <em>only</em> through its weight-0
 *       clauses, so that word adds 0 and the other words alone must reach {@code s}. For each such word,
 *       a <em>bound</em> query (the full query with that word left out and the other words' weight-0
 *       clauses dropped; a conjunction of them relaxed to a disjunction) scores at least as much as the
 *       full query on those documents, and its pass starts at the threshold {@code s}, so block-max
 *       WAND skips nearly everything; its survivors are kept if they match the word's weight-0 clauses
 *       and not its scored ones (checked by advancing those clauses' iterators to each survivor);
 *   <li>only when step 2 kept any: the full query restricted to them and the top N of step 1; its top N
 *       are the full query's top N, with the same scores and the same tie order (doc id). Otherwise
 *       step 1's top N are already the full query's.
 * </ol>
 * When step 1 finds fewer than N documents or the checks find more than {@value #MAX_CANDIDATES},
 * {@link #top} returns null and the caller runs the full query as before. The total hits are what the
 * full query's own pass would report: step 1's lower bound when it passed the count threshold (the
 * full query matches at least as many), else the full query's matches counted up to the threshold.
 *
 * <p>Relies on {@link TextQueries}' shape: a word is a disjunction whose matching-only clauses are
 * {@code SHOULD} clauses of boost 0; a query with {@code MUST_NOT}, {@code FILTER} or a minimum of
 * optional clauses is left to the plain pass ({@link #plan} returns null). Stateless and thread-safe.
 */
final class TwoStageTopN {
  /** Documents the checks may bring to step 3; beyond this the plain pass is cheaper. */
  static final int MAX_CANDIDATES = 2048;
  /**
   * Documents a bound query may find above the threshold before they are checked against the word's
   * weight-0 clauses (most of them do not match those: クラウド in a title, 設定不備 nowhere).
   */
  static final int MAX_ABOVE = 16 * MAX_CANDIDATES;
  /** The bound queries score the same sums as the full query in another order: allow for rounding. */
  private static final float ROUNDING = 1e-5f;

  private TwoStageTopN() {}

  /** The plan of {@code text} ({@link TwoStagePlan#of}), or null when this class cannot rank it. */
  static TwoStagePlan plan(Query text) {
    return TwoStagePlan.of(text);
  }


  /**
   * The top {@code want} documents of {@code filters.apply(text)} by score (ties by doc id), or null
   * when the plain pass should run instead.
   */
  static TopDocs top(IndexSearcher searcher, Query text, TwoStagePlan plan, UnaryOperator<Query> filters, int want,
      int countThreshold) throws IOException {
    TopDocs first = searcher.search(filters.apply(plan.scored()), new TopScoreDocCollectorManager(want, countThreshold));
    if (first.scoreDocs.length < want || !(first.scoreDocs[want - 1].score > 0)) {
      return null; // documents the scored query misses could fill the page whatever they score
    }
    float nth = first.scoreDocs[want - 1].score;
    float min = nth * (1 - ROUNDING);
    // A searcher without the query cache: the checks visit a few documents, caching a clause would visit all.
    IndexSearcher plain = new IndexSearcher(searcher.getIndexReader());
    plain.setQueryCache(null);
    plain.setSimilarity(searcher.getSimilarity());
    Set<Integer> candidates = new TreeSet<>();
    for (TwoStagePlan.Check c : plan.checks()) {
      if (c.bound() == null) {
        continue; // a document matching this word only through its weight-0 clauses scores 0 < nth
      }
      int[] above = above(plain, filters.apply(c.bound()), min);
      if (above == null) {
        return null;
      }
      // Only documents that match the word through its weight-0 clauses and not through the others are
      // missed by the scored query on its account (most documents above the threshold match neither).
      List<Integer> zeroOnly = matching(plain, c.zero(), above);
      if (!zeroOnly.isEmpty() && c.scored() != null) {
        List<Integer> scored = matching(plain, c.scored(), zeroOnly.stream().mapToInt(Integer::intValue).toArray());
        zeroOnly.removeAll(new HashSet<>(scored));
      }
      candidates.addAll(zeroOnly);
      if (candidates.size() > MAX_CANDIDATES) {
        return null;
      }
    }
    // The full query matches at least what the scored one does; counted as its own pass would count it
    // (exactly up to the threshold, else "at least") when the scored query alone stays below it.
    TotalHits total = first.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO ? first.totalHits
        : countUpTo(plain, filters.apply(text), countThreshold);
    if (candidates.isEmpty()) {
      // Nothing the scored query missed reaches its N-th score: its top N are the full query's, with the same scores.
      return new TopDocs(total, first.scoreDocs);
    }
    for (ScoreDoc d : first.scoreDocs) {
      candidates.add(d.doc);
    }
    Query restricted = new BooleanQuery.Builder().add(filters.apply(text), BooleanClause.Occur.MUST)
        .add(new DocIds(candidates.stream().mapToInt(Integer::intValue).toArray()), BooleanClause.Occur.FILTER).build();
    TopDocs last = searcher.search(restricted, new TopScoreDocCollectorManager(want, countThreshold));
    return new TopDocs(total, last.scoreDocs);
  }

  /**
   * The matches of {@code q}: exact up to {@code threshold}, else {@code threshold + 1} as a lower
   * bound (the relation a top-N pass with that threshold reports); stops counting there.
   */
  static TotalHits countUpTo(IndexSearcher searcher, Query q, int threshold) throws IOException {
    long[] count = {0};
    searcher.search(q, new CollectorManager<Collector, Void>() {
      @Override
      public Collector newCollector() {
        return new Collector() {
          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }

          @Override
          public LeafCollector getLeafCollector(LeafReaderContext context) {
            if (count[0] > threshold) {
              throw new CollectionTerminatedException();
            }
            return new LeafCollector() {
              @Override
              public void setScorer(Scorable scorer) {}

              @Override
              public void collect(int doc) {
                if (++count[0] > threshold) {
                  throw new CollectionTerminatedException();
                }
              }
            };
          }
        };
      }

      @Override
      public Void reduce(Collection<Collector> collectors) {
        return null;
      }
    });
    return count[0] > threshold ? new TotalHits(count[0], TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO)
        : new TotalHits(count[0], TotalHits.Relation.EQUAL_TO);
  }

  /**
   * The doc ids (global, ascending) whose score for {@code q} is at least {@code min}; the pass starts
   * at that threshold, so block-max WAND skips what cannot reach it. Null when there are more than
   * {@value #MAX_ABOVE}.
   */
  private static int[] above(IndexSearcher searcher, Query q, float min) throws IOException {
    Above result = searcher.search(q, new CollectorManager<Above, Above>() {
      @Override
      public Above newCollector() {
        return new Above(min);
      }

      @Override
      public Above reduce(Collection<Above> collectors) {
        Above all = new Above(min);
        for (Above c : collectors) {
          all.overflow |= c.overflow;
          for (int i = 0; i < c.count; i++) {
            all.add(c.docs[i]);
          }
        }
        return all;
      }
    });
    if (result.overflow || result.count > MAX_ABOVE) {
      return null;
    }
    int[] docs = Arrays.copyOf(result.docs, result.count);
    Arrays.sort(docs);
    return docs;
  }

  /** Collects the documents scoring at least a threshold it sets from the start. One per slice; not thread-safe. */
  private static final class Above implements Collector {
    private final float min;
    private int[] docs = new int[16];
    private int count;
    private boolean overflow;

    Above(float min) {
      this.min = min;
    }

    void add(int doc) {
      if (count == docs.length) {
        docs = Arrays.copyOf(docs, count * 2);
      }
      docs[count++] = doc;
      overflow |= count > MAX_ABOVE;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      if (overflow) {
        throw new CollectionTerminatedException();
      }
      int base = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable s) throws IOException {
          scorer = s;
          s.setMinCompetitiveScore(min);
        }

        @Override
        public void collect(int doc) throws IOException {
          if (scorer.score() >= min) {
            add(base + doc);
            if (overflow) {
              throw new CollectionTerminatedException();
            }
          }
        }
      };
    }
  }

  /** Those of {@code docs} (global, ascending) that match {@code q}, visited in order by advancing its iterators. */
  private static List<Integer> matching(IndexSearcher searcher, Query q, int[] docs) throws IOException {
    List<Integer> out = new ArrayList<>();
    if (docs.length == 0) {
      return out;
    }
    Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    int i = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      if (i >= docs.length || docs[i] >= end) {
        continue;
      }
      Scorer s = weight.scorer(leaf);
      if (s == null) {
        while (i < docs.length && docs[i] < end) {
          i++;
        }
        continue;
      }
      TwoPhaseIterator twoPhase = s.twoPhaseIterator();
      DocIdSetIterator it = twoPhase == null ? s.iterator() : twoPhase.approximation();
      for (; i < docs.length && docs[i] < end; i++) {
        int target = docs[i] - leaf.docBase;
        int doc = it.docID() < target ? it.advance(target) : it.docID();
        if (doc == target && (twoPhase == null || twoPhase.matches())) {
          out.add(docs[i]);
        }
      }
    }
    return out;
  }

}
