package jiken.crawler;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import jiken.crawler.fetch.FetchRequest;
import jiken.crawler.store.FrontierOutcomes;
import jiken.crawler.store.FrontierEntry;
import jiken.crawler.store.FrontierKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one frontier entry and records the outcome: the frontier state machine. Successful
 * bodies go to the {@link PageHandler}; failures are rescheduled with exponential backoff
 * ({@code retryBase * 2^(failures-1)}, or the server's Retry-After) until {@code maxRetries},
 * then wait {@code failedRetryAfter} for a later run. Any exception while handling a page is
 * logged with its URL and recorded as a failure: one broken page never stops the crawl.
 * Thread-safe.
 */
final class UrlWorker {
  private static final Logger LOG = LoggerFactory.getLogger(UrlWorker.class);

  private final PoliteFetcher fetcher;
  private final FrontierOutcomes frontier;
  private final PageHandler handler;
  private final CrawlerConfig config;
  private final CrawlCounters counters;
  private final Clock clock;

  UrlWorker(PoliteFetcher fetcher, FrontierOutcomes frontier, PageHandler handler, CrawlerConfig config,
      CrawlCounters counters, Clock clock) {
    this.fetcher = fetcher;
    this.frontier = frontier;
    this.handler = handler;
    this.config = config;
    this.counters = counters;
    this.clock = clock;
  }

  /** Processes one entry; returns {@code false} when the host's remaining entries were postponed. */
  boolean process(FrontierEntry e, Source source) throws InterruptedException {
    PageFetch pf;
    try {
      pf = fetcher.fetch(new FetchRequest(URI.create(e.url()), e.etag(), e.lastModified()), source.delayMs());
    } catch (RuntimeException ex) {
      LOG.error("fetching {} failed: {}", e.url(), ex.toString(), ex);
      giveUp(e, 0, ex.toString());
      return true;
    }
    long now = clock.millis();
    int status = pf.result() == null ? 0 : pf.result().status();
    if (status > 0) {
      counters.fetched.incrementAndGet();
    }
    switch (pf.verdict()) {
      case OK:
        try {
          String outcome = handler.handle(e, source, pf.result(), now);
          if (outcome.equals("empty")) {
            counters.failed.incrementAndGet();
          }
          frontier.complete(e.url(), outcome, status, pf.result().header("etag"),
              pf.result().header("last-modified"), false, revisit(e, now), now);
        } catch (RuntimeException ex) {
          LOG.warn("skipping {}: {}", e.url(), ex.toString(), ex);
          giveUp(e, status, ex.toString());
        }
        return true;
      case NOT_MODIFIED:
        counters.notModified.incrementAndGet();
        frontier.complete(e.url(), "done", status, null, null, true, revisit(e, now), now);
        return true;
      case GONE:
        counters.gone.incrementAndGet();
        frontier.complete(e.url(), "gone", status, null, null, true, null, now);
        return true;
      case ROBOTS_DENIED:
        counters.robots.incrementAndGet();
        frontier.complete(e.url(), "robots", status, null, null, true, now + config.robotsTtl().toMillis(), now);
        return true;
      case DEFERRED:
        frontier.postponeHost(e.host(), now + pf.retryAfter().toMillis());
        return false;
      case RETRY:
        return retry(e, status, pf, now);
      case TOO_LARGE:
        LOG.warn("giving up on {}: {}", e.url(), pf.detail());
        giveUp(e, status, pf.detail(), "too_large");
        return true;
      case FAILED:
      default:
        LOG.warn("giving up on {}: {}", e.url(), pf.detail());
        giveUp(e, status, pf.detail());
        return true;
    }
  }

  private boolean retry(FrontierEntry e, int status, PageFetch pf, long now) {
    int failures = e.failures() + 1;
    if (failures > config.maxRetries()) {
      LOG.warn("giving up on {} after {} attempts: {}", e.url(), failures, pf.detail());
      giveUp(e, status, pf.detail());
      return true;
    }
    Duration wait = pf.retryAfter() != null ? pf.retryAfter()
        : config.retryBase().multipliedBy(1L << Math.min(20, failures - 1));
    counters.retried.incrementAndGet();
    LOG.info("will retry {} in {} ms: {}", e.url(), wait.toMillis(), pf.detail());
    frontier.fail(e.url(), "retry", status, pf.detail(), now + wait.toMillis(), now);
    if (pf.retryAfter() != null) {
      // The server asked the whole host to slow down, not just this URL.
      frontier.postponeHost(e.host(), now + wait.toMillis());
      return false;
    }
    return true;
  }

  private void giveUp(FrontierEntry e, int status, String why) {
    giveUp(e, status, why, "failed");
  }

  private void giveUp(FrontierEntry e, int status, String why, String state) {
    counters.failed.incrementAndGet();
    long now = clock.millis();
    frontier.fail(e.url(), state, status, why, now + config.failedRetryAfter().toMillis(), now);
  }

  /** Articles come back after {@code articleRevisit}; feeds, sitemaps and lists when re-seeded. */
  private Long revisit(FrontierEntry e, long now) {
    return e.kind() == FrontierKind.ARTICLE ? now + config.articleRevisit().toMillis() : null;
  }
}
