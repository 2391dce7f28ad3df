package jiken.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import jiken.indexer.Json;
import jiken.web.cases.CaseRoutes;
import jiken.web.render.ErrorPage;
import jiken.web.render.Pages;
import jiken.web.search.SearchRoutes;

/**
 * The Javalin application: Japanese HTML pages, the JSON API and {@code /healthz}. Every response
 * carries the security headers; bad input gets a 4xx with {@code {"error": "..."}} (API) or an
 * error page, never a 500.
 */
public final class App {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(App.class);
  static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
      + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

  private App() {}

  public static Javalin create(WebContext web) {
    return Javalin.create(cfg -> {
      cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      cfg.http.maxRequestSize = 1_000_000;
      // Jetty's own rejections (414, 431, bad request line) in the project's error shape, not Jetty's HTML
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new jiken.web.limits.ConnectorErrors(SECURITY_HEADERS)));
      cfg.staticFiles.add("/public", Location.CLASSPATH);
      cfg.startup.showJavalinBanner = false;
      cfg.routes.before(ctx -> securityHeaders(ctx));
      jiken.web.limits.RequestLimits.register(cfg.routes); // body size, malformed bodies: 4xx, never 500
      cfg.routes.get("/healthz", ctx -> {
        ctx.status(web.ready() ? 200 : 503).json(Map.of("status", web.status(), "ready", web.ready()));
      });
      SearchRoutes.register(cfg.routes, web);
      CaseRoutes.register(cfg.routes, web);
      jiken.web.tags.WriterRoutes.register(cfg.routes, web);
      jiken.web.export.ExportRoutes.register(cfg.routes, web);
      jiken.web.extract.ExtractRoutes.register(cfg.routes);
      jiken.web.pages.PageRoutes.register(cfg.routes, web);
      cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
        fail(ctx, 500, "内部エラーが発生しました");
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
          fail(ctx, 404, "ページが見つかりません");
        }
      });
    });
  }

  static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin");

  private static void securityHeaders(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }

  /** A 400 as JSON for API paths, as a page elsewhere. */
  public static void badRequest(Context ctx, String message) {
    fail(ctx, 400, message == null ? "不正なリクエストです" : message);
  }

  static void fail(Context ctx, int status, String message) {
    if (ctx.path().startsWith("/api/")) {
      ctx.status(status).json(Map.of("error", message));
    } else {
      Pages.send(ctx, status, "error.jte", new ErrorPage(status, message));
    }
  }
}
