package jiken.indexer.index;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jiken.indexer.Json;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Searches the case index: lenient free text ({@link TextQueries}: never throws on user syntax;
 * kana and romaji also match organisation readings), filters, facets, sorting, paging and escaped highlighted snippets. Thread-safe.
 */
public final class CaseSearcher {
  private static final int FACET_VALUES = 20;

  private final CaseIndex index;
  private final Analyzer analyzer = CaseFields.analyzer();
  private final TextQueries queries = new TextQueries(analyzer);
  private volatile FacetState facetState;

  /** A searcher over {@code index}; registers a warmer that builds facet state for new readers. */
  public CaseSearcher(CaseIndex index) {
    this.index = index;
    index.addWarmer(this::facetState);
  }

  /** The index searched. */
  public CaseIndex index() {
    return index;
  }

  public SearchResult search(SearchRequest req) {
    return index.withSearcher(s -> run(s, req), () -> new SearchResult(0, List.of(), Map.of()));
  }

  private SearchResult run(IndexSearcher searcher, SearchRequest req) throws IOException {
    Query textQuery = textQuery(req.q());
    Query query = withFilters(textQuery, req);
    long total = searcher.count(query);
    if (total == 0 && !req.q().isBlank()) {
      // Every word is required; when that finds nothing, any word will do, ranked by how many match
      // (クラウド 設定ミス still finds the case that says 設定を誤り).
      textQuery = queries.parse(req.q(), BooleanClause.Occur.SHOULD);
      query = withFilters(textQuery, req);
      total = searcher.count(query);
    }
    int want = req.page() * req.size();
    Sort sort = switch (req.sort()) {
      case "newest" -> new Sort(new SortField(CaseFields.FIRST_DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);
      case "largest" -> new Sort(new SortField(CaseFields.AFFECTED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
      default -> null;
    };
    var topManager = sort == null ? new TopScoreDocCollectorManager(want, 1000)
        : new TopFieldCollectorManager(sort, want, 1000);
    Object[] results = searcher.search(query, new MultiCollectorManager(topManager, new FacetsCollectorManager()));
    TopDocs top = (TopDocs) results[0];
    FacetsCollector fc = (FacetsCollector) results[1];

    List<SearchResult.Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(docs.length, (req.page() - 1) * req.size());
    int[] ids = new int[docs.length - from];
    for (int i = from; i < docs.length; i++) {
      ids[i - from] = docs[i].doc;
    }
    String[] snippets = snippets(searcher, textQuery, ids, req.q().isEmpty());
    for (int i = 0; i < ids.length; i++) {
      Document d = searcher.storedFields().document(ids[i]);
      Map<String, Object> hit = Json.MAPPER.readValue(d.get(CaseFields.HIT), new TypeReference<>() {});
      String snippet = snippets[i] != null ? snippets[i] : escape(String.valueOf(hit.get("summary")));
      hits.add(toHit(hit, snippet));
    }
    return new SearchResult(total, hits, facets(searcher.getIndexReader(), fc));
  }

  @SuppressWarnings("unchecked")
  private static SearchResult.Hit toHit(Map<String, Object> h, String snippet) {
    return new SearchResult.Hit((String) h.get("id"), (String) h.get("title"), snippet,
        (List<Map<String, String>>) h.get("organizations"), (List<String>) h.get("incident_types"),
        (String) h.get("first_date"), (String) h.get("last_date"), (Map<String, Object>) h.get("affected_count"),
        (List<String>) h.get("tags"));
  }

  Query textQuery(String q) {
    return queries.parse(q, BooleanClause.Occur.MUST);
  }

  private static Query withFilters(Query text, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    addTerm(b, CaseFields.TYPE, r.type());
    addTerm(b, CaseFields.YEAR, r.year());
    addTerm(b, CaseFields.TAG, r.tag());
    addTerm(b, CaseFields.ORG, r.org());
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(CaseFields.FIRST_DAY, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (r.minCount() != null) {
      b.add(LongPoint.newRangeQuery(CaseFields.AFFECTED, r.minCount(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static void addTerm(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  private String[] snippets(IndexSearcher searcher, Query q, int[] ids, boolean noText) throws IOException {
    if (noText || ids.length == 0) {
      return new String[ids.length];
    }
    UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.JAPANESE))
        .withMaxLength(20_000)
        .build();
    return hl.highlightFields(new String[] {CaseFields.BODY}, q, ids, new int[] {2}).get(CaseFields.BODY);
  }

  private Map<String, List<SearchResult.FacetValue>> facets(IndexReader reader, FacetsCollector fc) throws IOException {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    for (String dim : CaseFields.FACETS) {
      out.put(dim, new ArrayList<>());
    }
    DefaultSortedSetDocValuesReaderState state = facetState(reader);
    if (state == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : CaseFields.FACETS) {
      FacetResult r;
      try {
        r = facets.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException dimensionNeverIndexed) {
        continue;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          out.get(dim).add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
        }
      }
    }
    return out;
  }

  /**
   * The facet ordinals of {@code reader}, built once per reader (costly on a large index, so the
   * warmer builds it before the reader is published); null while no case has facets.
   */
  DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState state = facetState;
    if (state != null && state.reader == reader) {
      return state.state;
    }
    synchronized (this) {
      state = facetState;
      if (state != null && state.reader == reader) {
        return state.state;
      }
      try {
        state = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, CaseFields.facetsConfig()));
      } catch (IllegalArgumentException noFacetsYet) {
        return null;
      }
      facetState = state;
      return state.state;
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {}
}
