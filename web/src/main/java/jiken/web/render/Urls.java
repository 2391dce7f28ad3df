package jiken.web.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL building for templates: path segments and query values percent-encoded as UTF-8. Stateless. */
public final class Urls {
  private Urls() {}

  /** One path segment ({@code /} and {@code ?} inside a name are encoded, spaces as %20). */
  public static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A query-string value. */
  public static String query(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
