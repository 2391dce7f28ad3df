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
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WriterRoutes.class);

  private WriterRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes, WebContext web) {
    UserStore users = new UserStore(web.db());
    Sessions sessions = new Sessions(web.db(), users);
    WriteGuard guard = new WriteGuard(users, sessions);
    AuditLog audit = new AuditLog(web.db());
    Editorial editorial = new Editorial(web.db(), web.index());
    finishPending(editorial);
    Writer writer = new Writer(editorial, audit);
    new AuthRoutes(web, users, sessions, new Csrf(), new LoginThrottle(Clock.systemUTC())).register(routes);
    new WriterApi(web, guard, writer).register(routes);
    new WriterForms(web, guard, writer).register(routes);
    new AuditRoutes(web, sessions, guard, writer).register(routes);
    routes.before("/cases/*", ctx -> CaseTools.set(new CaseTools.RequestState(Viewer.of(ctx, sessions), audit)));
    routes.after("/cases/*", ctx -> CaseTools.clear());
  }

  /**
   * An edit commits in SQLite before its cases' Lucene documents are written; a process killed in
   * between leaves them marked dirty. They are written here, before the first request, so search
   * agrees with the case pages after a restart without waiting for the next {@code index} run.
   * A failure (the index locked by another writer for too long) is logged, not fatal: the next
   * {@code index} run syncs dirty cases too.
   */
  private static void finishPending(Editorial editorial) {
    try {
      java.util.List<String> ids = editorial.syncPending();
      if (!ids.isEmpty()) {
        LOG.info("finished {} pending index updates from an interrupted run", ids.size());
      }
    } catch (RuntimeException e) {
      LOG.warn("could not finish pending index updates; the next index run will", e);
    }
  }
}
