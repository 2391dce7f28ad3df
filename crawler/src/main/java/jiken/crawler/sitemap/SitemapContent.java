package jiken.crawler.sitemap;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A parsed sitemap: page URLs (with {@code lastmod} as a date hint) or, for a sitemap index,
 * child sitemaps. Both lists are empty for an unparseable sitemap.
 */
public record SitemapContent(List<Page> pages, List<URI> sitemaps) {
  /** A {@code <url>} entry. */
  public record Page(URI url, LocalDate lastModified) {}

  public SitemapContent {
    pages = List.copyOf(pages);
    sitemaps = List.copyOf(sitemaps);
  }
}
