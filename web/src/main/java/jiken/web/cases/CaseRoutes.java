package jiken.web.cases;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.render.ErrorPage;
import jiken.web.render.Pages;

/** {@code GET /cases/{id}} and {@code GET /api/cases/{id}}; a merged case's old id redirects. */
public final class CaseRoutes {
  /** Case ids are ASCII slugs; anything else (traversal, markup) is rejected before any lookup. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");

  private CaseRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes, WebContext web) {
    routes.get("/api/cases/{id}", ctx -> find(ctx, web, "/api/cases/").ifPresent(c -> ctx.json(toJson(web, c))));
    routes.get("/cases/{id}", ctx -> find(ctx, web, "/cases/").ifPresent(c ->
        Pages.send(ctx, "case.jte", new CasePage(web.demo(), c, RelatedCases.of(web, c)))));
  }

  private static Optional<CaseRecord> find(Context ctx, WebContext web, String prefix) {
    String id = ctx.pathParam("id");
    if (!ID.matcher(id).matches()) {
      App.badRequest(ctx, "invalid case id");
      return Optional.empty();
    }
    String current = web.cases().resolve(id);
    if (!current.equals(id)) {
      ctx.redirect(prefix + current, HttpStatus.MOVED_PERMANENTLY);
      return Optional.empty();
    }
    Optional<CaseRecord> c = web.cases().get(id);
    if (c.isEmpty()) {
      if (prefix.startsWith("/api/")) {
        ctx.status(404).json(Map.of("error", "no such case: " + id));
      } else {
        Pages.send(ctx, 404, "error.jte", new ErrorPage(404, "事案が見つかりません"));
      }
    }
    return c;
  }

  /** The case as {@code GET /api/cases/{id}} returns it: the record plus {@code related}. */
  public static Map<String, Object> toJson(WebContext web, CaseRecord c) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = new LinkedHashMap<>(Json.MAPPER.convertValue(c, Map.class));
    List<Map<String, Object>> related = RelatedCases.of(web, c).stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", r.id());
      x.put("title", r.title());
      x.put("reasons", r.reasons());
      x.put("score", Math.round(r.score() * 100) / 100.0);
      x.put("kind", r.kind());
      return x;
    }).toList();
    m.put("related", related);
    return m;
  }
}
