package jiken.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jiken.crawler.fetch.FetchRequest;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.fetch.Fetcher;
import jiken.crawler.fetch.HostGate;
import jiken.crawler.fetch.HostKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per {@code scheme://host:port}, parsed by crawler-commons per RFC 9309 and cached.
 *
 * <p>Status mapping (RFC 9309 §2.3.1): 2xx → parse; 4xx (except 429) → "unavailable", allow all;
 * 5xx, 429 and network failures → "unreachable", defer the host ({@link
 * BaseRobotRules#isDeferVisits()}) and ask again after {@code deferFor}. Up to five redirects are
 * followed (§2.3.1.2); more means unavailable. Every robots.txt request goes through the {@link
 * HostGate} like any other request. Thread-safe; one fetch per host at a time.
 */
public final class RobotsCache {
  private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
  private static final int MAX_REDIRECTS = 5;

  private final Fetcher fetcher;
  private final HostGate gate;
  private final List<String> agentNames;
  private final Duration ttl;
  private final Duration deferFor;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private record Entry(BaseRobotRules rules, Instant expires) {}

  /**
   * @param agentName the product token matched against {@code User-agent:} lines (e.g. "jiken")
   */
  public RobotsCache(Fetcher fetcher, HostGate gate, String agentName, Duration ttl,
      Duration deferFor, Clock clock) {
    this.fetcher = fetcher;
    this.gate = gate;
    this.agentNames = List.of(agentName);
    this.ttl = ttl;
    this.deferFor = deferFor;
    this.clock = clock;
  }

  /** The rules that apply to {@code url}, fetching robots.txt when not cached or expired. */
  public BaseRobotRules rulesFor(URI url, long delayMs) throws InterruptedException {
    String key = url.getScheme() + "://" + HostKey.of(url);
    Entry e = cache.get(key);
    if (e != null && e.expires().isAfter(clock.instant())) {
      return e.rules();
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      e = cache.get(key);
      if (e == null || !e.expires().isAfter(clock.instant())) {
        BaseRobotRules rules = fetchRules(url, delayMs);
        e = new Entry(rules, clock.instant().plus(rules.isDeferVisits() ? deferFor : ttl));
        cache.put(key, e);
      }
      return e.rules();
    }
  }

  private BaseRobotRules fetchRules(URI pageUrl, long delayMs) throws InterruptedException {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI target = pageUrl.resolve("/robots.txt");
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      FetchResult r;
      try (HostGate.Permit p = gate.acquire(HostKey.of(target), delayMs)) {
        r = fetcher.fetch(FetchRequest.get(target));
      }
      if (r.isRedirect()) {
        try {
          target = target.resolve(r.header("location").trim());
          continue;
        } catch (IllegalArgumentException bad) {
          return parser.failedFetch(404);
        }
      }
      if (r.status() >= 200 && r.status() < 300) {
        return parser.parseContent(target.toString(), r.body(), r.contentType(), agentNames);
      }
      if (r.status() == 429 || r.status() >= 500 || r.status() == 0) {
        LOG.warn("robots.txt for {} returned {}; deferring host for {}", target,
            r.status() == 0 ? r.error() : r.status(), deferFor);
        BaseRobotRules rules = parser.failedFetch(503);
        rules.setDeferVisits(true);
        return rules;
      }
      return parser.failedFetch(r.status() >= 400 ? r.status() : 404);
    }
    LOG.info("robots.txt for {}: more than {} redirects, treating as unavailable", pageUrl, MAX_REDIRECTS);
    return parser.failedFetch(404);
  }
}
