package jiken.web.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import jiken.crawler.cli.DataDirOption;
import jiken.indexer.cli.Console;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.App;
import jiken.web.WebContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jiken bench search}: N clients search a data directory for S seconds, first in-process
 * ({@code CaseSearcher}), then over HTTP against the app started on a random loopback port, and
 * prints p50/p99 latency, throughput, index size and heap in use. Queries mix words, spelling
 * variants, kana names, facets, filters and sorts (the same mix in both runs). {@code --rounds}
 * repeats both runs in one JVM (the first is partly JIT warm-up); {@code --per-query} first prints
 * each query's single-thread latency. The searcher keeps the total and facets of recent text
 * searches per reader, so after the first minute this fixed mix mostly measures that cache;
 * {@code --cold} switches it off (browse counts are still kept, as in production).
 * {@code -Djiken.search.combined=false} scores words field by field, as before the combined
 * fields, on the same index.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Measure search latency in-process and over HTTP.")
final class SearchBench implements Callable<Integer> {
  static final String[] QUERIES = {"q=不正アクセス", "q=漏えい", "q=漏洩&sort=newest", "q=ランサムウエア", "q=ﾗﾝｻﾑｳｪｱ",
    "q=サーバー", "q=メール誤送信", "q=USBメモリ 紛失", "q=みどり", "q=あさひ", "q=kaede", "q=Emotet", "q=委託先 流出",
    "type=ransomware", "year=2021", "q=不正アクセス&min_count=10000", "sort=largest", "", "q=青葉 電機",
    "q=フィッシング&from=2020-01-01&to=2022-12-31", "q=クラウド 設定不備", "q=個人情報&page=3", "q=株式会社ツバサ"};

  @Mixin DataDirOption data;
  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).") int clients;
  @Option(names = "--seconds", defaultValue = "30", description = "Seconds per run (default: ${DEFAULT-VALUE}).") int seconds;
  @Option(names = "--per-query", description = "First time each query alone (one thread, in-process): where the cost is.")
  boolean perQuery;
  @Option(names = "--rounds", defaultValue = "1", description = "Repeat the in-process and HTTP runs (default: ${DEFAULT-VALUE}).")
  int rounds;
  @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up before the first in-process and the"
      + " first HTTP run (default: ${DEFAULT-VALUE}; at 1,000,000 cases the JIT compiles for about a minute: 60 for steady state).")
  int warmupSeconds;
  // At 1,000,000 cases the CPU per request of five consecutive 15 s runs was 13.9, 7.1, 6.6, 5.2 and
  // 5.2 ms: a figure taken in the first minute measures the compiler as much as the search.
  @Option(names = "--cold", description = "Switch off the per-reader cache of text-search counts (each text search counted afresh).")
  boolean cold;

  /** What {@link #measure} found: the two runs of its last round. */
  record Figures(ClosedLoop.Latency inProcess, ClosedLoop.Latency http) {}

  @Override
  public Integer call() throws Exception {
    if (rounds < 1 || clients < 1 || seconds < 1 || warmupSeconds < 1) {
      throw new IllegalArgumentException("--rounds, --clients, --seconds and --warmup must be positive");
    }
    measure(Console.out(), data.dataDir(), clients, seconds, warmupSeconds, rounds, cold, perQuery);
    return 0;
  }

  /**
   * Opens the data directory as {@code serve} would, runs a warm-up, then {@code rounds} times
   * {@code clients} concurrent clients for {@code seconds} in-process and over HTTP (the app on a
   * random loopback port), printing each run. With {@code cold}, the per-reader cache of text-search
   * counts is off, so every text search is counted afresh (set before the searcher is made).
   */
  static Figures measure(PrintStream out, Path dataDir, int clients, int seconds, int warmup, int rounds, boolean cold,
      boolean perQuery)
      throws Exception {
    String before = System.getProperty("jiken.search.cache");
    if (cold) {
      System.setProperty("jiken.search.cache", "0"); // read when WebContext creates the searcher
    }
    try (WebContext web = new WebContext(dataDir, false)) {
      web.setReady(true, "bench");
      long cases = web.searcher().search(SearchRequest.query("")).total();
      String size = megabytes(dataDir.resolve("index"));
      out.printf(Locale.ROOT,
          "cases: %d, index: %s, clients: %d, %d s per run, %d cores, max heap %d MB, text cache %s, combined-field scoring %s%n",
          cases, size, clients, seconds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
          cold ? "off" : "on", "false".equals(System.getProperty("jiken.search.combined")) ? "off" : "on (if indexed)");
      ClosedLoop.Work local = q -> web.search(Requests.parse(q));
      out.println(ClosedLoop.run("warm-up (in-process)", clients, warmup, QUERIES, local));
      if (perQuery) {
        perQuery(out, web);
      }
      ClosedLoop.Latency inProcess = null;
      ClosedLoop.Latency http = null;
      Javalin app = App.create(web).start("127.0.0.1", 0);
      ExecutorService httpPool = Executors.newFixedThreadPool(clients);
      try {
        HttpClient client = HttpClient.newBuilder().executor(httpPool).build();
        String base = "http://127.0.0.1:" + app.port() + "/api/search?";
        ClosedLoop.Work get = q -> {
          HttpResponse<byte[]> res = client.send(HttpRequest.newBuilder(URI.create(base + encode(q))).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          if (res.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + res.statusCode() + " for " + q);
          }
        };
        for (int round = 1; round <= rounds; round++) {
          inProcess = ClosedLoop.run("in-process", clients, seconds, QUERIES, local);
          out.println(inProcess);
          if (round == 1) {
            out.println(ClosedLoop.run("warm-up (HTTP)", clients, warmup, QUERIES, get));
          }
          http = ClosedLoop.run("HTTP", clients, seconds, QUERIES, get);
          out.println(http);
        }
      } finally {
        app.stop();
        httpPool.shutdown();
      }
      System.gc();
      var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      out.printf(Locale.ROOT, "heap after GC: %d MB used of %d MB committed (max %d MB)%n", heap.getUsed() >> 20,
          heap.getCommitted() >> 20, heap.getMax() >> 20);
      return new Figures(inProcess, http);
    } finally {
      if (before == null) {
        System.clearProperty("jiken.search.cache");
      } else {
        System.setProperty("jiken.search.cache", before);
      }
    }
  }

  /**
   * Mean and median single-thread latency of each query, and its mean CPU time on this thread: on a
   * machine other processes load, the wall-clock figures move with them, the CPU time much less.
   */
  private static void perQuery(PrintStream out, WebContext web) {
    var threads = ManagementFactory.getThreadMXBean();
    double cpuSum = 0;
    for (String q : QUERIES) {
      long[] t = new long[40];
      long cpu = 0;
      SearchResult r = null;
      for (int i = 0; i < t.length; i++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        r = web.search(Requests.parse(q));
        t[i] = System.nanoTime() - start;
        cpu += threads.getCurrentThreadCpuTime() - cpuStart;
      }
      Arrays.sort(t);
      cpuSum += cpu / 1e6 / t.length;
      out.printf(Locale.ROOT, "  %-45s %8d%s hits  mean %6.2f ms  p50 %6.2f ms  CPU %6.2f ms%n",
          q.isEmpty() ? "(empty)" : q, r.total(), r.totalExact() ? " " : "~",
          Arrays.stream(t).average().orElse(0) / 1e6, ClosedLoop.percentile(t, 0.5), cpu / 1e6 / t.length);
    }
    out.printf(Locale.ROOT, "  %-45s %40s CPU %6.2f ms%n", "sum of the means", "", cpuSum);
  }

  private static String encode(String query) {
    StringBuilder b = new StringBuilder();
    for (String kv : query.split("&")) {
      if (kv.isEmpty()) {
        continue;
      }
      int eq = kv.indexOf('=');
      b.append(b.length() == 0 ? "" : "&").append(kv, 0, eq + 1)
          .append(URLEncoder.encode(kv.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  static String megabytes(Path dir) {
    if (!Files.isDirectory(dir)) {
      return "absent";
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
