package jiken.web.limits;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import jiken.web.render.ErrorPage;
import jiken.web.render.Pages;

/**
 * Limits every request shares, registered once by {@code App.create}: a request body over
 * {@value #MAX_BODY} bytes is answered 413 before any route reads it when the client declares its
 * length, and when it does not (chunked), Javalin's own limit stops the read and the
 * {@link HttpResponseException} it throws is answered here with the project's error shape
 * ({@code {"error": …}} under {@code /api/}, the error page elsewhere) instead of reaching the
 * catch-all 500 handler. {@code POST /api/extract} keeps its own, equal, limit and messages.
 * Stateless.
 */
public final class RequestLimits {
  /** Largest request body, in bytes; equal to Javalin's {@code http.maxRequestSize} in {@code App}. */
  public static final long MAX_BODY = 1_000_000;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestLimits.class);

  private RequestLimits() {}

  /** Thrown by the before-handler; answered 413 by the exception handler registered with it. */
  static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  public static void register(JavalinDefaultRoutingApi routes) {
    routes.before(RequestLimits::checkDeclaredLength);
    routes.exception(TooLarge.class, (e, ctx) -> fail(ctx, 413, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
        e.getStatus() == 413 ? tooLarge() : e.getMessage()));
    routes.exception(jakarta.servlet.ServletException.class, RequestLimits::malformed);
    routes.exception(HttpException.RuntimeException.class, RequestLimits::malformed);
  }

  /**
   * Jetty reports a body it cannot parse (multipart without a boundary or end, a bad part header)
   * as a {@code ServletException} around a {@code BadMessageException} (an {@link HttpException})
   * when a route first asks for a form field: that is the client's fault, so it is answered with
   * Jetty's own 4xx status. Anything else is logged and answered 500 as {@code App} does.
   */
  private static void malformed(Exception e, Context ctx) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
        fail(ctx, bad.getCode(), "malformed request body: " + bad.getReason());
        return;
      }
    }
    LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
    fail(ctx, 500, ctx.path().startsWith("/api/") ? "internal error" : "内部エラーが発生しました");
  }

  static void checkDeclaredLength(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY) {
      throw new TooLarge(tooLarge());
    }
  }

  private static String tooLarge() {
    return String.format(Locale.ROOT, "request body larger than %,d bytes", MAX_BODY);
  }

  /** A status with a message: JSON on API paths, the error page elsewhere. */
  static void fail(Context ctx, int status, String message) {
    int s = status >= 400 && status < 600 ? status : 400;
    if (ctx.path().startsWith("/api/")) {
      ctx.status(s).json(Map.of("error", message == null ? "bad request" : message));
    } else {
      Pages.send(ctx, s, "error.jte", new ErrorPage(s, message == null ? "不正なリクエストです" : message));
    }
  }
}
