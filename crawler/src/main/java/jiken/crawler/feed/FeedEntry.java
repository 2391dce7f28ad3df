package jiken.crawler.feed;

import java.net.URI;
import java.time.LocalDate;

/**
 * One feed item: the article link plus hints used when the article page lacks them.
 *
 * @param url normalised absolute article URL
 * @param title the item title, or {@code null}
 * @param published the item date (Japan time), or {@code null}
 */
public record FeedEntry(URI url, String title, LocalDate published) {}
