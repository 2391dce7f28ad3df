package jiken.crawler.store;

import java.time.LocalDate;

/**
 * One row of the frontier.
 *
 * @param url normalised URL (primary key)
 * @param host politeness key ({@code host:port})
 * @param sourceId the source that discovered it
 * @param kind how to process the body
 * @param depth list pages: 0 for the first page, +1 per "next" link
 * @param etag validator of the last processed 200 response
 * @param lastModified validator of the last processed 200 response
 * @param status last outcome ({@code pending}, {@code done}, {@code retry}, {@code failed},
 *     {@code gone}, {@code robots}, {@code too_large}, {@code skipped})
 * @param failures consecutive failures
 * @param hintTitle title from the feed entry or sitemap, used when the page has none
 * @param hintPublished date from the feed entry or sitemap, used when the page has none
 */
public record FrontierEntry(String url, String host, String sourceId, FrontierKind kind, int depth,
    String etag, String lastModified, String status, int failures, String hintTitle,
    LocalDate hintPublished) {}
