package jiken.web.search;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jiken.indexer.index.SearchRequest;

/**
 * Turns query parameters into a {@link SearchRequest}: lenient on text (control characters are
 * dropped, an over-long query is cut), strict on numbers and dates (a clear 400 naming the
 * parameter). Stateless.
 */
public final class SearchParams {
  private SearchParams() {}

  public static SearchRequest from(Context ctx, int defaultSize) {
    String q = clean(ctx.queryParam("q"));
    if (q.length() > SearchRequest.MAX_QUERY_CHARS) {
      q = q.substring(0, SearchRequest.MAX_QUERY_CHARS);
    }
    return new SearchRequest(q, blankToNull(ctx.queryParam("type")), blankToNull(ctx.queryParam("year")),
        blankToNull(ctx.queryParam("tag")), blankToNull(ctx.queryParam("org")), date(ctx, "from"), date(ctx, "to"),
        longParam(ctx, "min_count"), blankToNull(ctx.queryParam("sort")), intParam(ctx, "page", 1),
        intParam(ctx, "size", defaultSize), boolParam(ctx, "facets", true));
  }

  /** {@code true}/{@code 1} or {@code false}/{@code 0}; absent or blank gives {@code fallback}. */
  static boolean boolParam(Context ctx, String name, boolean fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    return switch (v.strip()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false");
    };
  }

  /** Removes control characters (but keeps spaces) and unpaired surrogates. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), SearchRequest.MAX_QUERY_CHARS + 16));
    for (int i = 0; i < s.length() && b.length() <= SearchRequest.MAX_QUERY_CHARS; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        continue;
      } else if (Character.isISOControl(c)) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static String blankToNull(String s) {
    String c = clean(s);
    return c.isEmpty() ? null : c;
  }

  static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }

  private static Long longParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }

  private static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date like 2025-10-28");
    }
  }
}
