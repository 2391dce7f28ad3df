package jiken.web.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop latency run: {@code clients} threads each send one request at a time, cycling
 * through {@code queries} from a different starting point, until {@code seconds} have passed. A
 * request that throws counts as an error (its time is not in the percentiles); the run never stops
 * early on one. Stateless; each {@link #run} uses its own threads.
 */
final class ClosedLoop {
  /** One request for {@code query}; throws if it failed (e.g. a status other than 200). */
  interface Work {
    void run(String query) throws Exception;
  }

  /**
   * The outcome of one run: latencies in milliseconds, and the CPU time the whole process used per
   * request (server and clients alike, so comparable between builds on one machine; on this shared
   * VM it moves less between identical runs than the p99 does).
   */
  record Latency(String label, long requests, long errors, double seconds, double p50, double p99, double max,
      double cpuPerRequest) {
    double perSecond() {
      return requests / seconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-22s %7d requests  %6.1f req/s  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  CPU %5.2f ms/req%s",
          label, requests, perSecond(), p50, p99, max, cpuPerRequest, errors == 0 ? "" : "  " + errors + " ERRORS");
    }
  }

  private ClosedLoop() {}

  /** CPU time of the whole process so far, or 0 where the JVM does not report it. */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
  }

  static Latency run(String label, int clients, int seconds, String[] queries, Work work) throws Exception {
    if (clients < 1 || seconds < 1 || queries.length == 0) {
      throw new IllegalArgumentException("clients and seconds must be positive and queries not empty");
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicLong errors = new AtomicLong();
    long cpuStart = processCpuNanos();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> futures = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> {
          long[] lat = new long[1 << 16];
          int n = 0;
          for (int i = client; System.nanoTime() < end; i++) {
            long t = System.nanoTime();
            try {
              work.run(queries[i % queries.length]);
            } catch (Exception e) {
              errors.incrementAndGet();
              continue;
            }
            if (n == lat.length) {
              lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - t;
          }
          return Arrays.copyOf(lat, n);
        }));
      }
      List<long[]> parts = new ArrayList<>();
      for (Future<long[]> f : futures) {
        parts.add(f.get());
      }
      long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      long requests = all.length + errors.get();
      double cpu = requests == 0 ? 0 : (processCpuNanos() - cpuStart) / 1e6 / requests;
      return new Latency(label, all.length, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6, cpu);
    } finally {
      pool.shutdownNow();
    }
  }

  static double percentile(long[] sortedNanos, double p) {
    return sortedNanos.length == 0 ? 0
        : sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(p * sortedNanos.length))] / 1e6;
  }
}
