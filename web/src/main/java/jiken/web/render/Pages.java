package jiken.web.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders precompiled JTE templates (context-aware escaping: crawled text is always escaped) and
 * sends them as {@code text/html; charset=utf-8} — Javalin's own {@code html()} omits the charset.
 * Thread-safe.
 */
public final class Pages {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Pages() {}

  public static String render(String template, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, Map.<String, Object>of("page", model), out);
    return out.toString();
  }

  public static void send(Context ctx, int status, String template, Object model) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(render(template, model));
  }

  public static void send(Context ctx, String template, Object model) {
    send(ctx, 200, template, model);
  }
}
