package jiken.crawler;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of {@code data/sources.json} (format in DESIGN.md). Selectors are optional hints; the
 * generic extractors work without them. Immutable and thread-safe.
 *
 * @param id stable identifier, stored with every document
 * @param name display name
 * @param kind feed, sitemap or listpage
 * @param url the feed, sitemap or first list page
 * @param linkSelector list pages: CSS selector of article links ({@code null}: generic)
 * @param nextSelector list pages: CSS selector of the next-page link ({@code null}: generic)
 * @param maxPages list pages: how many pages to follow ({@code >= 1})
 * @param titleSelector article pages: CSS selector of the title, a hint
 * @param bodySelector article pages: CSS selector of the main text, a hint
 * @param publishedSelector article pages: CSS selector of the publication date, a hint
 * @param allow only article URLs matching this regex (find semantics) are followed; {@code null} all
 * @param delayMs minimum delay between two requests to this source's host
 */
public record Source(
    String id,
    String name,
    SourceKind kind,
    URI url,
    String linkSelector,
    String nextSelector,
    int maxPages,
    String titleSelector,
    String bodySelector,
    String publishedSelector,
    Pattern allow,
    long delayMs) {

  public static final int DEFAULT_MAX_PAGES = 3;
  public static final long DEFAULT_DELAY_MS = 1000;

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    if (!url.isAbsolute() || url.getHost() == null) {
      throw new IllegalArgumentException("source " + id + ": url must be absolute http(s): " + url);
    }
    name = name == null || name.isBlank() ? id : name;
    if (maxPages < 1) {
      throw new IllegalArgumentException("source " + id + ": max_pages must be >= 1");
    }
    if (delayMs < 0) {
      throw new IllegalArgumentException("source " + id + ": delay_ms must be >= 0");
    }
  }

  /** A source with default options: handy for tests and programmatic use. */
  public static Source of(String id, SourceKind kind, String url) {
    return new Source(id, id, kind, URI.create(url), null, null, DEFAULT_MAX_PAGES, null, null, null,
        null, DEFAULT_DELAY_MS);
  }

  /** A copy with another delay (the demo uses ~100 ms on loopback). */
  public Source withDelayMs(long newDelayMs) {
    return new Source(id, name, kind, url, linkSelector, nextSelector, maxPages, titleSelector,
        bodySelector, publishedSelector, allow, newDelayMs);
  }

  /** Whether an article URL passes the {@code allow} filter. */
  public boolean allows(String articleUrl) {
    return allow == null || allow.matcher(articleUrl).find();
  }
}
