package jiken.crawler;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads named {@code prefix-N}, so crawl workers are readable in thread dumps and logs
 * and never keep the JVM alive after {@code main} returns (crawl workers, the index run's pools).
 * Thread-safe.
 */
public final class NamedThreads implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger n = new AtomicInteger();

  public NamedThreads(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable r) {
    Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
    t.setDaemon(true);
    return t;
  }
}
