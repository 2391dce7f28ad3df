package jiken.web.auth;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is looking at a page: the session behind the {@value #COOKIE} cookie, if any. Cookies are
 * HttpOnly, SameSite=Lax, path {@code /}, and Secure when the request came over HTTPS.
 * Stateless.
 */
public final class Viewer {
  public static final String COOKIE = "jiken_session";
  public static final String PRE_COOKIE = "jiken_pre";

  private Viewer() {}

  public static Optional<Sessions.Session> of(Context ctx, Sessions sessions) {
    return sessions.find(ctx.cookie(COOKIE));
  }

  /** Sets a cookie with the project's attributes; {@code maxAge} 0 deletes it. */
  public static void setCookie(Context ctx, String name, String value, long maxAgeSeconds) {
    boolean https = "https".equals(ctx.scheme());
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
        + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
  }
}
