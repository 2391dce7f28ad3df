package jiken.web.export;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.index.SearchRequest;
import jiken.web.WebContext;
import jiken.web.search.SearchParams;
import jiken.web.timeline.TimelineExport;

/**
 * The analyst exports over HTTP: per-case timeline (three formats), STIX and any format through
 * {@code /api/cases/{id}/export}; the merged timeline, CSV and Atom feed of a search; the timeline
 * JSON Schema. Bad ids and formats get a 400, unknown cases a 404, merged ids a 301.
 */
public final class ExportRoutes {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:\\d{1,5})?|\\[[0-9a-fA-F:.]{2,45}\\](:\\d{1,5})?");

  private ExportRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes, WebContext web) {
    byte[] schema = schema();
    routes.get(TimelineExport.SCHEMA_PATH, ctx -> ctx.contentType("application/schema+json; charset=utf-8").result(schema));
    routes.get("/api/cases/{id}/timeline", ctx -> caseExport(ctx, web, "timeline", timelineFormat(ctx), false));
    routes.get("/api/cases/{id}/stix", ctx -> caseExport(ctx, web, "stix", ExportFormat.STIX, false));
    routes.get("/api/cases/{id}/export", ctx -> caseExport(ctx, web, "export",
        ExportFormat.parse(ctx.queryParam("format") == null ? "json" : ctx.queryParam("format")), true));
    routes.get("/api/timeline", ctx -> queryExport(ctx, web, timelineFormat(ctx), 100));
    routes.get("/api/search.csv", ctx -> queryExport(ctx, web, ExportFormat.CSV, Exporter.MAX_CASES));
    routes.get("/feeds/cases.atom", ctx -> queryExport(ctx, web, ExportFormat.ATOM, 50));
  }

  private static ExportFormat timelineFormat(Context ctx) {
    String f = ctx.queryParam("format");
    if (f == null || f.isBlank() || f.equals("json")) {
      return ExportFormat.TIMELINE;
    }
    if (f.equals("timelinejs")) {
      return ExportFormat.TIMELINEJS;
    }
    if (f.equals("timesketch")) {
      return ExportFormat.TIMESKETCH;
    }
    throw new IllegalArgumentException("format must be json, timelinejs or timesketch");
  }

  private static void caseExport(Context ctx, WebContext web, String suffix, ExportFormat format, boolean download) {
    String id = ctx.pathParam("id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("invalid case id");
    }
    String current = web.cases().resolve(id);
    if (!current.equals(id)) {
      String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
      ctx.redirect("/api/cases/" + current + "/" + suffix + query, HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Optional<CaseRecord> c = web.cases().get(id);
    if (c.isEmpty()) {
      ctx.status(404).json(Map.of("error", "no such case: " + id));
      return;
    }
    byte[] body = new Exporter(web, baseUrl(ctx)).ofCase(c.get(), format);
    if (download) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + id + "." + format.extension() + "\"");
    }
    ctx.contentType(format.contentType()).result(body);
  }

  private static void queryExport(Context ctx, WebContext web, ExportFormat format, int defaultLimit) {
    web.index().refresh();
    SearchRequest req = SearchParams.from(ctx, SearchRequest.MAX_SIZE);
    if (format == ExportFormat.ATOM && ctx.queryParam("sort") == null) {
      req = Exporter.newest(req); // a feed is read newest first whatever the query
    }
    int limit = limit(ctx.queryParam("limit"), defaultLimit);
    String self = baseUrl(ctx) + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    byte[] body = new Exporter(web, baseUrl(ctx)).ofQuery(req, limit, format, self);
    ctx.contentType(format.contentType()).result(body);
  }

  static int limit(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= Exporter.MAX_CASES) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the same message as an out-of-range number
    }
    throw new IllegalArgumentException("limit must be a whole number between 1 and " + Exporter.MAX_CASES);
  }

  /** The site's own absolute URL from the Host header, if it looks like a host; else loopback. */
  static String baseUrl(Context ctx) {
    String host = ctx.host();
    String scheme = "https".equals(ctx.scheme()) ? "https" : "http";
    return host != null && HOST.matcher(host).matches() ? scheme + "://" + host : "http://localhost:7070";
  }

  private static byte[] schema() {
    try (InputStream in = ExportRoutes.class.getResourceAsStream("/jiken/web/timeline/timeline.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("timeline.schema.json missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read timeline.schema.json", e);
    }
  }
}
