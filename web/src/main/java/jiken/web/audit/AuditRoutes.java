package jiken.web.audit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Optional;
import jiken.web.WebContext;
import jiken.web.auth.Sessions;
import jiken.web.auth.UserStore;
import jiken.web.auth.Viewer;
import jiken.web.render.Pages;
import jiken.web.tags.WriteGuard;
import jiken.web.tags.Writer;

/**
 * {@code GET /admin/audit} (admins: the newest {@value #LIMIT} entries, each with a revert button)
 * and {@code POST /admin/audit/{n}/revert}. Anonymous visitors are sent to the login page; other
 * roles get 403.
 */
public final class AuditRoutes {
  static final int LIMIT = 200;

  private final WebContext web;
  private final Sessions sessions;
  private final WriteGuard guard;
  private final Writer writer;

  public AuditRoutes(WebContext web, Sessions sessions, WriteGuard guard, Writer writer) {
    this.web = web;
    this.sessions = sessions;
    this.guard = guard;
    this.writer = writer;
  }

  public void register(JavalinDefaultRoutingApi routes) {
    routes.get("/admin/audit", this::page);
    routes.post("/admin/audit/{n}/revert", this::revert);
  }

  private void page(Context ctx) {
    Optional<Sessions.Session> s = Viewer.of(ctx, sessions);
    if (s.isEmpty()) {
      ctx.redirect("/login?next=" + URLEncoder.encode("/admin/audit", StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
      return;
    }
    if (!s.get().user().isAdmin()) {
      WriteGuard.fail(ctx, 403, "管理者のみが閲覧できます");
      return;
    }
    Pages.send(ctx, "edit/audit.jte", new AuditPage(web.demo(), s.get().user().name(), s.get().csrf(),
        writer.audit().recent(LIMIT)));
  }

  private void revert(Context ctx) {
    Optional<UserStore.User> admin = guard.formUser(ctx, true);
    if (admin.isEmpty()) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("n"));
    } catch (NumberFormatException e) {
      WriteGuard.fail(ctx, 400, "記録番号が正しくありません");
      return;
    }
    try {
      writer.revert(admin.get(), id);
      ctx.redirect("/admin/audit", HttpStatus.SEE_OTHER);
    } catch (NoSuchElementException e) {
      WriteGuard.fail(ctx, 404, e.getMessage());
    } catch (IllegalArgumentException e) {
      WriteGuard.fail(ctx, 409, e.getMessage());
    }
  }
}
