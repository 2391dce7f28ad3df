package jiken.crawler.fetch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: at most one request in flight per {@code host:port}, and between the end
 * of one request and the start of the next at least the larger of the two requests' delays. Different hosts
 * proceed in parallel. Thread-safe.
 *
 * <p>Usage: {@code try (HostGate.Permit p = gate.acquire(key, delayMs)) { fetch }}.
 */
public final class HostGate {
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long nextAllowedNanos = System.nanoTime();
    /** End of the last request; with {@code delay} of the next one it bounds the next start too. */
    long lastEndNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
  }

  /** Held while a request to one host is in flight; closing it starts the host's delay. */
  public final class Permit implements AutoCloseable {
    private final Slot slot;
    private final long delayMs;

    private Permit(Slot slot, long delayMs) {
      this.slot = slot;
      this.delayMs = delayMs;
    }

    @Override
    public void close() {
      long now = System.nanoTime();
      slot.lastEndNanos = now;
      long next = now + TimeUnit.MILLISECONDS.toNanos(delayMs);
      if (next - slot.nextAllowedNanos > 0) {
        slot.nextAllowedNanos = next;
      }
      slot.lock.unlock();
    }
  }

  /** Blocks until {@code hostKey} is free and its delay has passed. */
  public Permit acquire(String hostKey, long delayMs) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(hostKey, k -> new Slot());
    slot.lock.lockInterruptibly();
    try {
      long wait;
      // The larger of the two delays applies: the previous request's, and this one's (a
      // Crawl-delay learnt from robots.txt must also separate the robots.txt request from the next).
      long notBefore = Math.max(slot.nextAllowedNanos - slot.lastEndNanos,
          TimeUnit.MILLISECONDS.toNanos(delayMs)) + slot.lastEndNanos;
      while ((wait = notBefore - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      slot.lock.unlock();
      throw e;
    }
    return new Permit(slot, delayMs);
  }

  /** Pushes the host's next allowed request time to at least {@code millis} from now. */
  public void backOff(String hostKey, long millis) {
    Slot slot = slots.computeIfAbsent(hostKey, k -> new Slot());
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    slot.lock.lock();
    try {
      if (until - slot.nextAllowedNanos > 0) {
        slot.nextAllowedNanos = until;
      }
    } finally {
      slot.lock.unlock();
    }
  }
}
