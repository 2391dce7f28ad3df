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
import jiken.crawler.store.RobotsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per {@code scheme://host:port}, cached in memory and (optionally) in SQLite so that
 * later runs within the TTL do not ask again. Matching is {@link RobotsRules} (RFC 9309);
 * crawler-commons contributes Crawl-delay and the failure mapping.
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
  /** Status recorded for "unreachable" (5xx, 429, network error): the host is deferred. */
  private static final int UNREACHABLE = 503;

  private final Fetcher fetcher;
  private final HostGate gate;
  private final List<String> agentNames;
  private final Duration ttl;
  private final Duration deferFor;
  private final Clock clock;
  private final RobotsStore store;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private record Entry(BaseRobotRules rules, Instant expires) {}

  /** The outcome of fetching robots.txt: a status (2xx, 4xx or {@link #UNREACHABLE}) and a body. */
  private record Response(int status, byte[] body) {}

  /** A cache without persistence. */
  public RobotsCache(Fetcher fetcher, HostGate gate, String agentName, Duration ttl,
      Duration deferFor, Clock clock) {
    this(fetcher, gate, agentName, ttl, deferFor, clock, null);
  }

  /**
   * @param agentName the product token matched against {@code User-agent:} lines (e.g. "jiken")
   * @param store where responses persist across runs, or {@code null}
   */
  public RobotsCache(Fetcher fetcher, HostGate gate, String agentName, Duration ttl,
      Duration deferFor, Clock clock, RobotsStore store) {
    this.fetcher = fetcher;
    this.gate = gate;
    this.agentNames = List.of(agentName);
    this.ttl = ttl;
    this.deferFor = deferFor;
    this.clock = clock;
    this.store = store;
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
        e = load(key, url, delayMs);
        cache.put(key, e);
      }
      return e.rules();
    }
  }

  private Entry load(String key, URI url, long delayMs) throws InterruptedException {
    long now = clock.millis();
    RobotsStore.Stored stored = store == null ? null : store.get(key, now);
    if (stored != null) {
      return new Entry(toRules(key, new Response(stored.status(), stored.body())),
          Instant.ofEpochMilli(stored.expiresAt()));
    }
    Response r = fetch(url, delayMs);
    Instant expires = clock.instant().plus(r.status() == UNREACHABLE ? deferFor : ttl);
    if (store != null) {
      try {
        store.put(key, new RobotsStore.Stored(r.status(), r.body(), now, expires.toEpochMilli()));
      } catch (RuntimeException ex) {
        LOG.warn("cannot persist robots.txt of {}: {}", key, ex.toString());
      }
    }
    return new Entry(toRules(key, r), expires);
  }

  private BaseRobotRules toRules(String origin, Response r) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    if (r.status() >= 200 && r.status() < 300) {
      BaseRobotRules parsed = parser.parseContent(origin + "/robots.txt", r.body(), "text/plain", agentNames);
      return RobotsRules.fromContent(r.body(), agentNames, parsed);
    }
    if (r.status() == UNREACHABLE) {
      BaseRobotRules rules = parser.failedFetch(UNREACHABLE);
      rules.setDeferVisits(true);
      return rules;
    }
    return parser.failedFetch(r.status());
  }

  private Response fetch(URI pageUrl, long delayMs) throws InterruptedException {
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
          return new Response(404, new byte[0]);
        }
      }
      if (r.status() >= 200 && r.status() < 300) {
        return new Response(r.status(), r.body());
      }
      if (r.status() == 429 || r.status() >= 500 || r.status() == 0) {
        LOG.warn("robots.txt for {} returned {}; deferring host for {}", target,
            r.status() == 0 ? r.error() : r.status(), deferFor);
        return new Response(UNREACHABLE, new byte[0]);
      }
      return new Response(r.status() >= 400 ? r.status() : 404, new byte[0]);
    }
    LOG.info("robots.txt for {}: more than {} redirects, treating as unavailable", pageUrl, MAX_REDIRECTS);
    return new Response(404, new byte[0]);
  }
}
