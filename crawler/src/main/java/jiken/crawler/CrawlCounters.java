package jiken.crawler;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a run, shared by the workers. Thread-safe. */
final class CrawlCounters {
  final AtomicLong fetched = new AtomicLong();
  final AtomicLong newDocuments = new AtomicLong();
  final AtomicLong updated = new AtomicLong();
  final AtomicLong unchanged = new AtomicLong();
  final AtomicLong notModified = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  final AtomicLong robots = new AtomicLong();
  final AtomicLong duplicates = new AtomicLong();
  final AtomicLong gone = new AtomicLong();
  final AtomicLong retried = new AtomicLong();
  final AtomicLong discovered = new AtomicLong();

  CrawlReport report(Duration elapsed) {
    return new CrawlReport(fetched.get(), newDocuments.get(), updated.get(), unchanged.get(),
        notModified.get(), failed.get(), robots.get(), duplicates.get(), gone.get(), retried.get(),
        discovered.get(), elapsed);
  }
}
