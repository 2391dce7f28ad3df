package jiken.web.tags;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.NoSuchElementException;
import java.util.Optional;
import jiken.indexer.cases.EditorialChange;
import jiken.web.WebContext;
import jiken.web.auth.UserStore;

/**
 * The writer forms of the case page (plain HTML posts, no JavaScript), each answered with a
 * 303 back to the case: {@code POST /cases/{id}/edit/tag} ({@code tag}, {@code op=add|remove}),
 * {@code …/edit/link} ({@code to}, {@code kind}, {@code reason}), {@code …/edit/merge}
 * ({@code other}: merged into this case), {@code …/edit/split} ({@code document}: goes to a new
 * case, which the answer opens) and {@code …/edit/correct} ({@code field}, {@code key}, {@code value}).
 */
final class WriterForms {
  private final WebContext web;
  private final WriteGuard guard;
  private final Writer writer;

  WriterForms(WebContext web, WriteGuard guard, Writer writer) {
    this.web = web;
    this.guard = guard;
    this.writer = writer;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.post("/cases/{id}/edit/tag", ctx -> run(ctx, (u, id) -> writer.apply(u, () -> "remove".equals(ctx.formParam("op"))
        ? writer.editorial().removeTag(id, ctx.formParam("tag")) : writer.editorial().addTag(id, ctx.formParam("tag")))));
    routes.post("/cases/{id}/edit/link", ctx -> run(ctx, (u, id) -> writer.apply(u, () -> writer.editorial()
        .link(id, otherCase(ctx.formParam("to")), ctx.formParam("kind"), ctx.formParam("reason")))));
    routes.post("/cases/{id}/edit/merge", ctx -> run(ctx, (u, id) -> writer.apply(u, () -> writer.editorial()
        .merge(id, otherCase(ctx.formParam("other"))))));
    routes.post("/cases/{id}/edit/split", ctx -> run(ctx, (u, id) -> writer.apply(u, () -> writer.editorial()
        .split(id, documentId(ctx.formParam("document"))))));
    routes.post("/cases/{id}/edit/correct", ctx -> run(ctx, (u, id) -> writer.apply(u, () -> writer.editorial()
        .correct(id, ctx.formParam("field"), ctx.formParam("key"), ctx.formParam("value")))));
  }

  @FunctionalInterface
  private interface Action {
    EditorialChange run(UserStore.User user, String caseId);
  }

  private void run(Context ctx, Action action) {
    Optional<UserStore.User> user = guard.formUser(ctx, false);
    if (user.isEmpty()) {
      return;
    }
    String id = ctx.pathParam("id");
    if (!WriterApi.ID.matcher(id).matches()) {
      WriteGuard.fail(ctx, 400, "事案IDが正しくありません");
      return;
    }
    try {
      EditorialChange ch = action.run(user.get(), web.cases().resolve(id));
      Object newCase = ch.after().get("new_case");
      String target = ch.action().equals(EditorialChange.SPLIT) && newCase != null ? (String) newCase : ch.caseId();
      ctx.redirect("/cases/" + target + "#edit", HttpStatus.SEE_OTHER);
    } catch (NoSuchElementException e) {
      WriteGuard.fail(ctx, 404, e.getMessage());
    } catch (IllegalArgumentException e) {
      WriteGuard.fail(ctx, 400, e.getMessage());
    }
  }

  private String otherCase(String raw) {
    String id = raw == null ? "" : raw.strip();
    if (id.startsWith("/cases/")) { // writers paste links as often as ids
      id = id.substring("/cases/".length());
    }
    if (!WriterApi.ID.matcher(id).matches()) {
      throw new IllegalArgumentException("事案IDを入力してください (例: 2025-10-example-unauthorized-access)");
    }
    return web.cases().resolve(id);
  }

  private static long documentId(String raw) {
    try {
      return Long.parseLong(raw == null ? "" : raw.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("記事を選んでください");
    }
  }
}
