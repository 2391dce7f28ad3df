package jiken.web.limits;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jiken.indexer.Json;
import jiken.web.render.ErrorPage;
import jiken.web.render.Pages;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's server-level error handler, for the answers Jetty gives before a request reaches
 * Javalin: a request line over 8 KiB (414), headers over 8 KiB (431), an unparseable request line
 * or header, invalid UTF-8 or control characters in the path, a bad {@code Content-Length} (400).
 * Jetty's default is an ISO-8859-1 HTML table; this answers with the project's error shape
 * instead: {@code {"error": "…"}} as {@code application/json; charset=utf-8}, or the site's
 * escaped error page when a browser asks for HTML on a non-API path. Either carries the same
 * security headers as the application's answers and {@code Cache-Control: no-store}.
 *
 * <p>The message names the status and Jetty's reason, reduced to printable ASCII and cut to
 * {@value #MAX_REASON} characters, so nothing of the request is echoed verbatim. Immutable and
 * thread-safe.
 */
public final class ConnectorErrors extends ErrorHandler {
  static final int MAX_REASON = 100;
  private final Map<String, String> securityHeaders;

  /** {@code securityHeaders}: the headers every application answer carries (CSP, nosniff…). */
  public ConnectorErrors(Map<String, String> securityHeaders) {
    this.securityHeaders = Map.copyOf(securityHeaders);
    setShowStacks(false);
    setShowCauses(false);
    setCacheControl("no-store");
  }

  /** Every method gets a body (Jetty's default gives PUT, DELETE… an empty answer); HEAD gets the headers only. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    String accept = request.getHeaders() == null ? null : request.getHeaders().get(HttpHeader.ACCEPT);
    byte[] body = null;
    String type = "application/json; charset=utf-8";
    if (wantsHtml(path, accept)) {
      try {
        body = Pages.render("error.jte", new ErrorPage(code, japanese(code))).getBytes(StandardCharsets.UTF_8);
        type = "text/html; charset=utf-8";
      } catch (RuntimeException e) {
        body = null; // a template failure must not turn a 4xx into a 500: fall back to JSON
      }
    }
    if (body == null) {
      body = json(code, message);
    }
    response.setStatus(code);
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, type);
    securityHeaders.forEach(h::put);
    h.put(HttpHeader.CONTENT_LENGTH, body.length);
    if (HttpMethod.HEAD.is(request.getMethod())) {
      response.write(true, null, callback);
    } else {
      response.write(true, ByteBuffer.wrap(body), callback);
    }
  }

  /** HTML only for a page path whose client says it accepts HTML; a request line Jetty could not parse has no path. */
  static boolean wantsHtml(String path, String accept) {
    return path != null && path.startsWith("/") && !path.startsWith("/api/") && !"/badMessage".equals(path)
        && accept != null && accept.contains("text/html");
  }

  static byte[] json(int code, String reason) {
    try {
      return Json.MAPPER.writeValueAsBytes(Map.of("error", english(code, reason)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e); // a map of two strings always serialises
    }
  }

  /** {@code "request headers too large (431 Request Header Fields Too Large)"}, plus Jetty's reason when it adds something. */
  static String english(int code, String reason) {
    String what = switch (code) {
      case 400 -> "malformed request";
      case 413 -> "request too large";
      case 414 -> "request line too long (limit 8 KiB)";
      case 431 -> "request headers too large (limit 8 KiB)";
      default -> code >= 500 ? "server error" : "request refused";
    };
    String status = HttpStatus.getMessage(code);
    String out = what + " (" + code + " " + status + ")";
    String r = clean(reason);
    return r.isEmpty() || r.equalsIgnoreCase(status) ? out : out + ": " + r;
  }

  static String japanese(int code) {
    return switch (code) {
      case 414 -> "URL が長すぎます";
      case 431 -> "リクエストヘッダーが大きすぎます";
      case 413 -> "リクエストが大きすぎます";
      default -> code >= 500 ? "内部エラーが発生しました" : "不正なリクエストです";
    };
  }

  /** Printable ASCII only, at most {@value #MAX_REASON} characters. */
  static String clean(String reason) {
    if (reason == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < reason.length() && b.length() < MAX_REASON; i++) {
      char c = reason.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return b.toString().strip();
  }
}
