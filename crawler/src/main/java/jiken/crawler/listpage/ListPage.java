package jiken.crawler.listpage;

import java.net.URI;
import java.util.List;

/**
 * Links found on one list page.
 *
 * @param articles article links in page order, normalised, without duplicates
 * @param next the next page, or {@code null}
 */
public record ListPage(List<Link> articles, URI next) {
  /** An article link and its anchor text (a title hint). */
  public record Link(URI url, String text) {}

  public ListPage {
    articles = List.copyOf(articles);
  }
}
