package jiken.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * The matches of a query in a sample of the index, for estimating the total and the facet counts
 * of a broad search without visiting every match (at 1,000,000 cases a common word matches
 * 140,000, and visiting them all costs tens of milliseconds).
 *
 * <p>Sampling is by windows of consecutive doc ids, not by hits: the query's iterators jump over
 * everything between windows with their skip lists, so the work shrinks with the sampled share.
 * Every segment is sampled at the same rate (its windows shrink with it: a new, small segment of
 * recent cases counts as much per document as an old, large one, so the newest year is not
 * under-counted). The rate is a power of two picked from the query's cost estimate, so the sample
 * holds roughly {@code targetCost} candidates; a rate of one means every match was visited and the
 * result is exact. Window positions depend only on the segment, so the same query on the same
 * reader gives the same estimate. Deleted documents are skipped.
 *
 * <p>Stateless; the result is immutable once returned.
 *
 * @param matched matches found in the sample
 * @param estimate estimated matches in the whole index ({@code matched} when {@code rate} is 1)
 * @param rate one in {@code rate} documents was examined
 * @param hits the sampled matches, for facet counting
 */
record MatchSample(long matched, long estimate, int rate, FacetsCollector hits) {
  /** Consecutive documents per window in large segments (the postings skip in blocks of 128). */
  static final int WINDOW = 1024;
  /** Highest sampling rate: beyond it the estimate of a rare facet value is too noisy to show. */
  static final int MAX_RATE = 64;
  /** Windows a segment gets at least (smaller windows in small segments), so each is spread out. */
  private static final int MIN_WINDOWS = 8;

  boolean exact() {
    return rate == 1;
  }

  /**
   * Runs {@code query} over a sample of {@code searcher}'s index, sized so that about {@code
   * targetCost} candidate documents (by Lucene's cost estimate) are examined.
   */
  static MatchSample take(IndexSearcher searcher, Query query, long targetCost) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Scorer[] scorers = new Scorer[leaves.size()];
    long cost = 0;
    for (int i = 0; i < scorers.length; i++) {
      scorers[i] = weight.scorer(leaves.get(i));
      if (scorers[i] != null) {
        cost += approximation(scorers[i]).cost();
      }
    }
    int rate = rate(cost, targetCost);
    List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
    long matched = 0;
    double estimate = 0;
    for (int i = 0; i < scorers.length; i++) {
      LeafReaderContext leaf = leaves.get(i);
      Leaf l = scorers[i] == null ? new Leaf(new int[0], 0, 1) : sampleLeaf(leaf, scorers[i], rate);
      docs.add(new FacetsCollector.MatchingDocs(leaf, new SortedDocs(l.docs, l.count), l.count, null));
      matched += l.count;
      estimate += l.sampledDocs == 0 ? 0 : l.count * (double) leaf.reader().maxDoc() / l.sampledDocs;
    }
    return new MatchSample(matched, rate == 1 ? matched : Math.round(estimate), rate, new Sampled(docs));
  }

  /** The smallest power of two (at most {@value #MAX_RATE}) that brings {@code cost} near the target. */
  static int rate(long cost, long targetCost) {
    int rate = 1;
    while (rate < MAX_RATE && cost > targetCost * rate) {
      rate <<= 1;
    }
    return rate;
  }

  private record Leaf(int[] docs, int count, int sampledDocs) {}

  private static Leaf sampleLeaf(LeafReaderContext leaf, Scorer scorer, int rate) throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = approximation(scorer);
    Bits live = leaf.reader().getLiveDocs();
    int window = rate == 1 ? maxDoc : Math.max(1, Math.min(WINDOW, maxDoc / (rate * MIN_WINDOWS)));
    int period = window * rate;
    // Which window of each period is examined: fixed per segment (repeatable estimates), but not the
    // same in every segment (so no part of every period is systematically left out).
    int start = rate == 1 ? 0 : Math.floorMod(leaf.ord * 0x9E3779B9, rate) * window;
    int[] docs = new int[64];
    int count = 0;
    int sampled = 0;
    int doc = -1;
    for (; start < maxDoc; start += period) {
      int end = Math.min(maxDoc, start + window);
      sampled += end - start;
      if (doc < start) {
        doc = it.advance(start);
      }
      for (; doc < end; doc = it.nextDoc()) {
        if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
          if (count == docs.length) {
            docs = java.util.Arrays.copyOf(docs, count * 2);
          }
          docs[count++] = doc;
        }
      }
    }
    return new Leaf(docs, count, sampled);
  }

  private static DocIdSetIterator approximation(Scorer s) {
    TwoPhaseIterator twoPhase = s.twoPhaseIterator();
    return twoPhase == null ? s.iterator() : twoPhase.approximation();
  }

  /** Sampled matches in the shape facet counting reads. */
  private static final class Sampled extends FacetsCollector {
    private final List<MatchingDocs> docs;

    Sampled(List<MatchingDocs> docs) {
      this.docs = List.copyOf(docs);
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
      return docs;
    }
  }

  /**
   * The sampled documents of a leaf as a doc-id set, read in place: they are already ascending and
   * distinct, so the bit set a {@code DocIdSetBuilder} would fill (125 KB per leaf of 1,000,000) is
   * not needed.
   */
  private static final class SortedDocs extends DocIdSet {
    private final int[] docs;
    private final int count;

    SortedDocs(int[] docs, int count) {
      this.docs = docs;
      this.count = count;
    }

    @Override
    public DocIdSetIterator iterator() {
      return new SortedDocIterator(docs, 0, count, 0);
    }

    @Override
    public long ramBytesUsed() {
      return RamUsageEstimator.sizeOf(docs);
    }
  }
}
