package jiken.crawler;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jiken.crawler.store.Database;
import jiken.crawler.store.Frontier;
import jiken.crawler.store.FrontierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BENCHMARKS.md "Crawler" figures; run on purpose only, never timed-asserted:
 * {@code flock /tmp/jiken-mvn.lock mvn -B -o test -pl crawler -Djiken.bench=true -Dtest=CrawlerBenchmarkTest}.
 */
@EnabledIfSystemProperty(named = "jiken.bench", matches = "true")
class CrawlerBenchmarkTest {
  static final int HOSTS = 4;
  static final int PER_HOST = 500;

  @TempDir Path dir;

  @Test
  void pages_per_second_on_loopback_without_politeness() throws Exception {
    List<FixtureServer> servers = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    try {
      for (int h = 0; h < HOSTS; h++) {
        FixtureServer s = new FixtureServer();
        servers.add(s);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < PER_HOST; i++) {
          String path = "/a/" + i;
          items.append("<item><title>t</title><link>").append(s.url(path)).append("</link></item>");
          s.text(path, "text/html; charset=utf-8", "<html><head><title>架空の記事" + h + "-" + i + "</title></head><body>"
              + "<nav>ホーム</nav><article><h1>架空の記事" + h + "-" + i + "の見出し</h1><p>架空の組織" + h + "-" + i
              + "は、社内システムへの不正アクセスを確認したと発表した。影響範囲は" + i + "件で調査中という。</p>"
              + "<p>同組織は外部専門家と協力し、再発防止策を検討している。</p></article></body></html>", UTF_8);
        }
        s.text("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>b</title><link>" + s.base()
            + "</link><description>d</description>" + items + "</channel></rss>", UTF_8);
        sources.add(Source.of("bench" + h, SourceKind.FEED, s.url("/feed")).withDelayMs(0));
      }
      CrawlerConfig cfg = CrawlerConfig.defaults().toBuilder().threads(HOSTS).maxArticlesPerSource(PER_HOST * 2)
          .progressEvery(Duration.ofHours(1)).build();
      try (Database db = Database.open(dir); Crawler c = new Crawler(cfg, db)) {
        CrawlReport r = c.crawlOnce(sources);
        System.out.printf(Locale.ROOT, "BENCH crawler: %d pages (%d new documents) in %.1f s = %.1f pages/s%n",
            r.fetched(), r.newDocuments(), r.elapsed().toMillis() / 1000.0, r.rate());
        assertThat(r.newDocuments()).isEqualTo(HOSTS * PER_HOST);
      }
    } finally {
      servers.forEach(FixtureServer::close);
    }
  }

  @Test
  void heap_with_a_100k_url_frontier() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      long before = heapAfterGc();
      long now = System.currentTimeMillis();
      f.admissions().seed("http://feed.example.invalid/feed", "bench", FrontierKind.FEED, now);
      for (int i = 0; i < 100_000; i++) {
        f.admissions().offer("http://h" + (i % 50) + ".example.invalid/news/" + i + ".html", "bench", FrontierKind.ARTICLE, 0,
            null, null, now, 0);
      }
      long afterOffer = heapAfterGc();
      long due = f.schedule().countDue(List.of("bench"), now + 1, now);
      var hosts = f.schedule().dueHosts(List.of("bench"), now + 1, now);
      var batch = f.schedule().due(hosts.get(0), List.of("bench"), now + 1, now, 20);
      long afterQuery = heapAfterGc();
      System.out.printf(Locale.ROOT, "BENCH frontier: %d URLs (size %d, due %d, %d hosts, batch %d);"
          + " heap after GC: empty %.1f MB, filled %.1f MB, after due queries %.1f MB%n", 100_000, f.size(), due,
          hosts.size(), batch.size(), before / 1e6, afterOffer / 1e6, afterQuery / 1e6);
      assertThat(f.size()).isEqualTo(100_001);
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
