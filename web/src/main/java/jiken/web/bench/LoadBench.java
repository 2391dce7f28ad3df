package jiken.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import jiken.indexer.Json;
import jiken.indexer.cli.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiken bench load --url URL}: a closed-loop load run against a {@code serve} in another
 * process. {@code --clients} threads each send one request at a time, for {@code --seconds}, drawn
 * from a fixed mix of reader routes (searches, case pages and their JSON, timelines, health). Case
 * ids come from {@code --id-format}/{@code --id-count} (uniform over the whole data set, which is
 * what makes case pages cold) or, without them, from a sample of search results. Prints requests,
 * errors and p50/p99/max latency per route; exits 1 if any request failed (status ≥ 400, timeout
 * or connection error), since the target is zero. Not thread-safe itself; run once per process.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Load a running serve with a mix of searches and case pages; report errors and p50/p99/max per route.")
public final class LoadBench implements Callable<Integer> {
  /** Queries in the synthetic corpora's vocabulary, with variant spellings and half-words as readers type them. */
  static final String[] WORDS = {"不正アクセス", "ランサムウェア", "ランサムウエア", "誤送信", "紛失", "漏えい", "漏洩", "サーバー", "委託先",
    "個人情報", "アサヒ", "ミナミ物流", "医療法人", "学校法人", "フィッシング", "Emotet", "クラウド 設定不備", "USBメモリー", "ホールディングス", ""};
  static final String[] TYPES = {"unauthorized_access", "ransomware", "misdelivery", "loss_theft", "phishing", "malware"};

  /** The routes of the mix and their weights (per cent). */
  enum Route {
    API_SEARCH("GET /api/search", 35), SEARCH("GET /search", 15), CASE("GET /cases/{id}", 20),
    API_CASE("GET /api/cases/{id}", 12), TIMELINE("GET /api/cases/{id}/timeline", 13), HEALTH("GET /healthz", 5);

    final String label;
    final int weight;

    Route(String label, int weight) {
      this.label = label;
      this.weight = weight;
    }
  }

  @Option(names = "--url", required = true, description = "Base URL of the running serve, e.g. http://127.0.0.1:7070.") String url;
  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).") int clients;
  @Option(names = "--seconds", defaultValue = "60", description = "Measured duration (default: ${DEFAULT-VALUE}).") int seconds;
  @Option(names = "--warmup", defaultValue = "0", description = "Seconds of the same load before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;
  @Option(names = "--timeout-ms", defaultValue = "15000", description = "Per-request timeout (default: ${DEFAULT-VALUE}).") int timeoutMs;
  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed;
  @Option(names = "--id-format", description = "Case id pattern with one %%d, e.g. bench-%%d (with --id-count).") String idFormat;
  @Option(names = "--id-count", defaultValue = "0", description = "Ids 1..N for --id-format.") int idCount;

  /** Latencies and failures of one client; merged after the run. */
  private static final class Tally {
    final Map<Route, long[]> nanos = new java.util.EnumMap<>(Route.class);
    final Map<Route, Integer> counts = new java.util.EnumMap<>(Route.class);
    final Map<Route, Integer> errors = new java.util.EnumMap<>(Route.class);
    final Map<String, Integer> failures = new TreeMap<>();

    void add(Route r, long ns, String failure) {
      int n = counts.merge(r, 1, Integer::sum);
      long[] a = nanos.computeIfAbsent(r, k -> new long[1024]);
      if (n > a.length) {
        a = Arrays.copyOf(a, a.length * 2);
        nanos.put(r, a);
      }
      a[n - 1] = ns;
      if (failure != null) {
        errors.merge(r, 1, Integer::sum);
        failures.merge(r.label + " → " + failure, 1, Integer::sum);
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds < 1) {
      throw new IllegalArgumentException("--clients and --seconds must be positive");
    }
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    PrintStream out = Console.out();
    List<String> sample = idFormat == null ? sampleIds(http, base) : List.of();
    if (idFormat == null && sample.isEmpty()) {
      throw new IllegalStateException("no case ids: the index is empty, or give --id-format and --id-count");
    }
    if (warmup > 0) {
      run(http, base, sample, warmup, seed + 1);
    }
    long start = System.nanoTime();
    List<Tally> tallies = run(http, base, sample, seconds, seed);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return report(out, tallies, elapsed);
  }

  private List<Tally> run(HttpClient http, String base, List<String> sample, int forSeconds, long runSeed)
      throws InterruptedException {
    long deadline = System.nanoTime() + forSeconds * 1_000_000_000L;
    List<Tally> tallies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Tally t = new Tally();
      tallies.add(t);
      Random r = new Random(runSeed * 1_000 + i);
      Thread th = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          Route route = pick(r);
          String target = target(route, r, sample);
          long t0 = System.nanoTime();
          String failure = fetch(http, base + target);
          t.add(route, System.nanoTime() - t0, failure);
        }
      }, "load-" + i);
      th.start();
      threads.add(th);
    }
    for (Thread th : threads) {
      th.join();
    }
    return tallies;
  }

  /** {@code null} for a 2xx/3xx answer, else what went wrong. */
  private String fetch(HttpClient http, String uri) {
    try {
      HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(uri))
          .timeout(Duration.ofMillis(timeoutMs)).build(), HttpResponse.BodyHandlers.ofByteArray());
      return res.statusCode() < 400 ? null : "status " + res.statusCode();
    } catch (HttpTimeoutException e) {
      return "timeout";
    } catch (IOException e) {
      return "connection: " + e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  static Route pick(Random r) {
    int x = r.nextInt(100);
    for (Route route : Route.values()) {
      x -= route.weight;
      if (x < 0) {
        return route;
      }
    }
    return Route.HEALTH;
  }

  String target(Route route, Random r, List<String> sample) {
    return switch (route) {
      case API_SEARCH -> "/api/search?" + searchQuery(r);
      case SEARCH -> "/search?" + searchQuery(r);
      case CASE -> "/cases/" + id(r, sample);
      case API_CASE -> "/api/cases/" + id(r, sample);
      case TIMELINE -> "/api/cases/" + id(r, sample) + "/timeline";
      case HEALTH -> "/healthz";
    };
  }

  /** A query as readers send them: words, sometimes a type or year filter, newest-first or a later page. */
  static String searchQuery(Random r) {
    StringBuilder q = new StringBuilder("q=").append(enc(WORDS[r.nextInt(WORDS.length)]));
    switch (r.nextInt(6)) {
      case 0 -> q.append("&type=").append(TYPES[r.nextInt(TYPES.length)]);
      case 1 -> q.append("&year=").append(2015 + r.nextInt(12));
      case 2 -> q.append("&sort=newest");
      case 3 -> q.append("&page=").append(2 + r.nextInt(5));
      default -> { }
    }
    return q.toString();
  }

  private String id(Random r, List<String> sample) {
    String id = idFormat != null ? String.format(Locale.ROOT, idFormat, 1 + r.nextInt(Math.max(1, idCount)))
        : sample.get(r.nextInt(sample.size()));
    return enc(id);
  }

  /** Up to a few thousand case ids from search result pages (page × size is capped at 10,000). */
  private static List<String> sampleIds(HttpClient http, String base) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    for (String q : new String[] {"", "sort=newest", "q=" + enc("不正アクセス"), "q=" + enc("紛失"), "q=" + enc("ランサムウェア")}) {
      for (int page = 1; page <= 100; page += 11) {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?" + q
            + "&size=100&facets=false&page=" + page)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (res.statusCode() != 200) {
          break;
        }
        JsonNode hits = Json.MAPPER.readTree(res.body()).path("hits");
        hits.forEach(h -> ids.add(h.path("id").asText()));
        if (hits.size() < 100) {
          break;
        }
      }
    }
    return ids.stream().distinct().toList();
  }

  private int report(PrintStream out, List<Tally> tallies, double elapsed) {
    Map<Route, long[]> all = new LinkedHashMap<>();
    int total = 0;
    int errors = 0;
    Map<String, Integer> failures = new TreeMap<>();
    out.printf(Locale.ROOT, "| route | requests | errors | p50 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n");
    List<Long> everything = new ArrayList<>();
    for (Route r : Route.values()) {
      int n = 0;
      int e = 0;
      for (Tally t : tallies) {
        n += t.counts.getOrDefault(r, 0);
        e += t.errors.getOrDefault(r, 0);
      }
      long[] ns = new long[n];
      int at = 0;
      for (Tally t : tallies) {
        int c = t.counts.getOrDefault(r, 0);
        if (c > 0) {
          System.arraycopy(t.nanos.get(r), 0, ns, at, c);
          at += c;
        }
      }
      Arrays.sort(ns);
      all.put(r, ns);
      for (long v : ns) {
        everything.add(v);
      }
      total += n;
      errors += e;
      out.printf(Locale.ROOT, "| `%s` | %,d | %d | %.1f | %.1f | %.1f |%n", r.label, n, e, pct(ns, 50), pct(ns, 99),
          ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6);
    }
    for (Tally t : tallies) {
      t.failures.forEach((k, v) -> failures.merge(k, v, Integer::sum));
    }
    long[] sorted = everything.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf(Locale.ROOT, "| **all** | **%,d (%.0f/s)** | **%d** | **%.1f** | **%.1f** | **%.1f** |%n", total, total / elapsed,
        errors, pct(sorted, 50), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    out.printf(Locale.ROOT, "%d clients, %.1f s measured%n", clients, elapsed);
    failures.forEach((k, v) -> out.printf(Locale.ROOT, "failure: %s ×%d%n", k, v));
    return errors == 0 ? 0 : 1;
  }

  /** Nearest-rank percentile in milliseconds. */
  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
