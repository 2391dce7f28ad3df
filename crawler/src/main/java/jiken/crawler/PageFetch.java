package jiken.crawler;

import java.time.Duration;
import jiken.crawler.fetch.FetchResult;

/**
 * What became of one URL after robots checks, redirects and status classification.
 *
 * @param verdict the outcome class
 * @param result the last response, or {@code null} when no request was made
 * @param retryAfter for {@link Verdict#RETRY} and {@link Verdict#DEFERRED}: how long to wait, or
 *     {@code null} for "use the backoff schedule"
 * @param detail a human-readable reason for logs
 */
public record PageFetch(Verdict verdict, FetchResult result, Duration retryAfter, String detail) {

  /** Outcome classes; each maps to one frontier transition. */
  public enum Verdict {
    /** 2xx with a body within the cap. */
    OK,
    /** 304: the stored validators still hold. */
    NOT_MODIFIED,
    /** 404/410: the URL is gone. */
    GONE,
    /** robots.txt disallows the URL (or a redirect target). */
    ROBOTS_DENIED,
    /** the host's robots.txt is unreachable; try the host later. */
    DEFERRED,
    /** 429, 5xx or a network error: retry with backoff. */
    RETRY,
    /** the body exceeded the cap. */
    TOO_LARGE,
    /** a permanent failure: other 4xx, redirect loop, too many redirects, bad Location. */
    FAILED
  }

  static PageFetch of(Verdict v, FetchResult r, String detail) {
    return new PageFetch(v, r, null, detail);
  }
}
