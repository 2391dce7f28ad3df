package jiken.crawler.unseen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jiken.crawler.CrawlReport;
import jiken.crawler.Crawler;
import jiken.crawler.CrawlerConfig;
import jiken.crawler.FixtureServer;
import jiken.crawler.Source;
import jiken.crawler.SourceKind;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" in one crawl over three sites the extractor was not tuned on ({@link
 * UnseenSites}): three encodings, RSS 1.0 / RSS 2.0 / Atom, a sitemap index with a gzipped
 * sitemap, paginated list pages, robots groups and Crawl-delay, 429 + Retry-After, redirects and
 * a loop, a 6 MB page, tracking-parameter duplicates; then a second, conditional crawl by a new
 * crawler instance (so robots.txt must come from the database, not from memory).
 */
class UnseenSitesEndToEndTest {
  @TempDir Path dir;
  UnseenSites sites;

  @BeforeEach
  void start() throws Exception {
    sites = new UnseenSites();
  }

  @AfterEach
  void stop() {
    sites.close();
  }

  static CrawlerConfig config() {
    return CrawlerConfig.defaults().toBuilder().retryBase(Duration.ofMillis(50)).maxRetries(2)
        .maxInRunWait(Duration.ofSeconds(5)).threads(3).connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(10)).build();
  }

  List<Source> sources() {
    return List.of(
        Source.of("minato", SourceKind.FEED, sites.minato.url("/feed/rss2")).withDelayMs(0),
        Source.of("hokuto-atom", SourceKind.FEED, sites.hokuto.url("/atom.xml")).withDelayMs(0),
        Source.of("hokuto-sitemap", SourceKind.SITEMAP, sites.hokuto.url("/sitemap_index.xml")).withDelayMs(0),
        Source.of("shinshu-rdf", SourceKind.FEED, sites.shinshu.url("/index.rdf")).withDelayMs(0),
        new Source("shinshu-archive", "信州サイバー日報 過去記事", SourceKind.LISTPAGE,
            URI.create(sites.shinshu.url("/archive/")), "ul.headlines a", "a.next", 5, null, null, null, null, 0));
  }

  @Test
  void crawls_unseen_sites_with_every_feature_then_recrawls_conditionally() {
    long count;
    try (Database db = Database.open(dir); Crawler crawler = new Crawler(config(), db)) {
      CrawlReport r1 = crawler.crawlOnce(sources());
      DocumentStore store = new DocumentStore(db);
      Map<String, CrawledDocument> docs = store.changedAfter(0, 100).stream()
          .map(DocumentStore.Change::document).collect(Collectors.toMap(CrawledDocument::canonicalUrl, Function.identity()));

      // three encodings, each recorded; titles without site suffixes; no boilerplate in the text
      assertDoc(docs, sites.minato.url("/2025/11/04/logistics-breach/"), "UTF-8",
          "湾岸ロジスティクスの配送管理システムに不正アクセス", LocalDate.of(2025, 11, 4), "約4万5千件");
      assertDoc(docs, sites.minato.url("/2025/11/05/clinic-ransomware/"), "UTF-8",
          "白樺クリニックで電子カルテがランサムウェア被害", LocalDate.of(2025, 11, 5), "ランサムウェアに感染");
      assertDoc(docs, sites.minato.url("/2025/11/06/throttled/"), "UTF-8",
          "港北信用組合の職員メールが乗っ取り被害", LocalDate.of(2025, 11, 6), "乗っ取られた");
      assertDoc(docs, sites.hokuto.url("/news/20251107.html"), "windows-31j",
          "北辰電機の取引先ポータルから情報流出", LocalDate.of(2025, 11, 7), "約8,700件");
      assertDoc(docs, sites.hokuto.url("/news/20251108.html"), "windows-31j",
          "雪原大学で学生情報を含むUSBメモリを紛失", LocalDate.of(2025, 11, 8), "USBメモリを紛失");
      assertDoc(docs, sites.hokuto.url("/feature/zero-trust.html"), "windows-31j",
          "霧島製薬がVPN機器の脆弱性を突かれ侵入被害", LocalDate.of(2025, 11, 9), "VPN機器の脆弱性");
      assertDoc(docs, sites.shinshu.url("/d/3001"), "x-eucJP-Open",
          "松本精工の設計データが海外から不正閲覧", LocalDate.of(2025, 11, 10), "設計データ");
      assertDoc(docs, sites.shinshu.url("/d/3002?ref=archive"), "x-eucJP-Open",
          "諏訪観光協会のメールマガジン配信で誤送信", LocalDate.of(2025, 11, 11), "誤って送信");
      assertDoc(docs, sites.shinshu.url("/d/3003"), "x-eucJP-Open",
          "安曇野市の委託業者でサーバー設定不備", LocalDate.of(2025, 11, 12), "設定不備");
      assertThat(docs).hasSize(9);
      for (CrawledDocument d : docs.values()) {
        assertThat(d.text()).as(d.url()).doesNotContain("よく読まれている", "ポストする", "運営：", "トップページ",
            "無断転載", "広告", "お知らせ", "編集室", "日報について", "写真はイメージ", "\uFFFD");
      }

      // tracking duplicates were never fetched; robots.txt groups honoured
      assertThat(sites.minato.hits().stream().filter(h -> h.path().contains("utm_") || h.path().contains("fbclid"))).isEmpty();
      assertThat(sites.shinshu.hits().stream().filter(h -> h.path().contains("utm_"))).isEmpty();
      assertThat(sites.minato.hits("/members/report.html")).isEmpty();
      assertThat(sites.hokuto.hits("/cgi-bin/count.cgi")).isEmpty();
      assertThat(r1.skippedByRobots()).isEqualTo(2);
      // 429 then OK within the run; the loop and the 6 MB page fail without stopping anything
      assertThat(sites.throttled.get()).isEqualTo(2);
      assertThat(r1.retried()).isEqualTo(1);
      assertThat(r1.failed()).isEqualTo(2);
      assertThat(r1.newDocuments()).isEqualTo(9);
      assertGaps(sites.minato, 280); // Crawl-delay 0.3 s from the "jiken" group

      count = store.count();
    }
    sites.minato.clearHits();
    sites.hokuto.clearHits();
    sites.shinshu.clearHits();
    try (Database db = Database.open(dir); Crawler crawler = new Crawler(config(), db)) {
      CrawlReport r2 = crawler.crawlOnce(sources());
      assertThat(r2.newDocuments()).isZero();
      assertThat(r2.updated()).isZero();
      assertThat(new DocumentStore(db).count()).isEqualTo(count);
      assertThat(sites.minato.hits("/feed/rss2")).singleElement()
          .satisfies(h -> assertThat(h.ifNoneMatch()).isEqualTo("W/\"rss-1\""));
      assertThat(sites.hokuto.hits("/atom.xml")).singleElement()
          .satisfies(h -> assertThat(h.ifNoneMatch()).isEqualTo("\"atom-1\""));
      assertThat(sites.shinshu.hits("/index.rdf")).singleElement()
          .satisfies(h -> assertThat(h.ifNoneMatch()).isEqualTo("\"rdf-1\""));
      assertThat(r2.notModified()).isGreaterThanOrEqualTo(3);
      // robots.txt persisted: a new crawler within the TTL does not ask again
      assertThat(sites.minato.hits("/robots.txt")).isEmpty();
      assertThat(sites.hokuto.hits("/robots.txt")).isEmpty();
      // articles are not refetched before articleRevisit
      assertThat(sites.minato.hits("/2025/11/04/logistics-breach/")).isEmpty();
    }
  }

  private static void assertDoc(Map<String, CrawledDocument> docs, String url, String charset, String title,
      LocalDate published, String snippet) {
    assertThat(docs).containsKey(url);
    CrawledDocument d = docs.get(url);
    assertThat(d.charset()).as(url).isEqualTo(charset);
    assertThat(d.title()).as(url).isEqualTo(title);
    assertThat(d.published()).as(url).isEqualTo(published);
    assertThat(d.text()).as(url).startsWith("架空の").contains(snippet).contains("再発防止策");
  }

  private static void assertGaps(FixtureServer server, long minMillis) {
    List<FixtureServer.Hit> hits = server.hits();
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).atMillis() - hits.get(i - 1).atMillis()).as("gap before %s", hits.get(i).path())
          .isGreaterThanOrEqualTo(minMillis);
    }
  }
}
