package jiken.web.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;
import jiken.web.cases.CaseRoutes;
import jiken.web.timeline.TimelineExport;
import jiken.web.timeline.TimelineFormats;

/**
 * Turns one case, or the cases a search matches, into the bytes of an {@link ExportFormat}. The
 * HTTP routes and {@code jiken export} both call this, so the CLI writes exactly what the API
 * serves (given the same base URL, which only CSV and Atom contain). Thread-safe.
 */
public final class Exporter {
  /** Most cases a query export covers (ten pages of the searcher's largest page). */
  public static final int MAX_CASES = 1000;

  private final WebContext web;
  private final String baseUrl;

  /** @param baseUrl absolute site URL without a trailing slash ({@code http://localhost:7070}) */
  public Exporter(WebContext web, String baseUrl) {
    this.web = web;
    this.baseUrl = baseUrl;
  }

  public byte[] ofCase(CaseRecord c, ExportFormat format) {
    return switch (format) {
      case JSON -> json(CaseRoutes.toJson(web, c));
      case TIMELINE -> json(TimelineExport.document(null, List.of(c)));
      case TIMELINEJS -> json(TimelineFormats.timelineJs(c.title(), List.of(c)));
      case TIMESKETCH -> TimelineFormats.timesketch(List.of(c));
      case STIX -> json(StixBundle.of(c));
      case CSV -> SearchCsv.of(List.of(CaseHits.of(c)), baseUrl);
      case ATOM -> atom("Jiken: " + c.title(), baseUrl + "/api/cases/" + c.id() + "/export?format=atom", List.of(c));
    };
  }

  /**
   * @param req the search; its page and size are ignored, up to {@code limit} hits are taken in order
   * @param selfUrl the feed's own URL (Atom only)
   */
  public byte[] ofQuery(SearchRequest req, int limit, ExportFormat format, String selfUrl) {
    if (format == ExportFormat.JSON) {
      return json(web.search(req));
    }
    if (format == ExportFormat.ATOM && req.q().isEmpty() && req.tag() == null && req.type() == null
        && req.org() == null && req.year() == null) {
      // the unfiltered feed follows updates, not first dates: a re-reported old case comes back up
      List<CaseRecord> recent = CaseTimes.recentlyUpdated(web.db(), Math.min(limit, 50)).stream()
          .map(id -> web.cases().get(id)).flatMap(java.util.Optional::stream).toList();
      return atom("Jiken: 新着・更新された事案", selfUrl, recent);
    }
    List<SearchResult.Hit> hits = hits(req, limit);
    if (format == ExportFormat.CSV) {
      return SearchCsv.of(hits, baseUrl);
    }
    List<CaseRecord> cases = hits.stream().map(h -> web.cases().get(h.id())).flatMap(java.util.Optional::stream).toList();
    String title = req.q().isEmpty() ? "Jiken: すべての事案" : "Jiken: 「" + req.q() + "」の事案";
    return switch (format) {
      case TIMELINE -> json(TimelineExport.document(req.q(), cases));
      case TIMELINEJS -> json(TimelineFormats.timelineJs(title, cases));
      case TIMESKETCH -> TimelineFormats.timesketch(cases);
      case STIX -> json(mergedBundle(req.q(), cases));
      case ATOM -> atom(title, selfUrl, cases);
      default -> throw new IllegalStateException("unhandled format " + format);
    };
  }

  /** {@code req} sorted newest first. */
  public static SearchRequest newest(SearchRequest req) {
    return new SearchRequest(req.q(), req.type(), req.year(), req.tag(), req.org(), req.from(), req.to(),
        req.minCount(), "newest", req.page(), req.size());
  }

  /** Up to {@code limit} hits of {@code req}, page by page. */
  public List<SearchResult.Hit> hits(SearchRequest req, int limit) {
    List<SearchResult.Hit> out = new ArrayList<>();
    int size = SearchRequest.MAX_SIZE;
    for (int page = 1; out.size() < limit; page++) {
      SearchResult r = web.search(new SearchRequest(req.q(), req.type(), req.year(), req.tag(), req.org(),
          req.from(), req.to(), req.minCount(), req.sort(), page, size));
      r.hits().stream().limit(limit - out.size()).forEach(out::add);
      if (r.hits().size() < size || out.size() >= r.total()) {
        break;
      }
    }
    return out;
  }

  private byte[] atom(String title, String selfUrl, List<CaseRecord> cases) {
    List<AtomFeed.Entry> entries = cases.stream().map(c -> {
      CaseTimes.Times t = CaseTimes.of(web.db(), c.id());
      return new AtomFeed.Entry(c.id(), c.title(), c.summary(), t.created(), t.updated());
    }).sorted((a, b) -> b.updated().compareTo(a.updated())).toList();
    return AtomFeed.of(title, selfUrl, baseUrl, entries);
  }

  /** The bundles of several cases as one, each object once (ids are deterministic, so shared organisations merge). */
  private static Map<String, Object> mergedBundle(String q, List<CaseRecord> cases) {
    Map<String, Object> objects = new LinkedHashMap<>();
    for (CaseRecord c : cases) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> list = (List<Map<String, Object>>) StixBundle.of(c).get("objects");
      list.forEach(o -> objects.putIfAbsent((String) o.get("id"), o));
    }
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("type", "bundle");
    bundle.put("id", StixIds.of("bundle", "query:" + q));
    bundle.put("objects", new ArrayList<>(objects.values()));
    return bundle;
  }

  static byte[] json(Object value) {
    try {
      return Json.MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not serialisable", e);
    }
  }
}
