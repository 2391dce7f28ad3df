package jiken.web.limits;

import io.javalin.http.ServiceUnavailableResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most {@code permits} searches run at once (by default one per core) and queues the rest
 * first come, first served. A search is CPU-bound: with more running than cores, each is time-sliced
 * against the others and a heavy one takes several times its own CPU time to finish, which is what
 * a latency tail is made of; queued in order, a request waits for the ones ahead of it and then runs
 * at full speed, so the tail shrinks while the throughput stays (8 clients on the 1M-case index,
 * in-process: p99 107.5 → 61.5 ms). A request that cannot start within {@code maxWait} gets a 503
 * (busy, retry) rather than piling up.
 *
 * <p>A search the caller knows to be cheap (answered from the searcher's kept counts and hits: about
 * a millisecond) may take the one permit of a fast lane instead of queueing behind full searches of
 * up to tens of milliseconds each; when that permit is taken it queues like any other. Thread-safe.
 */
public final class SearchGate {
  private final Semaphore permits;
  /** The fast lane: one cheap search at a time beside the full ones. */
  private final Semaphore cheap = new Semaphore(1);
  private final long maxWaitMillis;

  public SearchGate(int permits, long maxWaitMillis) {
    if (permits < 1 || maxWaitMillis < 0) {
      throw new IllegalArgumentException("permits must be positive and the wait not negative");
    }
    this.permits = new Semaphore(permits, true);
    this.maxWaitMillis = maxWaitMillis;
  }

  /**
   * One permit per core, or the system property {@code jiken.search.concurrency} when set to a
   * positive number; a request waits at most 30 s.
   */
  public static SearchGate forThisMachine() {
    int n = Integer.getInteger("jiken.search.concurrency", Runtime.getRuntime().availableProcessors());
    return new SearchGate(Math.max(1, n), 30_000);
  }

  /** Runs {@code search} when a permit is free; throws a 503 answer when none frees up in time. */
  public <T> T run(Supplier<T> search) {
    return run(search, false);
  }

  /**
   * As {@link #run(Supplier)}; a search the caller declares {@code cheap} runs at once in the fast
   * lane when that is free.
   */
  public <T> T run(Supplier<T> search, boolean isCheap) {
    if (isCheap && cheap.tryAcquire()) {
      try {
        return search.get();
      } finally {
        cheap.release();
      }
    }
    boolean acquired;
    try {
      acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableResponse("search interrupted, retry");
    }
    if (!acquired) {
      throw new ServiceUnavailableResponse("search is busy, retry shortly");
    }
    try {
      return search.get();
    } finally {
      permits.release();
    }
  }

  /** Searches waiting for a permit now (an estimate, for status pages and tests). */
  public int waiting() {
    return permits.getQueueLength();
  }
}
