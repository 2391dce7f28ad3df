package jiken.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.store.Database;
import jiken.crawler.store.Frontier;
import jiken.crawler.store.FrontierEntry;
import jiken.crawler.store.FrontierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkPageHandlerTest {
  static final String SITE = "http://kakuu-news.test";

  @TempDir Path dir;

  private static FetchResult response(String url, String contentType, String body) {
    return new FetchResult(URI.create(url), URI.create(url), 200, Map.of("Content-Type", List.of(contentType)),
        body.getBytes(StandardCharsets.UTF_8), false, null, Instant.parse("2025-10-30T01:00:00Z"));
  }

  private static String rss(int items) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>架空セキュリティ速報</title><link>" + SITE + "/</link><description>d</description>");
    for (int i = 1; i <= items; i++) {
      xml.append("<item><title>架空商事").append(i).append("で不正アクセス</title><link>").append(SITE)
          .append(i % 2 == 0 ? "/pr/" : "/news/").append(i).append(".html</link>")
          .append("<pubDate>Thu, 30 Oct 2025 10:00:00 +0900</pubDate></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  private static FrontierEntry entry(String url, FrontierKind kind, int depth) {
    return new FrontierEntry(url, "kakuu-news.test:80", "kakuu", kind, depth, null, null, "pending", 0, null, null);
  }

  @Test
  void feed_items_that_pass_the_allow_filter_are_queued_with_their_hints() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      CrawlCounters counters = new CrawlCounters();
      Source source = new Source("kakuu", "架空", SourceKind.FEED, URI.create(SITE + "/feed"), null, null, 3,
          null, null, null, Pattern.compile("/news/"), 0);
      new LinkPageHandler(f.admissions(), 100, counters, 0)
          .handle(entry(SITE + "/feed", FrontierKind.FEED, 0), source, response(SITE + "/feed", "application/rss+xml", rss(4)), 1_000);
      assertThat(f.size()).isEqualTo(2);
      assertThat(f.get(SITE + "/news/1.html")).satisfies(e -> {
        assertThat(e.kind()).isEqualTo(FrontierKind.ARTICLE);
        assertThat(e.hintTitle()).isEqualTo("架空商事1で不正アクセス");
        assertThat(e.hintPublished()).isEqualTo(LocalDate.of(2025, 10, 30));
      });
      assertThat(f.get(SITE + "/pr/2.html")).isNull();
      assertThat(counters.discovered).hasValue(2);
    }
  }

  @Test
  void at_most_the_quota_of_new_articles_is_queued_per_source_and_run() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      CrawlCounters counters = new CrawlCounters();
      Source source = Source.of("kakuu", SourceKind.FEED, SITE + "/feed");
      LinkPageHandler run = new LinkPageHandler(f.admissions(), 3, counters, 0);
      FetchResult feed = response(SITE + "/feed", "application/rss+xml", rss(10));
      run.handle(entry(SITE + "/feed", FrontierKind.FEED, 0), source, feed, 1_000);
      run.handle(entry(SITE + "/feed", FrontierKind.FEED, 0), source, feed, 2_000);
      assertThat(f.size()).isEqualTo(3);
      // the next run picks up where the quota stopped
      new LinkPageHandler(f.admissions(), 3, counters, 5_000)
          .handle(entry(SITE + "/feed", FrontierKind.FEED, 0), source, feed, 6_000);
      assertThat(f.size()).isEqualTo(6);
      assertThat(counters.discovered).hasValue(6);
    }
  }

  @Test
  void a_list_page_queues_its_articles_and_follows_next_up_to_max_pages() {
    String list = "<html><body><main><ul>"
        + "<li><a href=\"/2025/10/30/kakuu-shoji-1.html\">架空商事で不正アクセス、顧客情報流出の可能性</a></li>"
        + "<li><a href=\"/articles/48213\">架空病院でランサムウェア被害</a></li>"
        + "</ul><a rel=\"next\" href=\"/security/?page=2\">次へ</a></main></body></html>";
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      Source source = new Source("kakuu", "架空", SourceKind.LISTPAGE, URI.create(SITE + "/security/"), null, null, 2,
          null, null, null, null, 0);
      LinkPageHandler run = new LinkPageHandler(f.admissions(), 100, new CrawlCounters(), 0);
      run.handle(entry(SITE + "/security/", FrontierKind.LIST, 0), source,
          response(SITE + "/security/", "text/html; charset=UTF-8", list), 1_000);
      assertThat(f.get(SITE + "/articles/48213").kind()).isEqualTo(FrontierKind.ARTICLE);
      assertThat(f.get(SITE + "/security/?page=2")).satisfies(e -> {
        assertThat(e.kind()).isEqualTo(FrontierKind.LIST);
        assertThat(e.depth()).isEqualTo(1);
      });
      assertThat(f.size()).isEqualTo(3);
      // page 2 is the last of max_pages = 2: its next link is not followed
      run.handle(entry(SITE + "/security/?page=2", FrontierKind.LIST, 1), source,
          response(SITE + "/security/?page=2", "text/html; charset=UTF-8", list.replace("page=2", "page=3")), 2_000);
      assertThat(f.get(SITE + "/security/?page=3")).isNull();
    }
  }

  @Test
  void a_sitemap_index_queues_child_sitemaps_and_a_sitemap_its_pages() {
    String index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + SITE + "/sitemap-2025.xml</loc></sitemap></sitemapindex>";
    String pages = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>" + SITE + "/2025/10/30/kakuu.html</loc><lastmod>2025-10-30</lastmod></url></urlset>";
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      Source source = Source.of("kakuu", SourceKind.SITEMAP, SITE + "/sitemap.xml");
      LinkPageHandler run = new LinkPageHandler(f.admissions(), 100, new CrawlCounters(), 0);
      run.handle(entry(SITE + "/sitemap.xml", FrontierKind.SITEMAP, 0), source,
          response(SITE + "/sitemap.xml", "application/xml", index), 1_000);
      assertThat(f.get(SITE + "/sitemap-2025.xml").kind()).isEqualTo(FrontierKind.SITEMAP);
      run.handle(entry(SITE + "/sitemap-2025.xml", FrontierKind.SITEMAP, 0), source,
          response(SITE + "/sitemap-2025.xml", "application/xml", pages), 2_000);
      assertThat(f.get(SITE + "/2025/10/30/kakuu.html").hintPublished()).isEqualTo(LocalDate.of(2025, 10, 30));
    }
  }

  @Test
  void an_article_entry_is_a_caller_bug() {
    try (Database db = Database.open(dir)) {
      LinkPageHandler run = new LinkPageHandler(new Frontier(db).admissions(), 100, new CrawlCounters(), 0);
      assertThatThrownBy(() -> run.handle(entry(SITE + "/a.html", FrontierKind.ARTICLE, 0),
          Source.of("kakuu", SourceKind.FEED, SITE + "/feed"), response(SITE + "/a.html", "text/html", "<p>x</p>"), 1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
