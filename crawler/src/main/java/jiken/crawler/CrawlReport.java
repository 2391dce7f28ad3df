package jiken.crawler;

import java.time.Duration;

/**
 * Counts of one {@link Crawler#crawlOnce} run.
 *
 * @param fetched URLs that got an HTTP response (any status, 304 included)
 * @param newDocuments articles stored for the first time
 * @param updated stored articles whose text changed
 * @param unchanged articles fetched again with the same text
 * @param notModified 304 responses to conditional requests
 * @param failed URLs given up on in this run (permanent errors, retries exhausted, too large,
 *     no text)
 * @param skippedByRobots URLs (or redirect targets) disallowed by robots.txt
 * @param duplicates new articles marked as near-duplicates of another source's article
 * @param gone 404/410 responses
 * @param retried attempts scheduled again (429, 5xx, network errors)
 * @param discovered new URLs added to the frontier
 * @param elapsed wall time of the run
 */
public record CrawlReport(long fetched, long newDocuments, long updated, long unchanged,
    long notModified, long failed, long skippedByRobots, long duplicates, long gone, long retried,
    long discovered, Duration elapsed) {

  /** Pages fetched per second over the run. */
  public double rate() {
    double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
    return fetched / secs;
  }

  @Override
  public String toString() {
    return "fetched=" + fetched + " new=" + newDocuments + " updated=" + updated + " unchanged=" + unchanged
        + " not-modified=" + notModified + " failed=" + failed + " robots=" + skippedByRobots
        + " duplicates=" + duplicates + " gone=" + gone + " retried=" + retried + " discovered=" + discovered
        + " elapsed=" + elapsed.toMillis() + "ms";
  }
}
