package jiken.crawler;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import jiken.crawler.fetch.FetchRequest;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.fetch.Fetcher;
import jiken.crawler.fetch.HostGate;
import jiken.crawler.fetch.HostKey;
import jiken.crawler.fetch.RetryAfter;
import jiken.crawler.robots.RobotsCache;
import jiken.crawler.store.UrlNormalizer;

/**
 * Fetches one URL the polite way: robots.txt checked for the URL and for every redirect target,
 * the per-host gate held for each request with {@code max(delay_ms, Crawl-delay)}, redirects
 * followed here (at most {@code maxRedirects}, loops detected), and the final status classified
 * into a {@link PageFetch.Verdict}. Waiting (Retry-After, backoff) is the caller's business: it
 * reschedules in the frontier instead of blocking a worker. Thread-safe.
 */
final class PoliteFetcher {
  private final Fetcher fetcher;
  private final HostGate gate;
  private final RobotsCache robots;
  private final CrawlerConfig config;

  PoliteFetcher(Fetcher fetcher, HostGate gate, RobotsCache robots, CrawlerConfig config) {
    this.fetcher = fetcher;
    this.gate = gate;
    this.robots = robots;
    this.config = config;
  }

  PageFetch fetch(FetchRequest request, long delayMs) throws InterruptedException {
    URI current = request.url();
    Set<String> seen = new HashSet<>();
    seen.add(current.toString());
    for (int hop = 0; ; hop++) {
      BaseRobotRules rules = robots.rulesFor(current, delayMs);
      if (rules.isDeferVisits()) {
        return new PageFetch(PageFetch.Verdict.DEFERRED, null, config.robotsDeferFor(),
            "robots.txt unreachable for " + HostKey.of(current));
      }
      if (!rules.isAllowed(current.toString())) {
        return PageFetch.of(PageFetch.Verdict.ROBOTS_DENIED, null, "disallowed by robots.txt: " + current);
      }
      long delay = effectiveDelay(delayMs, rules);
      FetchResult r;
      // Validators belong to the first URL; a redirect target is fetched unconditionally.
      FetchRequest req = hop == 0 ? request : FetchRequest.get(current);
      try (HostGate.Permit p = gate.acquire(HostKey.of(current), delay)) {
        r = fetcher.fetch(req);
      }
      if (!r.isRedirect()) {
        return classify(r.startingAt(request.url()));
      }
      URI next = UrlNormalizer.resolve(current, r.header("location"));
      if (next == null) {
        return PageFetch.of(PageFetch.Verdict.FAILED, r, "bad redirect Location: " + r.header("location"));
      }
      if (!seen.add(next.toString())) {
        return PageFetch.of(PageFetch.Verdict.FAILED, r, "redirect loop at " + next);
      }
      if (hop >= config.maxRedirects()) {
        return PageFetch.of(PageFetch.Verdict.FAILED, r, "more than " + config.maxRedirects() + " redirects");
      }
      current = next;
    }
  }

  private long effectiveDelay(long delayMs, BaseRobotRules rules) {
    long crawlDelay = rules.getCrawlDelay();
    if (crawlDelay <= 0) {
      return delayMs;
    }
    return Math.max(delayMs, Math.min(crawlDelay, config.maxCrawlDelay().toMillis()));
  }

  private PageFetch classify(FetchResult r) {
    int s = r.status();
    if (s >= 200 && s < 300) {
      return r.tooLarge()
          ? PageFetch.of(PageFetch.Verdict.TOO_LARGE, r, "body larger than " + config.maxBodyBytes() + " bytes")
          : PageFetch.of(PageFetch.Verdict.OK, r, "ok");
    }
    if (s == 304) {
      return PageFetch.of(PageFetch.Verdict.NOT_MODIFIED, r, "not modified");
    }
    if (s == 404 || s == 410) {
      return PageFetch.of(PageFetch.Verdict.GONE, r, "HTTP " + s);
    }
    if (s == 429 || s == 503) {
      Duration wait = RetryAfter.parse(r.header("retry-after"), Instant.now());
      return new PageFetch(PageFetch.Verdict.RETRY, r, wait, "HTTP " + s
          + (wait == null ? "" : ", Retry-After " + wait.toSeconds() + " s"));
    }
    if (s == 0 || s >= 500) {
      return PageFetch.of(PageFetch.Verdict.RETRY, r, s == 0 ? r.error() : "HTTP " + s);
    }
    return PageFetch.of(PageFetch.Verdict.FAILED, r, "HTTP " + s);
  }
}
