package jiken.crawler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored article: the output of the crawler and the input of the indexer.
 *
 * @param id database id ({@code 0} before it is stored)
 * @param url the URL the article was fetched from, normalised
 * @param canonicalUrl the page's canonical URL (rel=canonical, else {@code url}); unique
 * @param sourceId the id of the source in {@code sources.json} ({@code import} for imported ones)
 * @param fetchedAt when the body was fetched
 * @param httpStatus the final HTTP status
 * @param charset the charset the body was decoded with
 * @param title the article title without the site suffix
 * @param published the publication date, or {@code null} when the page does not say
 * @param text the main text, paragraphs separated by newlines
 * @param contentHash SHA-256 (hex) of the normalised main text
 * @param simhash 64-bit SimHash of the main text, for near-duplicate detection
 * @param duplicateOf id of an earlier document this one nearly duplicates, or {@code null}
 * @param tags tags and categories the page itself carries
 */
public record CrawledDocument(
    long id,
    String url,
    String canonicalUrl,
    String sourceId,
    Instant fetchedAt,
    int httpStatus,
    String charset,
    String title,
    LocalDate published,
    String text,
    String contentHash,
    long simhash,
    Long duplicateOf,
    List<String> tags) {

  public CrawledDocument {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    contentHash = contentHash == null ? "" : contentHash;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public CrawledDocument withId(long newId) {
    return new CrawledDocument(newId, url, canonicalUrl, sourceId, fetchedAt, httpStatus, charset,
        title, published, text, contentHash, simhash, duplicateOf, tags);
  }
}
