package jiken.web.pages;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;
import jiken.web.export.CaseHits;
import jiken.web.export.Exporter;
import jiken.web.render.Pages;
import jiken.web.search.SearchParams;
import jiken.web.timeline.TimelineExport;

/**
 * The read-only browsing pages ({@code /tags}, {@code /tags/{tag}}, {@code /orgs/{name}},
 * {@code /timeline}, {@code /stats}) and the tag API ({@code /api/tags}, {@code /api/tags/{tag}}).
 * Path parameters are checked by {@link PathParams} (400 on control characters or excess length);
 * everything shown is escaped by the templates.
 */
public final class PageRoutes {
  static final int PAGE_SIZE = 50;
  /** Cases merged into one timeline page. */
  static final int TIMELINE_CASES = 50;

  private PageRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes, WebContext web) {
    TagStore tags = new TagStore(web.db(), web.cases());
    routes.get("/api/tags", ctx -> ctx.json(Map.of("tags", tags.all())));
    routes.get("/api/tags/{tag}", ctx -> {
      String tag = PathParams.name(ctx.pathParam("tag"), "tag");
      int page = page(ctx);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("tag", tag);
      body.put("total", tags.count(tag));
      body.put("page", page);
      body.put("cases", tags.cases(tag, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream().map(CaseHits::of).toList());
      ctx.json(body);
    });
    routes.get("/tags", ctx -> Pages.send(ctx, "tags.jte", new Models.TagsPage(web.demo(), tags.all())));
    routes.get("/tags/{tag}", ctx -> tagPage(ctx, web, tags));
    routes.get("/orgs/{name}", ctx -> orgPage(ctx, web));
    routes.get("/timeline", ctx -> timelinePage(ctx, web));
    routes.get("/stats", ctx -> {
      SearchResult all = Stats.all(web);
      Pages.send(ctx, "stats.jte", new Models.StatsPage(web.demo(), all.total(), Stats.years(all), Stats.types(all),
          Stats.causes(all), Stats.dataTypes(all), Stats.buckets(all), tags.all().stream().limit(30).toList()));
    });
  }

  private static void tagPage(Context ctx, WebContext web, TagStore tags) {
    String tag = PathParams.name(ctx.pathParam("tag"), "tag");
    int page = page(ctx);
    long total = tags.count(tag);
    List<CaseRecord> cases = tags.cases(tag, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    String self = "/tags/" + Stats.path(tag);
    int status = total == 0 ? 404 : 200;
    Pages.send(ctx, status, "caselist.jte", new Models.CaseListPage(web.demo(), "tag", tag, total,
        cases.stream().map(CaseHits::of).toList(), "/feeds/cases.atom?tag=" + Stats.enc(tag),
        "/api/search.csv?tag=" + Stats.enc(tag), page > 1 ? self + "?page=" + (page - 1) : null,
        (long) page * PAGE_SIZE < total ? self + "?page=" + (page + 1) : null));
  }

  private static void orgPage(Context ctx, WebContext web) {
    String name = PathParams.name(ctx.pathParam("name"), "organisation name");
    int page = page(ctx);
    web.index().refresh();
    SearchResult r = web.search(new SearchRequest("", null, null, null, name, null, null, null, "newest",
        page, PAGE_SIZE));
    String self = "/orgs/" + Stats.path(name);
    Pages.send(ctx, r.total() == 0 ? 404 : 200, "caselist.jte", new Models.CaseListPage(web.demo(), "org", name,
        r.total(), r.hits(), null, "/api/search.csv?org=" + Stats.enc(name),
        page > 1 ? self + "?page=" + (page - 1) : null,
        (long) page * PAGE_SIZE < r.total() ? self + "?page=" + (page + 1) : null));
  }

  private static void timelinePage(Context ctx, WebContext web) {
    web.index().refresh();
    SearchRequest req = SearchParams.from(ctx, TIMELINE_CASES);
    Exporter exporter = new Exporter(web, "");
    List<SearchResult.Hit> hits = exporter.hits(req, TIMELINE_CASES);
    List<CaseRecord> cases = hits.stream().map(h -> web.cases().get(h.id())).flatMap(java.util.Optional::stream).toList();
    long total = web.search(new SearchRequest(req.q(), req.type(), req.year(), req.tag(), req.org(),
        req.from(), req.to(), req.minCount(), req.sort(), 1, 1)).total();
    StringBuilder query = new StringBuilder("q=").append(Stats.enc(req.q()));
    Map.of("type", req.type() == null ? "" : req.type(), "year", req.year() == null ? "" : req.year(),
        "tag", req.tag() == null ? "" : req.tag(), "org", req.org() == null ? "" : req.org())
        .forEach((k, v) -> query.append(v.isEmpty() ? "" : "&" + k + "=" + Stats.enc(v)));
    Pages.send(ctx, "timeline.jte", new Models.TimelinePage(web.demo(), req.q(), total, cases.size(),
        TimelineExport.events(cases), query.toString()));
  }

  private static int page(Context ctx) {
    String v = ctx.queryParam("page");
    if (v == null || v.isBlank()) {
      return 1;
    }
    try {
      int p = Integer.parseInt(v.strip());
      if (p >= 1 && p <= 10_000) {
        return p;
      }
    } catch (NumberFormatException e) {
      // same message as out of range
    }
    throw new IllegalArgumentException("page must be a whole number between 1 and 10000");
  }
}
