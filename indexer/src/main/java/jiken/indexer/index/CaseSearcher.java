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
 * kana and romaji also match organisation readings), filters, facets, sorting, paging and escaped highlighted snippets.
 * One pass over the matches collects the page and the facets (and the exact total); browsing without
 * text reuses the total and facets counted for the same filters on the same reader. Thread-safe.
 */
public final class CaseSearcher {
  private static final int FACET_VALUES = 20;

  private final CaseIndex index;
  private final Analyzer analyzer = CaseFields.analyzer();
  private final TextQueries queries = new TextQueries(analyzer);
  private static final int COUNT_THRESHOLD = 1000;
  private static final int BROWSE_CACHE_SIZE = 512;
  private static final java.util.Set<String> HIT_ONLY = java.util.Set.of(CaseFields.HIT);

  private final PerReader<DefaultSortedSetDocValuesReaderState> facetStates = new PerReader<>(CaseSearcher::buildFacetState);
  private final PerReader<Map<BrowseKey, Counts>> browseCounts =
      new PerReader<>(r -> new java.util.concurrent.ConcurrentHashMap<>());

  /** A searcher over {@code index}; registers a warmer that builds facet state for new readers. */
  public CaseSearcher(CaseIndex index) {
    this.index = index;
    index.addWarmer(this::facetState);
    index.addWarmer(this::warmBrowse);
  }

  /** The index searched. */
  public CaseIndex index() {
    return index;
  }

  public SearchResult search(SearchRequest req) {
    return index.withSearcher(s -> run(s, req), () -> new SearchResult(0, List.of(), Map.of()));
  }

  private SearchResult run(IndexSearcher searcher, SearchRequest req) throws IOException {
    boolean browse = req.q().isBlank();
    Query textQuery = textQuery(req.q());
    Sort sort = switch (req.sort()) {
      case "newest" -> new Sort(new SortField(CaseFields.FIRST_DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);
      case "largest" -> new Sort(new SortField(CaseFields.AFFECTED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
      default -> null;
    };
    int want = req.page() * req.size();
    // Browsing (no text) repeats a few filter combinations (home page, type and year links), so their
    // total and facets are kept per reader; the hits then need no full pass (sort skipping applies).
    BrowseKey key = browse ? new BrowseKey(req) : null;
    Counts known = browse ? browseCache(searcher.getIndexReader()).get(key) : null;
    Collected c = collect(searcher, withFilters(textQuery, req), sort, want, known, req.facets() || browse);
    if (c.total == 0 && !browse) {
      // Every word is required; when that finds nothing, any word will do, ranked by how many match
      // (クラウド 設定ミス still finds the case that says 設定を誤り).
      textQuery = queries.parse(req.q(), BooleanClause.Occur.SHOULD);
      c = collect(searcher, withFilters(textQuery, req), sort, want, null, req.facets());
    }
    if (browse && known == null) {
      browseCache(searcher.getIndexReader()).put(key, new Counts(c.total, c.facets));
    }

    List<SearchResult.Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = c.top.scoreDocs;
    int from = Math.min(docs.length, (req.page() - 1) * req.size());
    int[] ids = new int[docs.length - from];
    for (int i = from; i < docs.length; i++) {
      ids[i - from] = docs[i].doc;
    }
    String[] snippets = snippets(searcher, textQuery, ids, browse);
    var stored = searcher.storedFields();
    for (int i = 0; i < ids.length; i++) {
      Document d = stored.document(ids[i], HIT_ONLY);
      Map<String, Object> hit = Json.MAPPER.readValue(d.get(CaseFields.HIT), new TypeReference<>() {});
      String snippet = snippets[i] != null ? snippets[i] : escape(String.valueOf(hit.get("summary")));
      hits.add(toHit(hit, snippet));
    }
    return new SearchResult(c.total, hits, req.facets() ? c.facets : Map.of());
  }

  /**
   * One pass over the matches. With facets wanted (and not {@code known}), a facets collector sees
   * every hit and gives the exact total too, so there is no separate count pass. Without, the top
   * collector stops counting at {@value #COUNT_THRESHOLD} hits (and may skip non-competitive
   * blocks), so the total comes from {@code known}, or the count is made exact only then.
   */
  private Collected collect(IndexSearcher searcher, Query query, Sort sort, int want, Counts known, boolean wantFacets)
      throws IOException {
    if (known != null) {
      TopDocs top = searcher.search(query, topManager(sort, want, COUNT_THRESHOLD));
      return new Collected(known.total, top, known.facets);
    }
    if (!wantFacets) {
      TopDocs top = searcher.search(query, topManager(sort, want, Integer.MAX_VALUE));
      return new Collected(top.totalHits.value, top, Map.of());
    }
    Object[] results = searcher.search(query,
        new MultiCollectorManager(topManager(sort, want, COUNT_THRESHOLD), new FacetsCollectorManager()));
    FacetsCollector fc = (FacetsCollector) results[1];
    long total = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      total += m.totalHits;
    }
    return new Collected(total, (TopDocs) results[0], facets(searcher.getIndexReader(), fc));
  }

  private static org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> topManager(Sort sort, int want,
      int threshold) {
    return sort == null ? new TopScoreDocCollectorManager(want, threshold)
        : new TopFieldCollectorManager(sort, want, threshold);
  }

  private record Collected(long total, TopDocs top, Map<String, List<SearchResult.FacetValue>> facets) {}

  /** The total and facets of a browse request (no text), valid for one reader. */
  private record Counts(long total, Map<String, List<SearchResult.FacetValue>> facets) {}

  /** The filters of a browse request: what its total and facets depend on (not sort or page). */
  private record BrowseKey(String type, String year, String tag, String org, java.time.LocalDate from,
      java.time.LocalDate to, Long minCount) {
    BrowseKey(SearchRequest r) {
      this(r.type(), r.year(), r.tag(), r.org(), r.from(), r.to(), r.minCount());
    }
  }

  private Map<BrowseKey, Counts> browseCache(IndexReader reader) throws IOException {
    Map<BrowseKey, Counts> c = browseCounts.get(reader);
    if (c.size() > BROWSE_CACHE_SIZE) {
      c.clear(); // rare (date-range browsing); clearing beats tracking recency here
    }
    return c;
  }

  /** Warmer: counts the unfiltered browse (home page, empty search) before a reader is published. */
  private void warmBrowse(IndexReader reader) throws IOException {
    if (facetState(reader) != null) {
      run(new IndexSearcher(reader), SearchRequest.query(""));
    }
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
        // Offsets come from the postings of the page's hits and the query's body terms. Weight
        // matching would rewrite the whole multi-field query and build its weight again for every
        // hit (a fifth of all search CPU at 100,000 cases); term matching marks the same words.
        .withWeightMatches(false)
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
    return facetStates.get(reader);
  }

  private static DefaultSortedSetDocValuesReaderState buildFacetState(IndexReader reader) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, CaseFields.facetsConfig());
    } catch (IllegalArgumentException noFacetsYet) {
      return null;
    }
  }

  static String escape(String s) {
    return jiken.indexer.Html.escape(s);
  }

}
