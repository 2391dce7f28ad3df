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
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Searches the case index: lenient free text ({@link TextQueries}: never throws on user syntax;
 * kana and romaji also match organisation readings), filters, facets, sorting, paging and escaped
 * highlighted snippets. Thread-safe.
 *
 * <p>How a search is counted, cheapest first (the hits are always the exact top of the ranking):
 * <ul>
 *   <li>The page of hits comes from a top-N pass that stops counting at {@value #COUNT_THRESHOLD}
 *       hits, so relevance ranking skips documents that cannot reach the page (block-max WAND) and
 *       the newest/largest sorts skip by the sort field. Below the threshold the total is exact, and
 *       a sorted search is ranked again with the score as tie-break (as every sorted search was).
 *   <li>The total and facets of a text search beyond that are counted in a second pass without
 *       scoring; above {@link Tuning#exactLimit} matches, on a sample of the index ({@link
 *       MatchSample}): the total becomes an estimate ({@link SearchResult#totalExact()} false) and
 *       the facet counts are scaled from the sample ({@link SearchResult#facetsSampled()}).
 *   <li>Browsing without text (empty query, filters only) is always counted exactly, in one pass
 *       with the hits.
 *   <li>Totals and facets are kept per reader for the requests' filters and text, so paging,
 *       re-sorting and repeated searches only run the top-N pass; browse counts always, text
 *       counts in an LRU of {@link Tuning#cacheSize} entries (0: off; a new reader starts empty).
 * </ul>
 */
public final class CaseSearcher {
  private static final int FACET_VALUES = 20;
  /** Hits counted exactly by the top-N pass; beyond it the pass may skip. */
  static final int COUNT_THRESHOLD = 1000;
  /** Deepest top-N kept by the text cache (five pages of 20): deeper paging is rare. */
  private static final int TOP_CACHE_MAX = 100;
  private static final java.util.Set<String> HIT_ONLY = java.util.Set.of(CaseFields.HIT);
  private static final LeanPassageScorer PASSAGE_SCORER = new LeanPassageScorer();

  /**
   * How text searches are counted.
   *
   * @param exactLimit above this many (estimated) matches a text search is counted on a sample;
   *     at least twice {@link SearchRequest#MAX_WINDOW} in production, so an estimate never ends
   *     paging early
   * @param sampleCost candidate documents a sample aims to examine ({@link MatchSample#take})
   * @param cacheSize text searches whose counts are kept per reader (0: none)
   */
  record Tuning(long exactLimit, long sampleCost, int cacheSize) {
    /**
     * The defaults, measured at 100,000 and 1,000,000 cases (BENCHMARKS.md). System properties
     * override them for measurements: {@code jiken.search.cache} ({@code bench search --cold} sets
     * 0), {@code jiken.search.exactLimit}, {@code jiken.search.sampleCost}.
     */
    static Tuning defaults() {
      return new Tuning(Long.getLong("jiken.search.exactLimit", 20_000), Long.getLong("jiken.search.sampleCost", 16_384),
          Integer.getInteger("jiken.search.cache", 256));
    }
  }

  private final CaseIndex index;
  private final Analyzer analyzer = CaseFields.analyzer();
  private final TextQueries queries = new TextQueries(analyzer);
  private final Tuning tuning;
  /**
   * Whether words are scored on the combined fields when the index has them ({@link TextQueries#parse(String,
   * BooleanClause.Occur, boolean)}): on unless the system property {@code jiken.search.combined} is
   * {@code false} when the object is made, so that {@code SearchRelevanceTest} and {@code bench search}
   * can compare both on one index.
   */
  private final boolean combinedScoring = !"false".equals(System.getProperty("jiken.search.combined"));
  /**
   * Whether relevance-ranked text searches use {@link TwoStageTopN} (same hits, less work): on unless
   * the system property {@code jiken.search.twoStage} is {@code false} when the object is made, so that
   * tests and {@code bench search} can compare both.
   */
  private final boolean twoStage = !"false".equals(System.getProperty("jiken.search.twoStage"));

  private final PerReader<DefaultSortedSetDocValuesReaderState> facetStates = new PerReader<>(CaseSearcher::buildFacetState);
  private final PerReader<FacetOrdinals> facetOrdinals = new PerReader<>(this::buildFacetOrdinals);
  /** The highlighter asks for the reader's merged field infos; merging them anew per request cost ~1 % of search CPU at 1M. */
  private final PerReader<org.apache.lucene.index.FieldInfos> fieldInfos =
      new PerReader<>(org.apache.lucene.index.FieldInfos::getMergedFieldInfos);
  private final PerReader<CountCache> counts;

  /**
   * A searcher over {@code index}; registers warmers that decode the facet values of a new reader
   * ({@link FacetOrdinals}: facet counting is then a loop over int arrays) and count its unfiltered browse.
   */
  public CaseSearcher(CaseIndex index) {
    this(index, Tuning.defaults());
  }

  CaseSearcher(CaseIndex index, Tuning tuning) {
    this.index = index;
    this.tuning = tuning;
    this.counts = new PerReader<>(r -> new CountCache(tuning.cacheSize()));
    index.addWarmer(facetOrdinals::get);
    index.addWarmer(this::warmBrowse);
  }

  /** The index searched. */
  public CaseIndex index() {
    return index;
  }

  public SearchResult search(SearchRequest req) {
    return index.withSearcher(s -> run(s, req), () -> new SearchResult(0, List.of(), Map.of()));
  }

  /**
   * Whether {@code req} would now be answered from what this searcher keeps for the current reader:
   * its total and facets, and for a text search also its page of hits. Such a search reads one page of
   * stored fields and snippets (about a millisecond at 1,000,000 cases) instead of ranking and
   * counting (up to tens). The reader may change before the search runs; the answer is a hint.
   */
  public boolean answersFromCache(SearchRequest req) {
    return index.withSearcher(s -> {
      boolean browse = req.q().isBlank();
      CountKey key = new CountKey(req);
      CountCache cache = counts.get(s.getIndexReader());
      if (known(cache, key, req, browse) == null) {
        return false;
      }
      int want = req.page() * req.size();
      return browse || want <= TOP_CACHE_MAX && cache.top(new TopKey(key, req.sort(), want)) != null;
    }, () -> true);
  }

  /** What {@code cache} keeps that answers {@code req}'s total (and facets, if it wants them), or null. */
  private static Counts known(CountCache cache, CountKey key, SearchRequest req, boolean browse) {
    Counts known = cache.get(key, browse);
    return known != null && req.facets() && known.facets == null ? null : known; // counted without facets
  }

  private SearchResult run(IndexSearcher searcher, SearchRequest req) throws IOException {
    boolean browse = req.q().isBlank();
    CountKey key = new CountKey(req);
    CountCache cache = counts.get(searcher.getIndexReader());
    Counts known = known(cache, key, req, browse);
    int want = req.page() * req.size();
    Counts c;
    TopDocs top;
    Query text;
    Query marked = null; // what the highlighter marks (nothing when browsing)
    if (browse) {
      text = textQuery(req.q());
      Query query = withFilters(text, req);
      Sort sort = sort(req.sort(), true);
      if (known != null) {
        top = searcher.search(query, topManager(sort, want, COUNT_THRESHOLD));
        c = known;
      } else {
        // Browsing repeats a few filter combinations (home page, type and year links), all counted
        // exactly: one pass for hits and facets, kept for the reader.
        Object[] r = searcher.search(query,
            new MultiCollectorManager(topManager(sort, want, COUNT_THRESHOLD), new FacetsCollectorManager()));
        FacetsCollector fc = (FacetsCollector) r[1];
        top = (TopDocs) r[0];
        c = new Counts(total(fc), true, false, facets(searcher.getIndexReader(), fc, 1), false);
      }
    } else {
      boolean anyWord = known != null && known.anyWord;
      boolean combined = combinedScoring && hasCombinedFields(searcher.getIndexReader());
      text = queries.parse(req.q(), anyWord ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST, combined);
      Query query = withFilters(text, req);
      TopKey topKey = new TopKey(key, req.sort(), want);
      TopDocs cachedTop = known != null ? cache.top(topKey) : null;
      top = cachedTop != null ? cachedTop : top(searcher, text, req, want);
      if (known == null && top.totalHits.value == 0) {
        // Every word is required; when that finds nothing, any word will do, ranked by how many match
        // (クラウド 設定ミス still finds the case that says 設定を誤り).
        anyWord = true;
        text = queries.parse(req.q(), BooleanClause.Occur.SHOULD, combined);
        query = withFilters(text, req);
        top = top(searcher, text, req, want);
      }
      // Counted and highlighted without the combined fields: for counting they add postings to iterate
      // (and change the cost estimate the sample's rate comes from), and the highlighter marks the
      // body's own terms.
      Query matching = combined ? queries.parse(req.q(), anyWord ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST,
          false) : text;
      marked = matching;
      if (known == null) {
        c = count(searcher, withFilters(matching, req), top, req.facets(), anyWord);
      } else {
        c = known;
      }
      if (cachedTop == null && want <= TOP_CACHE_MAX) {
        cache.putTop(topKey, top);
      }
    }
    if (known == null) {
      cache.put(key, c, browse);
    }

    List<SearchResult.Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(docs.length, (req.page() - 1) * req.size());
    int[] ids = new int[docs.length - from];
    for (int i = from; i < docs.length; i++) {
      ids[i - from] = docs[i].doc;
    }
    Map<Integer, String> hitJson = new java.util.HashMap<>();
    String[] snippets = snippets(searcher, marked, ids, browse, hitJson);
    var stored = searcher.storedFields();
    for (int i = 0; i < ids.length; i++) {
      String json = hitJson.get(ids[i]);
      if (json == null) { // browsing (no highlighting), or a hit the highlighter did not load
        Document d = stored.document(ids[i], HIT_ONLY);
        json = d.get(CaseFields.HIT);
      }
      Map<String, Object> hit = Json.MAPPER.readValue(json, new TypeReference<>() {});
      String snippet = snippets[i] != null ? snippets[i] : escape(String.valueOf(hit.get("summary")));
      hits.add(toHit(hit, snippet));
    }
    return req.facets() ? new SearchResult(c.total, hits, c.facets, c.exact, c.sampled)
        : new SearchResult(c.total, hits, Map.of(), c.exact, false);
  }

  /**
   * The top {@code want} hits of text search {@code text} with the filters of {@code req}. By relevance,
   * a query with weight-0 (matching-only) clauses is ranked in two stages ({@link TwoStageTopN}: the
   * same hits, without advancing those clauses for every candidate) unless that finds too little to
   * be sure. Sorted by a field, the first pass leaves out the score tie-break so that it can skip by
   * the sort field; when that pass finds few hits (exact count) they are ranked again with it, so
   * small result sets come out exactly as they always did.
   */
  private TopDocs top(IndexSearcher searcher, Query text, SearchRequest req, int want) throws IOException {
    Query query = withFilters(text, req);
    String sortName = req.sort();
    Sort sort = sort(sortName, false);
    if (sort == null && twoStage) {
      TwoStagePlan plan = TwoStageTopN.plan(text);
      TopDocs top = plan == null ? null
          : TwoStageTopN.top(searcher, text, plan, t -> withFilters(t, req), want, COUNT_THRESHOLD);
      if (top != null) {
        return top;
      }
    }
    TopDocs top = searcher.search(query, topManager(sort, want, COUNT_THRESHOLD));
    if (sort != null && top.totalHits.relation == TotalHits.Relation.EQUAL_TO && top.totalHits.value > 1) {
      top = searcher.search(query, topManager(sort(sortName, true), want, COUNT_THRESHOLD));
    }
    return top;
  }

  /**
   * Whether every segment of {@code reader} has the combined fields ({@link CaseFields#ALL_SHINGLE}):
   * an index written before they existed is searched as before until {@code reindex} rebuilds it,
   * rather than ranking its words on fields it lacks.
   */
  static boolean hasCombinedFields(IndexReader reader) {
    List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
    return !leaves.isEmpty() && leaves.stream()
        .allMatch(l -> l.reader().getFieldInfos().fieldInfo(CaseFields.ALL_SHINGLE) != null);
  }

  private static Sort sort(String name, boolean scoreTieBreak) {
    String field = switch (name) {
      case "newest" -> CaseFields.FIRST_DAY;
      case "largest" -> CaseFields.AFFECTED;
      default -> null;
    };
    if (field == null) {
      return null;
    }
    SortField byField = new SortField(field, SortField.Type.LONG, true);
    // Ties end on the id, not on Lucene's document order, which differs between incremental runs and
    // a rebuild: paging through equal dates must not repeat or skip a case after `reindex`. (An index
    // written before the field existed has none: its ties keep document order until `reindex`.)
    SortField byId = new SortField(CaseFields.ID_SORT, SortField.Type.STRING);
    return scoreTieBreak ? new Sort(byField, SortField.FIELD_SCORE, byId) : new Sort(byField, byId);
  }

  /**
   * The total and facets of a text search whose top-N pass is done: exact below the count threshold
   * (a facet pass over those few hits), else from a sample when the sample shows more than the exact
   * limit, else from an exact pass without scoring.
   */
  private Counts count(IndexSearcher searcher, Query query, TopDocs top, boolean wantFacets, boolean anyWord)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    if (top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
      if (!wantFacets || top.totalHits.value == 0) {
        return new Counts(top.totalHits.value, true, false, wantFacets ? facets(reader, null, 1) : null, anyWord);
      }
      FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
      return new Counts(top.totalHits.value, true, false, facets(reader, fc, 1), anyWord);
    }
    MatchSample sample = MatchSample.take(searcher, query, tuning.sampleCost());
    if (sample.exact()) {
      return new Counts(sample.matched(), true, false, wantFacets ? facets(reader, sample.hits(), 1) : null, anyWord);
    }
    if (sample.estimate() <= tuning.exactLimit()) {
      if (!wantFacets) {
        return new Counts(searcher.count(query), true, false, null, anyWord);
      }
      FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
      return new Counts(total(fc), true, false, facets(reader, fc, 1), anyWord);
    }
    double scale = sample.matched() == 0 ? 0 : sample.estimate() / (double) sample.matched();
    return new Counts(roughly(sample.estimate()), false, wantFacets,
        wantFacets ? facets(reader, sample.hits(), scale) : null, anyWord);
  }

  /** {@code n} to two significant figures (an estimate shown with more would claim a precision it lacks). */
  static long roughly(long n) {
    long unit = 1;
    while (n / unit >= 100) {
      unit *= 10;
    }
    return Math.round(n / (double) unit) * unit;
  }

  private static long total(FacetsCollector fc) {
    long total = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      total += m.totalHits;
    }
    return total;
  }

  private static org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> topManager(Sort sort, int want,
      int threshold) {
    return sort == null ? new TopScoreDocCollectorManager(want, threshold)
        : new TopFieldCollectorManager(sort, want, threshold);
  }

  /**
   * The total and facets of a search, valid for one reader. {@code facets} is null when they were
   * not counted; {@code anyWord} records that all-words-required found nothing and any word was used.
   */
  private record Counts(long total, boolean exact, boolean sampled, Map<String, List<SearchResult.FacetValue>> facets,
      boolean anyWord) {}

  /** What a search's total and facets depend on: the normalised text and the filters, not sort or page. */
  private record CountKey(String q, String type, String year, String tag, String org, java.time.LocalDate from,
      java.time.LocalDate to, Long minCount) {
    CountKey(SearchRequest r) {
      // Only the whitespace the query parser splits on: an ideographic space is part of a word there.
      this(r.q().strip().replaceAll("[ \\t\\n\\r]+", " "), r.type(), r.year(), r.tag(), r.org(), r.from(), r.to(),
          r.minCount());
    }
  }

  /** A text search's top-N: its counts' key, the sort and how many hits. */
  private record TopKey(CountKey key, String sort, int want) {}

  /**
   * The counts of one reader: browse searches (few distinct filter sets, each cheap to keep), and the
   * most recently used text searches with their top-N (doc ids and scores of up to {@value
   * #TOP_CACHE_MAX} hits). Thread-safe (one lock per map; held only for map access).
   */
  private static final class CountCache {
    private static final int BROWSE_SIZE = 512;
    private final Map<CountKey, Counts> browse = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<CountKey, Counts> text;
    private final Map<TopKey, TopDocs> tops;

    CountCache(int textSize) {
      this.text = textSize <= 0 ? null : lru(textSize);
      this.tops = textSize <= 0 ? null : lru(textSize);
    }

    private static <K, V> Map<K, V> lru(int max) {
      return new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
          return size() > max;
        }
      };
    }

    TopDocs top(TopKey key) {
      if (tops == null) {
        return null;
      }
      synchronized (tops) {
        return tops.get(key);
      }
    }

    void putTop(TopKey key, TopDocs top) {
      if (tops != null) {
        synchronized (tops) {
          tops.put(key, top);
        }
      }
    }

    Counts get(CountKey key, boolean isBrowse) {
      if (isBrowse) {
        return browse.get(key);
      }
      if (text == null) {
        return null;
      }
      synchronized (text) {
        return text.get(key);
      }
    }

    void put(CountKey key, Counts c, boolean isBrowse) {
      if (isBrowse) {
        if (browse.size() >= BROWSE_SIZE) {
          browse.clear(); // rare (date-range browsing); clearing beats tracking recency here
        }
        browse.put(key, c);
      } else if (text != null) {
        synchronized (text) {
          text.put(key, c);
        }
      }
    }
  }

  /** Warmer: counts the unfiltered browse (home page, empty search) before a reader is published. */
  private void warmBrowse(IndexReader reader) throws IOException {
    if (facetOrdinals.get(reader) != null) {
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

  /**
   * The highlighted body snippet of each of {@code ids} (null where nothing is marked); the stored hit
   * JSON of every document the highlighter loads goes into {@code hitJson} by doc id.
   */
  private String[] snippets(IndexSearcher searcher, Query q, int[] ids, boolean noText, Map<Integer, String> hitJson)
      throws IOException {
    if (noText || ids.length == 0) {
      return new String[ids.length];
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.JAPANESE))
        .withMaxLength(20_000)
        .withScorer(PASSAGE_SCORER)
        // Offsets come from the postings of the page's hits and the query's body terms. Weight
        // matching would rewrite the whole multi-field query and build its weight again for every
        // hit (a fifth of all search CPU at 100,000 cases); term matching marks the same words.
        .withWeightMatches(false);
    PageHighlighter hl = new PageHighlighter(builder, hitJson, fieldInfos.get(searcher.getIndexReader()));
    return hl.highlightFields(new String[] {CaseFields.BODY}, q, ids, new int[] {2}).get(CaseFields.BODY);
  }

  /**
   * A highlighter that reads each hit's stored document once: the body it marks up and, in the same
   * visit, the stored hit JSON. Read apart, every hit's compressed block of stored fields was
   * decompressed twice; on a realistic index (bodies of ~800 characters) stored-field decompression
   * was a seventh of all search CPU (BENCHMARKS.md, "Search pass 5"). One per request; not thread-safe.
   */
  private static final class PageHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> hitJson;
    private final org.apache.lucene.index.FieldInfos infos;

    PageHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> hitJson,
        org.apache.lucene.index.FieldInfos infos) {
      super(builder);
      this.hitJson = hitJson;
      this.infos = infos;
    }

    /** From the reader's merged field infos, built once per reader rather than once per request. */
    @Override
    protected org.apache.lucene.index.FieldInfo getFieldInfo(String field) {
      return infos.fieldInfo(field);
    }

    /** As the default (values of {@code fields} per document, cut at the maximum length), plus the hit JSON. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docs,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      org.apache.lucene.index.StoredFields stored = searcher.storedFields();
      long chars = 0;
      do {
        int doc = docs.nextDoc();
        if (doc == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        ValuesAndHit visitor = new ValuesAndHit(fields, getMaxLength(), MULTIVAL_SEP_CHAR);
        stored.document(doc, visitor);
        if (visitor.hit != null) {
          hitJson.put(doc, visitor.hit);
        }
        CharSequence[] values = visitor.values();
        out.add(values);
        for (CharSequence v : values) {
          chars += v == null ? 0 : v.length();
        }
      } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return out;
    }
  }

  /**
   * Collects the values of the highlighted fields (several values of one field joined by the
   * highlighter's separator, cut at {@code maxLength}, as Lucene's own visitor does) and the hit JSON.
   */
  private static final class ValuesAndHit extends org.apache.lucene.index.StoredFieldVisitor {
    private final String[] fields;
    private final StringBuilder[] values;
    private final int maxLength;
    private final char separator;
    private String hit;

    ValuesAndHit(String[] fields, int maxLength, char separator) {
      this.fields = fields;
      this.values = new StringBuilder[fields.length];
      this.maxLength = maxLength;
      this.separator = separator;
    }

    private int index(String field) {
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].equals(field)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public Status needsField(org.apache.lucene.index.FieldInfo info) {
      return info.name.equals(CaseFields.HIT) || index(info.name) >= 0 ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(org.apache.lucene.index.FieldInfo info, String value) {
      if (info.name.equals(CaseFields.HIT)) {
        hit = value;
        return;
      }
      int i = index(info.name);
      if (i < 0) {
        return;
      }
      StringBuilder b = values[i];
      if (b == null) {
        b = values[i] = new StringBuilder(Math.min(value.length(), maxLength));
      } else if (b.length() < maxLength) {
        b.append(separator);
      }
      if (b.length() < maxLength) {
        b.append(value, 0, Math.min(value.length(), maxLength - b.length()));
      }
    }

    CharSequence[] values() {
      CharSequence[] out = new CharSequence[values.length];
      for (int i = 0; i < values.length; i++) {
        out[i] = values[i] == null ? null : values[i].toString();
      }
      return out;
    }
  }

  /**
   * The top values of every facet dimension among {@code fc}'s matches (none when null), each count
   * multiplied by {@code scale} (a sample's) and rounded like an estimated total.
   */
  private Map<String, List<SearchResult.FacetValue>> facets(IndexReader reader, FacetsCollector fc, double scale)
      throws IOException {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    for (String dim : CaseFields.FACETS) {
      out.put(dim, new ArrayList<>());
    }
    FacetOrdinals ordinals = facetOrdinals.get(reader);
    if (ordinals == null || fc == null) {
      return out;
    }
    for (Map.Entry<String, List<FacetOrdinals.Count>> dim : ordinals.top(fc, CaseFields.FACETS, FACET_VALUES).entrySet()) {
      for (FacetOrdinals.Count v : dim.getValue()) {
        long n = v.count();
        out.get(dim.getKey()).add(new SearchResult.FacetValue(v.label(), scale == 1 ? n : roughly(Math.round(n * scale))));
      }
    }
    return out;
  }

  /** The decoded facet values of {@code reader}'s cases; null while no case has facets. */
  private FacetOrdinals buildFacetOrdinals(IndexReader reader) throws IOException {
    DefaultSortedSetDocValuesReaderState state = facetState(reader);
    return state == null ? null : new FacetOrdinals(state, CaseFields.FACETS);
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
