package jiken.indexer;

import java.util.Locale;

/**
 * Progress of a long run ({@code import}, {@code index}, {@code reindex}, {@code bench}): logs a
 * line with the count, the rate and, when the total is known, the percentage and an ETA, at most
 * every {@value #EVERY_MILLIS} ms. Not thread-safe: one thread advances it.
 */
public final class Progress {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Progress.class);
  static final long EVERY_MILLIS = 5_000;

  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private long lastLog = started;

  /** {@code total} is the expected count, or a negative number when unknown. */
  public Progress(String what, long total) {
    this.what = what;
    this.total = total;
  }

  public void advance(long n) {
    done += n;
    long now = System.nanoTime();
    if ((now - lastLog) / 1_000_000 >= EVERY_MILLIS) {
      lastLog = now;
      LOG.info(line(now));
    }
  }

  public long done() {
    return done;
  }

  /** Seconds since the start. */
  public double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  String line(long now) {
    double secs = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / secs;
    if (total <= 0) {
      return String.format(Locale.ROOT, "%s: %,d in %.0f s (%,.0f/s)", what, done, secs, rate);
    }
    long left = Math.max(0, total - done);
    return String.format(Locale.ROOT, "%s: %,d of %,d (%.0f%%) in %.0f s, %,.0f/s, ETA %s", what, done, total,
        100.0 * done / total, secs, rate, rate > 0 ? duration(left / rate) : "?");
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + " s";
  }

  /** CPU time of the whole JVM so far (every thread, GC and JIT included), or 0 where the platform does not say. */
  public static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
