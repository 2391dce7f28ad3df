package jiken.web.search;

import io.javalin.router.JavalinDefaultRoutingApi;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;
import jiken.web.render.Pages;

/** {@code GET /}, {@code GET /search} and {@code GET /api/search}. */
public final class SearchRoutes {
  private SearchRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes, WebContext web) {
    routes.get("/api/search", ctx -> {
      web.index().refresh();
      ctx.json(web.searcher().search(SearchParams.from(ctx, 20)));
    });
    routes.get("/search", ctx -> {
      web.index().refresh();
      SearchRequest req = SearchParams.from(ctx, 20);
      Pages.send(ctx, "search.jte", new SearchPage(web.demo(), web.ready(), req, web.searcher().search(req)));
    });
    routes.get("/", ctx -> {
      web.index().refresh();
      SearchResult newest = web.searcher().search(new SearchRequest("", null, null, null, null, null, null, null,
          "newest", 1, 10));
      SearchResult largest = web.searcher().search(new SearchRequest("", null, null, null, null, null, null, null,
          "largest", 1, 5));
      Pages.send(ctx, "home.jte", new HomePage(web.demo(), web.ready(), web.status(), newest, largest));
    });
  }
}
