package jiken.web.tags;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import jiken.indexer.cases.Editorial;
import jiken.web.WebContext;
import jiken.web.audit.AuditLog;
import jiken.web.audit.AuditRoutes;
import jiken.web.auth.AuthRoutes;
import jiken.web.auth.Csrf;
import jiken.web.auth.LoginThrottle;
import jiken.web.auth.Sessions;
import jiken.web.auth.UserStore;
import jiken.web.auth.Viewer;

/**
 * Wires the writer workflow into the app: login/logout, the writers' API, the case page's forms,
 * the audit log pages, and the per-request viewer the case page's partial reads. Called once per
 * app from {@code App.create}; the rate limiter and CSRF key live as long as the app.
 */
public final class WriterRoutes {
  private WriterRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes, WebContext web) {
    UserStore users = new UserStore(web.db());
    Sessions sessions = new Sessions(web.db(), users);
    WriteGuard guard = new WriteGuard(users, sessions);
    AuditLog audit = new AuditLog(web.db());
    Writer writer = new Writer(new Editorial(web.db(), web.index()), audit);
    new AuthRoutes(web, users, sessions, new Csrf(), new LoginThrottle(Clock.systemUTC())).register(routes);
    new WriterApi(web, guard, writer).register(routes);
    new WriterForms(web, guard, writer).register(routes);
    new AuditRoutes(web, sessions, guard, writer).register(routes);
    routes.before("/cases/*", ctx -> CaseTools.set(new CaseTools.RequestState(Viewer.of(ctx, sessions), audit)));
    routes.after("/cases/*", ctx -> CaseTools.clear());
  }
}
