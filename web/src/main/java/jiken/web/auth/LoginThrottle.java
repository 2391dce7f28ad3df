package jiken.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Login rate limiting: at most {@value #PER_ACCOUNT} failed attempts per account and
 * {@value #PER_IP} failed attempts per client address within {@link #WINDOW}. The address is the
 * TCP peer, never {@code X-Forwarded-For}, which any client can write. A successful login clears
 * its account's failures (not the address's). Memory is bounded: the oldest keys are dropped past
 * {@value #MAX_KEYS}. Thread-safe.
 */
public final class LoginThrottle {
  static final int PER_ACCOUNT = 5;
  static final int PER_IP = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
      return size() > MAX_KEYS;
    }
  };

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Seconds to wait before another attempt for this account from this address, or 0 when allowed. */
  public synchronized long retryAfterSeconds(String account, String ip) {
    return Math.max(wait("u:" + account, PER_ACCOUNT), wait("ip:" + ip, PER_IP));
  }

  public synchronized void failed(String account, String ip) {
    Instant now = clock.instant();
    failures.computeIfAbsent("u:" + account, k -> new ArrayDeque<>()).addLast(now);
    failures.computeIfAbsent("ip:" + ip, k -> new ArrayDeque<>()).addLast(now);
  }

  public synchronized void succeeded(String account) {
    failures.remove("u:" + account);
  }

  private long wait(String key, int limit) {
    Deque<Instant> q = failures.get(key);
    if (q == null) {
      return 0;
    }
    Instant horizon = clock.instant().minus(WINDOW);
    while (!q.isEmpty() && q.peekFirst().isBefore(horizon)) {
      q.pollFirst();
    }
    if (q.size() < limit) {
      return 0;
    }
    return Math.max(1, Duration.between(horizon, q.peekFirst()).toSeconds());
  }
}
