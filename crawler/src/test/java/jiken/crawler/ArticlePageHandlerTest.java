package jiken.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.crawler.store.FrontierEntry;
import jiken.crawler.store.FrontierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePageHandlerTest {
  static final String SITE_A = "http://kakuu-news.test";
  static final String SITE_B = "http://hibari-blog.test";
  static final String BODY = "架空商事株式会社は10月30日、同社の通販サイトが第三者による不正アクセスを受け、"
      + "顧客のクレジットカード情報など最大1万2000件が流出した可能性があると発表した。"
      + "決済アプリケーションが改ざんされていたという。同社は外部の調査機関に調査を依頼し、"
      + "警察にも相談している。対象となる顧客には個別に連絡するとしている。";

  @TempDir Path dir;

  private static String page(String title, String body, String canonical) {
    return "<html><head><meta charset=\"UTF-8\"><title>" + title + "</title>"
        + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
        + "</head><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
  }

  private static FetchResult response(String url, String contentType, String html) {
    return new FetchResult(URI.create(url), URI.create(url), 200, Map.of("Content-Type", List.of(contentType)),
        html.getBytes(StandardCharsets.UTF_8), false, null, Instant.parse("2025-10-30T01:00:00Z"));
  }

  private static FrontierEntry entry(String url, String sourceId, LocalDate hintPublished) {
    return new FrontierEntry(url, URI.create(url).getHost() + ":80", sourceId, FrontierKind.ARTICLE, 0, null, null,
        "pending", 0, "フィードの見出し", hintPublished);
  }

  @Test
  void an_article_is_stored_under_its_trusted_canonical_url_with_the_feed_date_as_fallback() {
    try (Database db = Database.open(dir)) {
      DocumentStore docs = new DocumentStore(db);
      CrawlCounters counters = new CrawlCounters();
      Source source = Source.of("kakuu", SourceKind.FEED, SITE_A + "/feed");
      String url = SITE_A + "/articles/4821?from=top";
      String outcome = new ArticlePageHandler(db, docs, counters).store(entry(url, "kakuu", LocalDate.of(2025, 10, 30)),
          source, response(url, "text/html; charset=UTF-8", page("架空商事に不正アクセス", BODY, SITE_A + "/articles/4821")));
      assertThat(outcome).isEqualTo("done");
      CrawledDocument d = docs.findByCanonicalUrl(SITE_A + "/articles/4821").orElseThrow();
      assertThat(d.url()).isEqualTo(url);
      assertThat(d.title()).isEqualTo("架空商事に不正アクセス");
      assertThat(d.text()).contains("最大1万2000件");
      assertThat(d.published()).isEqualTo(LocalDate.of(2025, 10, 30));
      assertThat(d.duplicateOf()).isNull();
      assertThat(counters.newDocuments).hasValue(1);
    }
  }

  @Test
  void storing_again_counts_unchanged_and_a_changed_text_counts_updated() {
    try (Database db = Database.open(dir)) {
      CrawlCounters counters = new CrawlCounters();
      ArticlePageHandler handler = new ArticlePageHandler(db, new DocumentStore(db), counters);
      Source source = Source.of("kakuu", SourceKind.FEED, SITE_A + "/feed");
      String url = SITE_A + "/articles/4821";
      handler.store(entry(url, "kakuu", null), source, response(url, "text/html", page("見出し", BODY, null)));
      handler.store(entry(url, "kakuu", null), source, response(url, "text/html", page("見出し", BODY, null)));
      handler.store(entry(url, "kakuu", null), source,
          response(url, "text/html", page("見出し", BODY + "【追記】被害件数を訂正した。", null)));
      assertThat(counters.newDocuments).hasValue(1);
      assertThat(counters.unchanged).hasValue(1);
      assertThat(counters.updated).hasValue(1);
    }
  }

  @Test
  void the_same_story_from_another_source_is_marked_as_a_near_duplicate() {
    try (Database db = Database.open(dir)) {
      DocumentStore docs = new DocumentStore(db);
      CrawlCounters counters = new CrawlCounters();
      ArticlePageHandler handler = new ArticlePageHandler(db, docs, counters);
      String a = SITE_A + "/articles/4821";
      String b = SITE_B + "/2025/kakuu-shoji";
      handler.store(entry(a, "kakuu", null), Source.of("kakuu", SourceKind.FEED, SITE_A + "/feed"),
          response(a, "text/html", page("架空商事に不正アクセス", BODY, null)));
      handler.store(entry(b, "hibari", null), Source.of("hibari", SourceKind.FEED, SITE_B + "/feed"),
          response(b, "text/html", page("架空商事に不正アクセス", BODY, null)));
      long original = docs.findByCanonicalUrl(a).orElseThrow().id();
      assertThat(docs.findByCanonicalUrl(b).orElseThrow().duplicateOf()).isEqualTo(original);
      assertThat(counters.duplicates).hasValue(1);
      assertThat(counters.newDocuments).hasValue(2);
    }
  }

  @Test
  void a_non_html_body_is_skipped_and_a_page_without_text_is_empty() {
    try (Database db = Database.open(dir)) {
      DocumentStore docs = new DocumentStore(db);
      ArticlePageHandler handler = new ArticlePageHandler(db, docs, new CrawlCounters());
      Source source = Source.of("kakuu", SourceKind.FEED, SITE_A + "/feed");
      String pdf = SITE_A + "/files/report.pdf";
      String blank = SITE_A + "/articles/blank";
      assertThat(handler.store(entry(pdf, "kakuu", null), source, response(pdf, "application/pdf", "%PDF-1.7")))
          .isEqualTo("skipped");
      assertThat(handler.store(entry(blank, "kakuu", null), source,
          response(blank, "text/html", "<html><body></body></html>"))).isEqualTo("empty");
      assertThat(docs.count()).isZero();
    }
  }
}
