package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jiken.web.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test, excluded from the default run (tag {@code load}): a child JVM runs
 * {@code jiken serve} on loopback over {@link LoadCorpus} (20,000 articles by default), and
 * {@value #CLIENTS} client threads send a mix of searches, case pages, suggestions and exports for
 * {@value #SECONDS} s. Run it with
 * {@code flock /tmp/jiken-mvn.lock mvn -B -o test -pl web -am -Dtest=LoadTest -DexcludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. It asserts only that nothing failed (no 5xx, no
 * timeout, no connection error); the figures it prints go to RELIABILITY.md.
 */
@Tag("load")
class LoadTest {
  static final int CLIENTS = 8;
  static final int SECONDS = 25;
  static final int ARTICLES = Integer.parseInt(System.getenv().getOrDefault("JIKEN_LOAD_ARTICLES", "20000"));
  static final String[] WORDS = {"不正アクセス", "ランサムウェア", "誤送信", "紛失", "個人情報", "架空商事", "みどり", "病院", "銀行 漏えい",
    "USBメモリ", "流出", "サーバー", "委員会", "北斗電装", "学園", "市役所 メール", ""};

  @Test
  void serve_holds_a_mixed_load_without_errors() throws Exception {
    Path dir = Path.of("target", "load-data-" + ARTICLES);
    long t0 = System.nanoTime();
    LoadCorpus.build(dir, ARTICLES, 5);
    List<String> ids = LoadCorpus.caseIds(dir);
    System.out.printf(Locale.ROOT, "load: corpus %d articles, %d cases (ready in %.1f s)%n", ARTICLES, ids.size(),
        (System.nanoTime() - t0) / 1e9);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process serve = KillReindexTest.ProcessChild.jvm("serve", "--host", "127.0.0.1", "--port", Integer.toString(port),
        "--data-dir", dir.toString());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base = "http://127.0.0.1:" + port;
    try {
      waitReady(http, base);
      for (String single : new String[] {"/api/timeline?q=&limit=1000", "/api/search.csv?q=&limit=1000",
          "/feeds/cases.atom?q=" + enc("不正アクセス") + "&limit=1000", "/timeline?q=", "/stats", "/",
          "/api/search?q=&size=100&page=100", "/api/cases/" + ids.get(0) + "/stix"}) {
        long start = System.nanoTime();
        HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(base + single)).timeout(Duration.ofSeconds(60))
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf(Locale.ROOT, "load: single %-60s %d %,9d bytes %6.0f ms%n", single, res.statusCode(),
            res.body().length, (System.nanoTime() - start) / 1e6);
        assertThat(res.statusCode()).as(single).isLessThan(500);
      }
      run(http, base, ids);
    } finally {
      serve.destroy();
      if (!serve.waitFor(10, TimeUnit.SECONDS)) {
        serve.destroyForcibly().waitFor();
      }
    }
  }

  private void run(HttpClient http, String base, List<String> ids) throws Exception {
    Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    List<String> errors = new CopyOnWriteArrayList<>();
    AtomicInteger non200 = new AtomicInteger();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Random r = new Random(1000 + c);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          String[] req = pick(r, ids);
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(base + req[1]))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long us = (System.nanoTime() - start) / 1000;
            micros.computeIfAbsent(req[0], k -> Collections.synchronizedList(new ArrayList<>())).add(us);
            if (res.statusCode() >= 500) {
              errors.add(res.statusCode() + " " + req[1]);
            } else if (res.statusCode() != 200) {
              non200.incrementAndGet();
            }
          } catch (Exception e) {
            errors.add(e.getClass().getSimpleName() + " " + req[1]);
          }
        }
      }, "load-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    List<Long> all = new ArrayList<>();
    StringBuilder table = new StringBuilder("load: | route | requests | p50 ms | p99 ms | max ms |\n");
    for (Map.Entry<String, List<Long>> e : new TreeMap<>(micros).entrySet()) {
      List<Long> l = new ArrayList<>(e.getValue());
      all.addAll(l);
      table.append(row(e.getKey(), l));
    }
    table.append(row("all", all));
    System.out.print(table);
    System.out.printf(Locale.ROOT, "load: %d clients, %d s: %d requests (%.0f/s), %d errors, %d non-200 (404 for merged ids)%n",
        CLIENTS, SECONDS, all.size(), all.size() / (double) SECONDS, errors.size(), non200.get());
    assertThat(errors).as("5xx, timeouts and connection errors").isEmpty();
  }

  private static String row(String name, List<Long> l) {
    Collections.sort(l);
    return String.format(Locale.ROOT, "load: | %s | %d | %.1f | %.1f | %.1f |%n", name, l.size(), pct(l, 0.50) / 1000.0,
        pct(l, 0.99) / 1000.0, l.isEmpty() ? 0 : l.get(l.size() - 1) / 1000.0);
  }

  private static long pct(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  /** {route name, target}: 40% API search, 15% search page, 20% case page, 5% case API, 10% suggest, 10% exports. */
  private static String[] pick(Random r, List<String> ids) {
    int roll = r.nextInt(100);
    String w = enc(WORDS[r.nextInt(WORDS.length)]);
    String id = ids.get(r.nextInt(ids.size()));
    if (roll < 40) {
      String filter = switch (r.nextInt(4)) {
        case 0 -> "&year=" + (2015 + r.nextInt(11));
        case 1 -> "&type=ransomware";
        case 2 -> "&sort=newest&page=" + (1 + r.nextInt(20));
        default -> "";
      };
      return new String[] {"GET /api/search", "/api/search?q=" + w + filter};
    }
    if (roll < 55) {
      return new String[] {"GET /search", "/search?q=" + w};
    }
    if (roll < 75) {
      return new String[] {"GET /cases/{id}", "/cases/" + id};
    }
    if (roll < 80) {
      return new String[] {"GET /api/cases/{id}", "/api/cases/" + id};
    }
    if (roll < 90) {
      String prefix = LoadCorpus.PREFIXES[r.nextInt(LoadCorpus.PREFIXES.length)];
      return new String[] {"GET /api/suggest", "/api/suggest?q=" + enc(prefix.substring(0, 1 + r.nextInt(prefix.length())))};
    }
    return switch (r.nextInt(4)) {
      case 0 -> new String[] {"GET /api/cases/{id}/stix", "/api/cases/" + id + "/stix"};
      case 1 -> new String[] {"GET /api/timeline", "/api/timeline?q=" + w};
      case 2 -> new String[] {"GET /api/search.csv", "/api/search.csv?q=" + w + "&limit=200"};
      default -> new String[] {"GET /feeds/cases.atom", "/feeds/cases.atom?q=" + w};
    };
  }

  private static void waitReady(HttpClient http, String base) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("serve did not become ready within 2 minutes");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
