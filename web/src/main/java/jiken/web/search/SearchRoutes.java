package jiken.web.search;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Map;
import jiken.indexer.index.OrgSuggester;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;
import jiken.web.render.Pages;

/**
 * {@code GET /}, {@code GET /search}, {@code GET /api/search} and {@code GET /api/suggest?q=}
 * (organisation names for what was typed, in kanji, kana or romaji:
 * {@code {"suggestions":[{"name","count"}]}}). Every request first picks up index changes
 * committed by other processes ({@code jiken index}, a scheduled crawl).
 */
public final class SearchRoutes {
  private SearchRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes, WebContext web) {
    OrgSuggester suggester = new OrgSuggester(web.searcher());
    routes.get("/api/search", ctx -> {
      web.index().refresh();
      ctx.json(web.search(SearchParams.from(ctx, 20)));
    });
    routes.get("/api/suggest", ctx -> {
      web.index().refresh();
      String q = SearchParams.clean(ctx.queryParam("q"));
      int limit = SearchParams.intParam(ctx, "size", 10);
      if (limit < 1 || limit > 50) {
        throw new IllegalArgumentException("size must be between 1 and 50");
      }
      ctx.json(Map.of("suggestions", q.length() > 100 ? List.of() : suggester.suggest(q, limit)));
    });
    routes.get("/search", ctx -> {
      web.index().refresh();
      SearchRequest req = SearchParams.from(ctx, 20);
      List<OrgSuggester.Suggestion> orgs = req.q().isEmpty() || req.q().length() > 100 ? List.of()
          : suggester.suggest(req.q(), 8);
      Pages.send(ctx, "search.jte", new SearchPage(web.demo(), web.ready(), req, web.search(req), orgs));
    });
    routes.get("/", ctx -> {
      web.index().refresh();
      SearchResult newest = web.search(new SearchRequest("", null, null, null, null, null, null, null,
          "newest", 1, 10));
      SearchResult largest = web.search(new SearchRequest("", null, null, null, null, null, null, null,
          "largest", 1, 5));
      Pages.send(ctx, "home.jte", jiken.web.pages.HomeCharts.page(web, newest, largest));
    });
  }
}
