package jiken.crawler.fetch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: at most one request in flight per {@code host:port}, and at least the
 * requested delay between the end of one request and the start of the next. Different hosts
 * proceed in parallel. Thread-safe.
 *
 * <p>Usage: {@code try (HostGate.Permit p = gate.acquire(key, delayMs)) { fetch }}.
 */
public final class HostGate {
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long nextAllowedNanos = System.nanoTime();
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
      slot.nextAllowedNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs);
      slot.lock.unlock();
    }
  }

  /** Blocks until {@code hostKey} is free and its delay has passed. */
  public Permit acquire(String hostKey, long delayMs) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(hostKey, k -> new Slot());
    slot.lock.lockInterruptibly();
    try {
      long wait;
      while ((wait = slot.nextAllowedNanos - System.nanoTime()) > 0) {
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
