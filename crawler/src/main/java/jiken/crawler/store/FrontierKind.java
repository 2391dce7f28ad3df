package jiken.crawler.store;

import java.util.Locale;

/** What a frontier URL is expected to be, which decides how its body is processed. */
public enum FrontierKind {
  FEED, SITEMAP, LIST, ARTICLE;

  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FrontierKind fromDb(String v) {
    return valueOf(v.toUpperCase(Locale.ROOT));
  }
}
