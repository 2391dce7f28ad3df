package jiken.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of every case of one index reader, decoded once into arrays of global ordinals,
 * so that counting the facets of a search is a loop over int arrays. Counting through the doc values
 * ({@code SortedSetDocValuesFacetCounts}) decodes each hit's values and maps them from segment to
 * global ordinals on every search, and was a fifth of all search CPU on a realistic index of 100,000
 * cases (BENCHMARKS.md, "Search pass 5"). The counts and their order are the same as Lucene's: per
 * dimension the values with a count above zero, most frequent first, ties in label order.
 *
 * <p>Memory: four bytes per facet value of each case plus four per case (about 32 MB at 1,000,000
 * cases with seven values each) and the labels, plus one count slot per label (and a list of the
 * counted ordinals) per search running at once. Built by the searcher's warmer before a reader is
 * published. Immutable after construction but for the pool of count slots, which is thread-safe, so
 * thread-safe.
 */
final class FacetOrdinals {
  /** Per leaf (by its ord in the reader): where each document's ordinals start in {@link #ords}; one more than maxDoc. */
  private final int[][] starts;
  /** Per leaf: the global ordinals of its documents, one after another. */
  private final int[][] ords;
  /** The label of every global ordinal (the value, without its dimension). */
  private final String[] labels;
  /** Per dimension: its ordinals, first and last inclusive; absent when no case has the dimension. */
  private final Map<String, int[]> ranges = new LinkedHashMap<>();
  /**
   * Labels up to which a dimension's count slots are scanned rather than its counted ordinals
   * tracked: a scan of a few thousand adjacent ints is cheaper than tracking and is cache-friendly.
   */
  static final int DENSE_LABELS = 4096;
  /** {@link #DENSE_LABELS}, or what a test sets to exercise both ways on a small index. */
  private final int denseLabels;
  /**
   * The lowest ordinal of any large dimension ({@link #DENSE_LABELS}); ordinals below it are never
   * tracked. Tracking an ordinal of a small dimension above it is harmless: it is reset twice.
   */
  private final int sparseFrom;

  FacetOrdinals(SortedSetDocValuesReaderState state, String[] dims) throws IOException {
    this(state, dims, DENSE_LABELS);
  }

  FacetOrdinals(SortedSetDocValuesReaderState state, String[] dims, int denseLabels) throws IOException {
    this.denseLabels = denseLabels;
    IndexReader reader = state.getReader();
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = reader.leaves();
    starts = new int[leaves.size()][];
    ords = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
      int maxDoc = leaf.reader().maxDoc();
      int[] start = new int[maxDoc + 1];
      int[] o = new int[Math.max(16, maxDoc * 4)];
      int n = 0;
      int next = 0;
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        Arrays.fill(start, next, doc + 1, n); // documents without values start (and end) here
        next = doc + 1;
        int count = dv.docValueCount();
        if (n + count > o.length) {
          o = Arrays.copyOf(o, Math.max(n + count, o.length + (o.length >> 1)));
        }
        for (int i = 0; i < count; i++) {
          o[n++] = (int) toGlobal.get(dv.nextOrd());
        }
      }
      Arrays.fill(start, next, maxDoc + 1, n);
      starts[leaf.ord] = start;
      ords[leaf.ord] = Arrays.copyOf(o, n);
    }
    labels = new String[(int) all.getValueCount()];
    for (int ord = 0; ord < labels.length; ord++) {
      BytesRef term = all.lookupOrd(ord);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      labels[ord] = path.length > 1 ? path[1] : "";
    }
    for (String dim : dims) {
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      if (range != null) {
        // through its iterator: its bounds are fields in Lucene 9 and record components in 10
        java.util.PrimitiveIterator.OfInt it = range.iterator();
        int first = -1;
        int last = -1;
        while (it.hasNext()) {
          last = it.nextInt();
          first = first < 0 ? last : first;
        }
        if (first >= 0) {
          ranges.put(dim, new int[] {first, last});
        }
      }
    }
    sparseFrom = ranges.values().stream().filter(this::sparse).mapToInt(r -> r[0]).min().orElse(Integer.MAX_VALUE);
  }

  /** A facet value and how many of the counted documents have it. */
  record Count(String label, int count) {}

  /**
   * The top {@code topN} values of each of {@code dims} among {@code hits}' documents (which must come
   * from this reader), most frequent first and ties in label order, values counted zero left out.
   */
  Map<String, List<Count>> top(FacetsCollector hits, String[] dims, int topN) throws IOException {
    Scratch scratch = borrow();
    int[] counts = scratch.counts;
    // The ordinals of large dimensions counted, each once: a search touches a few thousand of the
    // hundreds of thousands of organisation labels a large index has, and only those need reading
    // and resetting. A small dimension (types, years …) is read and reset as one run of its slots.
    int[] touched = scratch.touched;
    int nTouched = 0;
    try {
      for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
        if (m.totalHits == 0 || m.bits == null) {
          continue;
        }
        DocIdSetIterator it = m.bits.iterator();
        if (it == null) {
          continue;
        }
        int[] start = starts[m.context.ord];
        int[] o = ords[m.context.ord];
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
            int ord = o[k];
            if (counts[ord]++ == 0 && ord >= sparseFrom) {
              if (nTouched == touched.length) {
                touched = Arrays.copyOf(touched, nTouched * 2);
              }
              touched[nTouched++] = ord;
            }
          }
        }
      }
      Map<String, List<Count>> out = new LinkedHashMap<>();
      for (String dim : dims) {
        int[] range = ranges.get(dim);
        out.put(dim, range == null ? List.of() : top(counts, touched, nTouched, range, topN));
      }
      return out;
    } finally {
      for (int i = 0; i < nTouched; i++) {
        counts[touched[i]] = 0;
      }
      for (int[] range : ranges.values()) {
        if (!sparse(range)) {
          Arrays.fill(counts, range[0], range[1] + 1, 0);
        }
      }
      scratch.touched = touched;
      pool.offer(scratch);
    }
  }

  /** Whether a dimension has so many labels that its counted ordinals are tracked rather than its slots scanned. */
  private boolean sparse(int[] range) {
    return range[1] - range[0] >= denseLabels;
  }

  /**
   * Count arrays (one slot per label), zero between uses: allocating and clearing one per search
   * cost more than the counting at 1,000,000 cases. As many exist as searches ran at once.
   */
  private final java.util.concurrent.ConcurrentLinkedQueue<Scratch> pool = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** One search's count slots (zero between uses) and its list of counted ordinals (grown as needed, kept). */
  private static final class Scratch {
    final int[] counts;
    int[] touched = new int[256];

    Scratch(int labels) {
      counts = new int[labels];
    }
  }

  private Scratch borrow() {
    Scratch s = pool.poll();
    return s != null ? s : new Scratch(labels.length);
  }

  /**
   * The {@code topN} ordinals of a dimension's {@code range} (first and last) with the highest
   * counts, ties to the lower ordinal (the label first in order), as Lucene's facet counts order them.
   * A small range is scanned slot by slot; in a large one only the counted ordinals ({@code touched},
   * in no order) are looked at.
   */
  private List<Count> top(int[] counts, int[] touched, int nTouched, int[] range, int topN) {
    int first = range[0];
    int last = range[1];
    int[] bestOrd = new int[topN];
    int[] bestCount = new int[topN];
    int size = 0;
    boolean sparse = sparse(range);
    int n = sparse ? nTouched : last - first + 1;
    for (int i = 0; i < n; i++) {
      int ord = sparse ? touched[i] : first + i;
      if (ord < first || ord > last) {
        continue;
      }
      int c = counts[ord];
      if (c == 0 || size == topN && !before(c, ord, bestCount[size - 1], bestOrd[size - 1])) {
        continue;
      }
      int j = size == topN ? size - 1 : size++;
      while (j > 0 && before(c, ord, bestCount[j - 1], bestOrd[j - 1])) {
        bestOrd[j] = bestOrd[j - 1];
        bestCount[j] = bestCount[j - 1];
        j--;
      }
      bestOrd[j] = ord;
      bestCount[j] = c;
    }
    List<Count> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new Count(labels[bestOrd[i]], bestCount[i]));
    }
    return out;
  }

  /** Whether a value counted {@code c} with ordinal {@code ord} ranks before one counted {@code c2} with {@code ord2}. */
  private static boolean before(int c, int ord, int c2, int ord2) {
    return c > c2 || c == c2 && ord < ord2;
  }
}
