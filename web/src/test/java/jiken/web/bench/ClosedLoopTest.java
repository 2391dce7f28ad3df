package jiken.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosedLoopTest {
  @TempDir Path dir;

  @Test
  void every_client_cycles_the_queries_and_failures_are_counted_not_timed() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger calls = new AtomicInteger();
    ClosedLoop.Latency l = ClosedLoop.run("t", 3, 1, new String[] {"a", "b", "fail"}, q -> {
      calls.incrementAndGet();
      seen.add(q);
      Thread.sleep(2);
      if (q.equals("fail")) {
        throw new IllegalStateException("HTTP 500");
      }
    });
    assertThat(seen).containsExactlyInAnyOrder("a", "b", "fail");
    assertThat(l.errors()).isPositive();
    assertThat(l.requests() + l.errors()).isEqualTo(calls.get());
    assertThat(l.p50()).isGreaterThanOrEqualTo(2.0).isLessThanOrEqualTo(l.p99());
    assertThat(l.p99()).isLessThanOrEqualTo(l.max());
    assertThat(l.toString()).contains("ERRORS");
  }

  @Test
  void cpu_per_request_counts_the_work_the_requests_do() throws Exception {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    ClosedLoop.Latency l = ClosedLoop.run("busy", 2, 1, new String[] {"a"}, q -> {
      long until = threads.getCurrentThreadCpuTime() + 1_000_000; // one millisecond of CPU
      while (threads.getCurrentThreadCpuTime() < until) {
        Thread.onSpinWait();
      }
    });
    assertThat(l.requests()).isPositive();
    if (ClosedLoop.processCpuNanos() > 0) { // a JVM that reports process CPU
      assertThat(l.cpuPerRequest()).isGreaterThanOrEqualTo(0.9);
      assertThat(l.toString()).contains("ms/req");
    }
  }

  @Test
  void percentiles_index_the_sorted_times() {
    long[] ms = new long[100];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = (i + 1) * 1_000_000L;
    }
    assertThat(ClosedLoop.percentile(ms, 0.5)).isEqualTo(51.0);
    assertThat(ClosedLoop.percentile(ms, 0.99)).isEqualTo(100.0);
    assertThat(ClosedLoop.percentile(new long[0], 0.99)).isZero();
  }

  @Test
  void misuse_is_refused() {
    assertThatThrownBy(() -> ClosedLoop.run("t", 0, 1, new String[] {"a"}, q -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClosedLoop.run("t", 1, 1, new String[0], q -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void machine_line_names_cores_and_heap_and_reads_the_cpu_model_leniently() throws Exception {
    assertThat(Machine.describe()).contains(" cores").contains("max heap");
    Path info = dir.resolve("cpuinfo");
    Files.writeString(info, "processor\t: 0\nmodel name\t: Example  CPU | 9000\nflags\t: x\n", StandardCharsets.UTF_8);
    assertThat(Machine.cpuModel(info)).isEqualTo("Example CPU / 9000");
    assertThat(Machine.cpuModel(dir.resolve("absent"))).isEmpty();
  }
}
