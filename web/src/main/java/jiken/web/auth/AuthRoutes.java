package jiken.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import jiken.web.WebContext;
import jiken.web.render.Pages;

/**
 * {@code GET|POST /login} and {@code POST /logout}. Login checks, in order: same-origin request,
 * CSRF token, rate limit (429 with {@code Retry-After}), password. A successful login always gets
 * a fresh session id; the pre-login cookie and any earlier session are dropped.
 */
public final class AuthRoutes {
  private final WebContext web;
  private final UserStore users;
  private final Sessions sessions;
  private final Csrf csrf;
  private final LoginThrottle throttle;

  public AuthRoutes(WebContext web, UserStore users, Sessions sessions, Csrf csrf, LoginThrottle throttle) {
    this.web = web;
    this.users = users;
    this.sessions = sessions;
    this.csrf = csrf;
    this.throttle = throttle;
  }

  public void register(JavalinDefaultRoutingApi routes) {
    routes.get("/login", this::form);
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
  }

  private void form(Context ctx) {
    Optional<Sessions.Session> s = Viewer.of(ctx, sessions);
    if (s.isPresent()) {
      show(ctx, 200, s.get().csrf(), s.get().user().name(), null, "");
      return;
    }
    show(ctx, 200, loginToken(ctx), null, null, "");
  }

  private void login(Context ctx) {
    if (!Csrf.sameOrigin(ctx)) {
      show(ctx, 403, loginToken(ctx), null, "別のサイトからの送信は受け付けません", "");
      return;
    }
    String pre = ctx.cookie(Viewer.PRE_COOKIE);
    if (pre == null || !Csrf.matches(csrf.loginToken(pre), ctx.formParam(Csrf.FIELD))) {
      show(ctx, 403, loginToken(ctx), null, "フォームの有効期限が切れました。もう一度ログインしてください", "");
      return;
    }
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String ip = ctx.req().getRemoteAddr();
    long wait = throttle.retryAfterSeconds(name, ip);
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      show(ctx, 429, loginToken(ctx), null, "ログインの試行回数が多すぎます。しばらくしてからお試しください", name);
      return;
    }
    Optional<UserStore.User> user = UserStore.NAME.matcher(name).matches() && password.length() <= 1000
        ? users.authenticate(name, password) : Optional.empty();
    if (user.isEmpty()) {
      throttle.failed(name, ip);
      show(ctx, 401, loginToken(ctx), null, "ユーザー名またはパスワードが違います", name);
      return;
    }
    throttle.succeeded(name);
    Sessions.Session s = sessions.create(user.get(), ctx.cookie(Viewer.COOKIE));
    Viewer.setCookie(ctx, Viewer.COOKIE, s.id(), Sessions.HOURS * 3600L);
    Viewer.setCookie(ctx, Viewer.PRE_COOKIE, "", 0);
    ctx.redirect(localPath(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    Optional<Sessions.Session> s = Viewer.of(ctx, sessions);
    if (s.isPresent() && Csrf.sameOrigin(ctx) && Csrf.matches(s.get().csrf(), ctx.formParam(Csrf.FIELD))) {
      sessions.delete(s.get().id());
      Viewer.setCookie(ctx, Viewer.COOKIE, "", 0);
      ctx.redirect("/", HttpStatus.SEE_OTHER);
      return;
    }
    show(ctx, s.isPresent() ? 403 : 401, loginToken(ctx), null, "ログアウトできませんでした", "");
  }

  /** The login form's token, setting a pre-login cookie first if the browser has none. */
  private String loginToken(Context ctx) {
    String pre = ctx.cookie(Viewer.PRE_COOKIE);
    if (pre == null || pre.length() != 43) {
      pre = Sessions.random();
      Viewer.setCookie(ctx, Viewer.PRE_COOKIE, pre, 3600);
    }
    return csrf.loginToken(pre);
  }

  private void show(Context ctx, int status, String token, String user, String error, String name) {
    Pages.send(ctx, status, "login.jte", new LoginPage(web.demo(), token, user, error, name,
        localPath(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"))));
  }

  /** Only paths on this site: {@code /x}, never {@code //host} or {@code /\host} (open redirects). */
  static String localPath(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length() > 300
        || next.chars().anyMatch(ch -> ch < 0x20)) {
      return "/";
    }
    return next;
  }
}
