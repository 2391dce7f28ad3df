package jiken.crawler.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor found on an article page.
 *
 * @param title the headline without the site name, or "" when none was found
 * @param published the publication date (Japan time), or {@code null}
 * @param canonicalUrl the page's rel=canonical URL, normalised, or {@code null}
 * @param text the main text, one paragraph per line ("\n"-separated), or "" when none was found
 * @param tags keywords, tags and categories the page declares (deduplicated, page order)
 */
public record ExtractedArticle(String title, LocalDate published, URI canonicalUrl, String text,
    List<String> tags) {
  public ExtractedArticle {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
