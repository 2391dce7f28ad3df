package jiken.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.fetch.Fetcher;
import jiken.crawler.fetch.HttpFetcher;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole crawl against two local fixture sites: an RSS 1.0 feed in Shift_JIS whose articles use
 * three encodings (declared in the header only, in a meta tag only, and nowhere), gzip, robots.txt
 * rules and Crawl-delay, a redirect chain and a loop, 410, 503 + Retry-After, a tracking-parameter
 * duplicate; and a paginated list site republishing one story (a near-duplicate).
 */
class CrawlerEndToEndTest {
  static final Charset SJIS = Charset.forName("windows-31j");
  static final Charset EUC = Charset.forName("x-eucJP-Open");

  @TempDir Path dir;
  FixtureServer a;
  FixtureServer b;
  final AtomicInteger busyCalls = new AtomicInteger();

  static String article(String charsetMeta, String title, String date, String body) {
    return "<!DOCTYPE html><html><head>" + charsetMeta + "<title>" + title + " | テスト新聞</title>"
        + "<meta property=\"og:site_name\" content=\"テスト新聞\"></head><body>"
        + "<header class=\"site-header\"><nav><a href=\"/\">トップ</a> <a href=\"/news/\">ニュース</a></nav></header>"
        + "<div class=\"wrap\"><article><h1>" + title + "</h1><p class=\"date\">" + date + "</p>"
        + "<div class=\"article-body\">" + body + "</div>"
        + "<div class=\"share\"><a href=\"#\">共有する</a></div></article>"
        + "<aside class=\"ranking\"><h2>アクセスランキング</h2><ol><li><a href=\"/x\">別の記事の見出しがここに入ります</a></li></ol></aside>"
        + "</div><footer>Copyright テスト新聞</footer></body></html>";
  }

  static final String BODY1 = "<p>架空の部品メーカーである北浜精機株式会社は10月28日、同社のサーバーが第三者による不正アクセスを受け、"
      + "取引先の担当者情報およそ1万2千件が外部に流出した可能性があると発表した。</p>"
      + "<p>同社によると、10月20日に社内のファイルサーバーで不審な通信を検知し、調査を進めていた。"
      + "流出した可能性があるのは氏名、会社名、メールアドレスなどで、現時点で悪用は確認されていないという。</p>";
  static final String BODY2 = "<p>架空の地方銀行である東雲銀行は、委託先の印刷会社がランサムウェアに感染し、"
      + "顧客向け通知の送付データが暗号化される被害が発生したと明らかにした。</p><p>同行は影響範囲の調査を続けており、"
      + "判明した事実を順次公表するとしている。</p>";
  static final String BODY3 = "<p>架空の通販サイト「さくら雑貨店」を運営する株式会社ミナモは、決済画面が改ざんされ、"
      + "クレジットカード情報が窃取された可能性があると公表した。</p><p>対象期間は2025年6月から9月までで、"
      + "最大約3,400件のカード情報が含まれるという。</p>";
  static final String BODY4 = "<p>架空の学校法人である青葉学園は、教職員のメールアカウントが乗っ取られ、"
      + "約800件のフィッシングメールが送信されたと発表した。</p><p>同学園は多要素認証の導入を急ぐとしている。</p>";

  @BeforeEach
  void start() throws IOException {
    a = new FixtureServer();
    b = new FixtureServer();
    String base = a.base();
    a.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n", StandardCharsets.US_ASCII);
    String feed = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n"
        + "<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel rdf:about=\"" + base + "/feed.rdf\"><title>テスト新聞</title><link>" + base + "/</link>"
        + "<description>架空</description><items><rdf:Seq>"
        + "<rdf:li rdf:resource=\"" + base + "/news/2025/10/30/a1.html\"/></rdf:Seq></items></channel>"
        + item(base + "/news/2025/10/30/a1.html", "北浜精機に不正アクセス", "2025-10-30T10:00:00+09:00")
        + item(base + "/news/a1.html?utm_source=rss&utm_medium=feed", "北浜精機に不正アクセス(重複)", "2025-10-30T10:00:00+09:00")
        + item(base + "/news/a2.html", "東雲銀行の委託先がランサムウェア被害", "2025-10-29T09:00:00+09:00")
        + item(base + "/news/a3.html", "さくら雑貨店でカード情報漏えいの可能性", "2025-10-28T09:00:00+09:00")
        + item(base + "/old/moved.html", "青葉学園でメールアカウント乗っ取り", "2025-10-27T09:00:00+09:00")
        + item(base + "/private/secret.html", "非公開", "2025-10-27T09:00:00+09:00")
        + item(base + "/loop/a", "ループ", "2025-10-27T09:00:00+09:00")
        + item(base + "/gone.html", "削除済み", "2025-10-26T09:00:00+09:00")
        + item(base + "/busy.html", "混雑", "2025-10-26T09:00:00+09:00")
        + "</rdf:RDF>";
    a.route("/feed.rdf", conditional("\"feed-v1\"", "application/rdf+xml", feed.getBytes(SJIS)));
    a.route("/news/2025/10/30/a1.html", conditional("\"a1\"", "text/html; charset=Shift_JIS",
        article("", "北浜精機に不正アクセス、取引先情報1万2千件流出か", "2025年10月30日 10:00", BODY1).getBytes(SJIS)));
    a.route("/news/a1.html", conditional("\"a1b\"", "text/html; charset=Shift_JIS",
        article("", "北浜精機に不正アクセス、取引先情報1万2千件流出か", "2025年10月30日", BODY1).getBytes(SJIS)));
    a.route("/news/a2.html", conditional("\"a2\"", "text/html",
        article("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-JP\">",
            "東雲銀行の委託先がランサムウェア被害", "2025/10/29", BODY2).getBytes(EUC)));
    a.route("/news/a3.html", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      FixtureServer.send(ex, 200, "text/html", FixtureServer.gzip(
          article("", "さくら雑貨店でカード情報漏えいの可能性", "2025.10.28", BODY3).getBytes(StandardCharsets.UTF_8)));
    });
    a.route("/old/moved.html", redirect(base + "/old/moved2.html"));
    a.route("/old/moved2.html", redirect("/news/a4.html"));
    a.page("/news/a4.html", "text/html", article("", "青葉学園でメールアカウント乗っ取り", "令和7年10月27日", BODY4).getBytes(SJIS));
    a.route("/loop/a", redirect("/loop/b"));
    a.route("/loop/b", redirect("/loop/a"));
    a.route("/gone.html", ex -> FixtureServer.send(ex, 410, "text/plain", new byte[0]));
    a.route("/busy.html", ex -> {
      if (busyCalls.incrementAndGet() == 1) {
        ex.getResponseHeaders().set("Retry-After", "1");
        FixtureServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
      } else {
        FixtureServer.send(ex, 200, "text/html; charset=utf-8",
            article("", "混雑していた記事がようやく読めるようになった件", "2025年10月26日", BODY4.replace("青葉学園", "紅葉学園"))
                .getBytes(StandardCharsets.UTF_8));
      }
    });
    a.page("/private/secret.html", "text/html", "<p>secret</p>".getBytes(StandardCharsets.UTF_8));

    b.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n", StandardCharsets.US_ASCII);
    b.page("/list", "text/html; charset=utf-8", listPage(1).getBytes(StandardCharsets.UTF_8));
    b.page("/list?page=2", "text/html; charset=utf-8", listPage(2).getBytes(StandardCharsets.UTF_8));
    b.page("/articles/1001", "text/html; charset=utf-8", article("", "【転載】北浜精機で不正アクセス、1万2千件流出の恐れ",
        "2025年10月30日", BODY1).getBytes(StandardCharsets.UTF_8));
    b.page("/articles/1002", "text/html; charset=utf-8", article("", "セキュリティ週報：今週の主なインシデントまとめ",
        "2025年10月31日", "<p>今週は架空の企業を含む複数の組織で不正アクセスやランサムウェアの被害が相次いだ。" + "詳しくは各記事を参照のこと。</p>")
        .getBytes(StandardCharsets.UTF_8));
  }

  static String item(String link, String title, String date) {
    return "<item rdf:about=\"" + link + "\"><title>" + title + "</title><link>" + link.replace("&", "&amp;")
        + "</link><dc:date>" + date + "</dc:date></item>";
  }

  static String listPage(int n) {
    String links = n == 1
        ? "<li><a href=\"/articles/1001\">【転載】北浜精機で不正アクセス、1万2千件流出の恐れ</a></li>"
        : "<li><a href=\"/articles/1002\">セキュリティ週報：今週の主なインシデントまとめ</a></li>";
    String next = n == 1 ? "<a rel=\"next\" href=\"/list?page=2\">次へ</a>" : "";
    return "<html><head><title>記事一覧</title></head><body><nav><a href=\"/about\">このサイトについて</a></nav>"
        + "<main><ul class=\"articles\">" + links + "</ul><div class=\"pager\">" + next + "</div></main></body></html>";
  }

  static FixtureServer.Route conditional(String etag, String type, byte[] body) {
    return ex -> {
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.getResponseHeaders().set("ETag", etag);
        FixtureServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", etag);
      FixtureServer.send(ex, 200, type, body);
    };
  }

  static FixtureServer.Route redirect(String location) {
    return (HttpExchange ex) -> {
      ex.getResponseHeaders().set("Location", location);
      FixtureServer.send(ex, 301, "text/plain", new byte[0]);
    };
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
  }

  static CrawlerConfig config() {
    return CrawlerConfig.defaults().toBuilder().retryBase(Duration.ofMillis(50)).maxRetries(2)
        .failedRetryAfter(Duration.ZERO).maxInRunWait(Duration.ofSeconds(5)).threads(2)
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).build();
  }

  List<Source> sources() {
    return List.of(Source.of("test-news", SourceKind.FEED, a.url("/feed.rdf")).withDelayMs(20),
        Source.of("repost", SourceKind.LISTPAGE, b.url("/list")).withDelayMs(20));
  }

  @Test
  void crawls_feed_and_list_sites_then_recrawls_conditionally() {
    try (Database db = Database.open(dir); Crawler crawler = new Crawler(config(), db)) {
      CrawlReport r1 = crawler.crawlOnce(sources());
      DocumentStore store = new DocumentStore(db);

      CrawledDocument a1 = store.findByCanonicalUrl(a.url("/news/2025/10/30/a1.html")).orElseThrow();
      assertThat(a1.title()).isEqualTo("北浜精機に不正アクセス、取引先情報1万2千件流出か");
      assertThat(a1.published()).isEqualTo(LocalDate.of(2025, 10, 30));
      assertThat(a1.charset()).isEqualTo("windows-31j");
      assertThat(a1.text()).startsWith("架空の部品メーカーである北浜精機株式会社は10月28日")
          .contains("\n同社によると").doesNotContain("ランキング").doesNotContain("共有する").doesNotContain("トップ");

      CrawledDocument a2 = store.findByCanonicalUrl(a.url("/news/a2.html")).orElseThrow();
      assertThat(a2.charset()).isEqualTo("x-eucJP-Open");
      assertThat(a2.title()).isEqualTo("東雲銀行の委託先がランサムウェア被害");
      assertThat(a2.published()).isEqualTo(LocalDate.of(2025, 10, 29));
      assertThat(a2.text()).contains("委託先の印刷会社がランサムウェアに感染");

      CrawledDocument a3 = store.findByCanonicalUrl(a.url("/news/a3.html")).orElseThrow();
      assertThat(a3.charset()).isEqualTo("UTF-8");
      assertThat(a3.text()).contains("最大約3,400件のカード情報");

      CrawledDocument a4 = store.findByCanonicalUrl(a.url("/news/a4.html")).orElseThrow();
      assertThat(a4.charset()).isEqualTo("windows-31j");
      assertThat(a4.published()).isEqualTo(LocalDate.of(2025, 10, 27));
      assertThat(a4.text()).contains("フィッシングメール");

      // the utm_* copy of a1 normalises to /news/a1.html: a different path, stored as its own URL
      assertThat(store.findByCanonicalUrl(a.url("/news/a1.html"))).isPresent();
      assertThat(a.hits().stream().filter(h -> h.path().contains("utm_"))).isEmpty();

      CrawledDocument repost = store.findByCanonicalUrl(b.url("/articles/1001")).orElseThrow();
      // whichever host was crawled first holds the original; the other copy points at it
      if (repost.duplicateOf() == null) {
        assertThat(a1.duplicateOf()).isEqualTo(repost.id());
      } else {
        assertThat(repost.duplicateOf()).isEqualTo(a1.id());
        assertThat(a1.duplicateOf()).isNull();
      }
      assertThat(a2.duplicateOf()).isNull();
      assertThat(store.findByCanonicalUrl(b.url("/articles/1002"))).isPresent();
      assertThat(store.findByCanonicalUrl(a.url("/busy.html"))).isPresent();

      assertThat(a.hits("/private/secret.html")).isEmpty();
      assertThat(r1.skippedByRobots()).isEqualTo(1);
      assertThat(r1.gone()).isEqualTo(1);
      assertThat(r1.failed()).isEqualTo(1); // the redirect loop
      assertThat(r1.retried()).isEqualTo(1); // 503 + Retry-After, then OK within the run
      assertThat(r1.newDocuments()).isEqualTo(8);
      assertThat(r1.duplicates()).isGreaterThanOrEqualTo(1);
      assertThat(busyCalls.get()).isEqualTo(2);
      assertCrawlDelayHonoured();

      long count = store.count();
      a.clearHits();
      CrawlReport r2 = crawler.crawlOnce(sources());
      assertThat(r2.newDocuments()).isZero();
      assertThat(r2.updated()).isZero();
      assertThat(r2.notModified()).isGreaterThanOrEqualTo(1);
      assertThat(a.hits("/feed.rdf")).singleElement().satisfies(h -> assertThat(h.ifNoneMatch()).isEqualTo("\"feed-v1\""));
      assertThat(store.count()).isEqualTo(count);
    }
  }

  private void assertCrawlDelayHonoured() {
    List<FixtureServer.Hit> hits = a.hits().stream().filter(h -> !h.path().equals("/robots.txt")).toList();
    for (int i = 1; i < hits.size(); i++) {
      // Crawl-delay 0.2 s beats delay_ms 20; allow a little clock slack
      assertThat(hits.get(i).atMillis() - hits.get(i - 1).atMillis()).as("gap before %s", hits.get(i).path())
          .isGreaterThanOrEqualTo(180);
    }
  }

  @Test
  void revisits_articles_with_conditional_get() {
    CrawlerConfig cfg = config().toBuilder().articleRevisit(Duration.ZERO).build();
    try (Database db = Database.open(dir); Crawler crawler = new Crawler(cfg, db)) {
      crawler.crawlOnce(List.of(sources().get(0)));
      a.clearHits();
      CrawlReport r2 = crawler.crawlOnce(List.of(sources().get(0)));
      assertThat(a.hits("/news/2025/10/30/a1.html")).singleElement()
          .satisfies(h -> assertThat(h.ifNoneMatch()).isEqualTo("\"a1\""));
      assertThat(r2.newDocuments()).isZero();
      assertThat(r2.notModified()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void an_interrupted_crawl_resumes_without_duplicates_or_loss() {
    try (Database db = Database.open(dir); HttpFetcher http = new HttpFetcher("test", Duration.ofSeconds(2),
        Duration.ofSeconds(5), 1 << 20)) {
      AtomicInteger articles = new AtomicInteger();
      Crawler[] holder = new Crawler[1];
      Fetcher stopping = req -> {
        FetchResult r = http.fetch(req);
        if (req.url().getPath().startsWith("/news/") && articles.incrementAndGet() == 2) {
          holder[0].stop(); // like a kill: the crawl ends with work left in the frontier
        }
        return r;
      };
      holder[0] = new Crawler(config(), db, stopping);
      CrawlReport first = holder[0].crawlOnce(List.of(sources().get(0)));
      DocumentStore store = new DocumentStore(db);
      assertThat(first.newDocuments()).isLessThan(6);
      CrawlReport second = new Crawler(config(), db, http).crawlOnce(List.of(sources().get(0)));
      assertThat(first.newDocuments() + second.newDocuments()).isEqualTo(6);
      assertThat(store.count()).isEqualTo(6);
    }
  }
}
