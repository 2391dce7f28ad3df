package jiken.crawler;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic progress lines ({@code crawl progress: fetched=… queued=… errors=… rate=… pages/s}),
 * at most one per {@code every}, logged by the crawl's coordinating thread. Not thread-safe.
 */
final class ProgressLog {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

  private final CrawlCounters counters;
  private final long everyMillis;
  private final long start;
  private long lastLog;

  ProgressLog(CrawlCounters counters, Duration every, long start) {
    this.counters = counters;
    this.everyMillis = every.toMillis();
    this.start = start;
    this.lastLog = start;
  }

  void maybeLog(LongSupplier queued) {
    long now = System.currentTimeMillis();
    if (now - lastLog < everyMillis) {
      return;
    }
    lastLog = now;
    double secs = Math.max(0.001, (now - start) / 1000.0);
    LOG.info("crawl progress: fetched={} queued={} errors={} rate={} pages/s (new={} updated={} not-modified={}"
        + " retried={})", counters.fetched.get(), queued.getAsLong(), counters.failed.get(),
        String.format(Locale.ROOT, "%.1f", counters.fetched.get() / secs), counters.newDocuments.get(),
        counters.updated.get(), counters.notModified.get(), counters.retried.get());
  }
}
