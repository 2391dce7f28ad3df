package jiken.crawler;

import java.util.Locale;

/** How a source lists its articles: an RSS/Atom feed, a sitemap, or HTML list pages. */
public enum SourceKind {
  FEED,
  SITEMAP,
  LISTPAGE;

  /** Parses the {@code kind} value of {@code sources.json}; {@code null} when unknown. */
  public static SourceKind parse(String s) {
    if (s == null) {
      return null;
    }
    switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "feed": case "rss": case "atom": return FEED;
      case "sitemap": return SITEMAP;
      case "listpage": case "list": return LISTPAGE;
      default: return null;
    }
  }
}
