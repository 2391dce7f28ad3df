package jiken.web.tags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.EditorialChange;
import jiken.web.WebContext;
import jiken.web.auth.UserStore;

/**
 * The writers' JSON API: {@code POST|DELETE /api/cases/{id}/tags} with {@code {"tag": "…"}} and
 * {@code POST /api/cases/{id}/links} with {@code {"to", "kind": "related"|"vendor_of", "reason"?}}
 * (for {@code vendor_of}, {id} is the vendor's case and {@code to} the victim's). Order of checks:
 * token (401/403), case id (400/404), body (400). A merged case's old id acts on the survivor.
 */
final class WriterApi {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");

  private final WebContext web;
  private final WriteGuard guard;
  private final Writer writer;

  WriterApi(WebContext web, WriteGuard guard, Writer writer) {
    this.web = web;
    this.guard = guard;
    this.writer = writer;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.post("/api/cases/{id}/tags", ctx -> tags(ctx, true));
    routes.delete("/api/cases/{id}/tags", ctx -> tags(ctx, false));
    routes.post("/api/cases/{id}/links", this::link);
  }

  private void tags(Context ctx, boolean add) {
    run(ctx, (user, caseId, body) -> {
      String tag = text(body, "tag", true);
      EditorialChange ch = writer.apply(user, () -> add ? writer.editorial().addTag(caseId, tag)
          : writer.editorial().removeTag(caseId, tag));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", caseId);
      out.put("tag", ch.after().get("tag"));
      out.put("tags", web.cases().get(caseId).map(CaseRecord::tags).orElse(List.of()));
      ctx.status(add ? 201 : 200).json(out);
    });
  }

  private void link(Context ctx) {
    run(ctx, (user, caseId, body) -> {
      String to = text(body, "to", true);
      if (!ID.matcher(to).matches()) {
        throw new IllegalArgumentException("\"to\" must be a case id");
      }
      String target = web.cases().resolve(to);
      String kind = text(body, "kind", true);
      String reason = text(body, "reason", false);
      EditorialChange ch = writer.apply(user, () -> writer.editorial().link(caseId, target, kind, reason));
      Map<String, Object> out = new LinkedHashMap<>(Map.of("from", caseId, "to", target, "kind", kind));
      @SuppressWarnings("unchecked")
      Map<String, Object> row = (Map<String, Object>) ch.after().get("existing");
      out.put("reason", row == null ? null : row.get("reason"));
      ctx.status(201).json(out);
    });
  }

  @FunctionalInterface
  private interface Action {
    void run(UserStore.User user, String caseId, JsonNode body);
  }

  private void run(Context ctx, Action action) {
    Optional<UserStore.User> user = guard.apiWriter(ctx);
    if (user.isEmpty()) {
      return;
    }
    String id = ctx.pathParam("id");
    if (!ID.matcher(id).matches()) {
      WriteGuard.fail(ctx, 400, "invalid case id");
      return;
    }
    try {
      JsonNode body = parse(ctx.body());
      action.run(user.get(), web.cases().resolve(id), body);
    } catch (NoSuchElementException e) {
      WriteGuard.fail(ctx, 404, e.getMessage());
    } catch (IllegalArgumentException e) {
      WriteGuard.fail(ctx, 400, e.getMessage());
    }
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode n = body == null || body.isBlank() ? null : Json.MAPPER.readTree(body);
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException("the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not valid JSON");
    }
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("\"" + field + "\" is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return v.asText();
  }
}
