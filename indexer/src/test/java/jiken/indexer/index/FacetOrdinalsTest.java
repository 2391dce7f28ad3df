package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.cases.CaseRecord;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts from the decoded ordinals are Lucene's own, value for value and in the same order
 * (count, then label, for ties): over one segment and over several with replaced (deleted) cases,
 * for all cases, filtered ones, a sample's matches, and dimensions that no matching case has.
 */
class FacetOrdinalsTest {
  /** 40 organisations, so the org dimension has more values than are shown and many ties. */
  static CaseRecord generated(int i, String suffix) {
    String org = "架空" + (char) ('甲' + i % 40) + "商事";
    List<String> tags = i % 4 == 0 ? List.of() : i % 4 == 1 ? List.of("委託先") : List.of("委託先", "続報");
    List<String> data = i % 3 == 0 ? List.of("personal_info", "card") : List.of("personal_info");
    String type = i % 7 == 0 ? "ransomware" : i % 5 == 0 ? "misdelivery" : "unauthorized_access";
    String date = String.format(java.util.Locale.ROOT, "%d-%02d-01", 2016 + i % 9, 1 + i % 12);
    Long count = i % 11 == 0 ? null : (long) Math.pow(10, 1 + i % 6) + i;
    return IndexFixture.record("f" + i, date, List.of(org), List.of(type), count, data, tags,
        org + "で事案" + suffix, org + "は不正アクセスを受けたと発表した。" + suffix);
  }

  static void write(CaseIndex index, int from, int to, String suffix) {
    List<CaseRecord> batch = new ArrayList<>();
    for (int i = from; i < to; i++) {
      batch.add(generated(i, suffix));
    }
    index.write(b -> {
      for (CaseRecord r : batch) {
        b.update(r, List.of());
      }
    });
  }

  @Test
  void one_segment(@TempDir Path dir) throws IOException {
    try (CaseIndex index = new CaseIndex(dir)) {
      write(index, 0, 500, "");
      compareAll(index);
    }
  }

  @Test
  void several_segments_with_replaced_cases(@TempDir Path dir) throws IOException {
    try (CaseIndex index = new CaseIndex(dir)) {
      write(index, 0, 400, "");
      write(index, 400, 800, "");
      write(index, 100, 300, "(更新)"); // replaces 200 cases: deletions in the first segment
      write(index, 800, 900, "");
      compareAll(index);
    }
  }

  private static void compareAll(CaseIndex index) throws IOException {
    index.withSearcher(searcher -> {
      DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
          CaseFields.facetsConfig());
      // as built (every dimension here is small) and with large dimensions tracked by their counted ordinals
      for (FacetOrdinals ordinals : List.of(new FacetOrdinals(state, CaseFields.FACETS),
          new FacetOrdinals(state, CaseFields.FACETS, 4), new FacetOrdinals(state, CaseFields.FACETS, 0))) {
        compare(searcher, state, ordinals);
      }
      return null;
    }, () -> null);
  }

  private static void compare(org.apache.lucene.search.IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state,
      FacetOrdinals ordinals) throws IOException {
    for (int round = 0; round < 2; round++) { // the second round reuses count arrays the first returned
      List<Query> queries = List.of(new MatchAllDocsQuery(), new TermQuery(new Term(CaseFields.TYPE, "ransomware")),
          new TermQuery(new Term(CaseFields.TAG, "続報")),
          new BooleanQuery.Builder().add(new TermQuery(new Term(CaseFields.ORG, "架空乙商事")), BooleanClause.Occur.MUST)
              .add(new TermQuery(new Term(CaseFields.TYPE, "misdelivery")), BooleanClause.Occur.MUST).build(),
          new TermQuery(new Term(CaseFields.ORG, "no such organisation")));
      for (Query q : queries) {
        FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
        assertThat(ours(ordinals, hits)).as(q.toString()).isEqualTo(lucenes(state, hits));
      }
      MatchSample sample = MatchSample.take(searcher, new MatchAllDocsQuery(), 64);
      assertThat(sample.exact()).isFalse();
      assertThat(ours(ordinals, sample.hits())).isEqualTo(lucenes(state, sample.hits()));
      assertThat(ours(ordinals, searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager())).get("org"))
          .hasSize(20);
    }
  }

  private static Map<String, List<String>> ours(FacetOrdinals ordinals, FacetsCollector hits) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    ordinals.top(hits, CaseFields.FACETS, 20).forEach((dim, values) ->
        out.put(dim, values.stream().map(v -> v.label() + "=" + v.count()).toList()));
    return out;
  }

  private static Map<String, List<String>> lucenes(DefaultSortedSetDocValuesReaderState state, FacetsCollector hits)
      throws IOException {
    SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, hits);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String dim : CaseFields.FACETS) {
      List<String> values = new ArrayList<>();
      FacetResult r;
      try {
        r = facets.getTopChildren(20, dim);
      } catch (IllegalArgumentException neverIndexed) {
        r = null;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(lv.label + "=" + lv.value);
        }
      }
      out.put(dim, values);
    }
    return out;
  }
}
