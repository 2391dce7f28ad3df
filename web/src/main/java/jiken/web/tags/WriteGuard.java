package jiken.web.tags;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import jiken.web.auth.Csrf;
import jiken.web.auth.Sessions;
import jiken.web.auth.UserStore;
import jiken.web.auth.Viewer;
import jiken.web.render.ErrorPage;
import jiken.web.render.Pages;

/**
 * The checks in front of every write. API clients: {@code Authorization: Bearer TOKEN} (401 when
 * missing or unknown, 403 when the account may not write); browser sessions are not accepted on
 * the API. Browser forms: same-origin request, a live session (401), the session's CSRF token and
 * the role (403). When a check fails the response is already sent. Thread-safe.
 */
public final class WriteGuard {
  private final UserStore users;
  private final Sessions sessions;

  public WriteGuard(UserStore users, Sessions sessions) {
    this.users = users;
    this.sessions = sessions;
  }

  /** The API caller if it may write. */
  public Optional<UserStore.User> apiWriter(Context ctx) {
    String h = ctx.header("Authorization");
    Optional<UserStore.User> user = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
        ? users.byToken(h.substring(7)) : Optional.empty();
    if (user.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"jiken\"");
      fail(ctx, 401, "a valid API token is required (Authorization: Bearer TOKEN)");
      return Optional.empty();
    }
    if (!user.get().canWrite()) {
      fail(ctx, 403, "this account may not change cases");
      return Optional.empty();
    }
    return user;
  }

  /** The logged-in browser user if this form post may write ({@code admin} also requires the admin role). */
  public Optional<UserStore.User> formUser(Context ctx, boolean admin) {
    if (!Csrf.sameOrigin(ctx)) {
      fail(ctx, 403, "別のサイトからの送信は受け付けません");
      return Optional.empty();
    }
    Optional<Sessions.Session> s = Viewer.of(ctx, sessions);
    if (s.isEmpty()) {
      fail(ctx, 401, "ログインしてください");
      return Optional.empty();
    }
    if (!Csrf.matches(s.get().csrf(), ctx.formParam(Csrf.FIELD))) {
      fail(ctx, 403, "フォームの有効期限が切れました。ページを開き直してください");
      return Optional.empty();
    }
    UserStore.User u = s.get().user();
    if (admin ? !u.isAdmin() : !u.canWrite()) {
      fail(ctx, 403, "この操作の権限がありません");
      return Optional.empty();
    }
    return Optional.of(u);
  }

  /** A 4xx as {@code {"error": …}} on API paths, as an error page elsewhere. */
  public static void fail(Context ctx, int status, String message) {
    if (ctx.path().startsWith("/api/")) {
      ctx.status(status).json(Map.of("error", message));
    } else {
      Pages.send(ctx, status, "error.jte", new ErrorPage(status, message));
    }
  }
}
