package jiken.crawler.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jiken.crawler.FixtureServer;
import jiken.crawler.archive.WarcArchive;
import jiken.crawler.archive.WarcReplay;
import jiken.crawler.charset.BodyDecoder;
import jiken.crawler.extract.ArticleExtractor;
import jiken.crawler.extract.ExtractHints;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code jiken crawl} as a command: a sources file with broken entries and a dead host still
 * exits 0; progress lines appear; the fixture routes for a slow page, 429 + Retry-After, a 6 MB
 * page and wrong or missing charsets behave; {@code --warc} archives the raw fetches, and
 * re-extracting from the archive gives exactly the stored documents.
 */
class CrawlCommandTest {
  static final Charset SJIS = Charset.forName("windows-31j");

  @TempDir Path dir;

  static String page(String title, String body) {
    return "<html><head><meta charset=\"Shift_JIS\"><title>" + title + "｜架空ニュース</title></head><body>"
        + "<nav><a href=\"/\">ホーム</a></nav><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
  }

  @Test
  void bad_source_list_exits_zero_logs_progress_and_archives_replayable_warc() throws Exception {
    AtomicInteger throttled = new AtomicInteger();
    try (FixtureServer s = new FixtureServer()) {
      s.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n", UTF_8);
      String b = s.base();
      s.text("/rss", "application/rss+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
          + "<title>架空ニュース</title><link>" + b + "</link><description>x</description>"
          + List.of("/slow", "/throttled", "/huge", "/wrong-charset", "/no-charset").stream()
              .map(p -> "<item><title>t</title><link>" + b + p + "</link></item>").collect(Collectors.joining())
          + "</channel></rss>", UTF_8);
      s.route("/slow", ex -> {
        sleep(1200);
        FixtureServer.send(ex, 200, "text/html; charset=Shift_JIS", page("ゆっくり届いた記事の見出し",
            "架空の青嵐商事は、遅いサーバーからでも記事が取得できることを確認したと発表した。").getBytes(SJIS));
      });
      s.route("/throttled", ex -> {
        if (throttled.incrementAndGet() == 1) {
          ex.getResponseHeaders().set("Retry-After", "1");
          FixtureServer.send(ex, 429, "text/plain", new byte[0]);
        } else {
          FixtureServer.send(ex, 200, "text/html", page("混雑のあとに届いた記事の見出し",
              "架空の朝凪運輸は、アクセス集中による一時的な制限が解除されたと発表した。").getBytes(SJIS));
        }
      });
      byte[] huge = new byte[6 * 1024 * 1024];
      Arrays.fill(huge, (byte) ' ');
      s.page("/huge", "text/html", huge);
      s.page("/wrong-charset", "text/html; charset=utf-8", page("文字コードの宣言が誤っている記事",
          "架空の夕凪食品は、ヘッダーの文字コードが誤っていても本文が読めることを確認した。").getBytes(SJIS));
      s.page("/no-charset", "text/html", page("文字コードの宣言がない記事の見出し",
          "架空の星影工業は、宣言のない古いページでも本文が正しく読めることを確認した。").getBytes(SJIS)
      );
      Path sources = dir.resolve("sources.json");
      Files.writeString(sources, "{\"sources\":["
          + "{\"id\":\"no-url\",\"kind\":\"feed\"},"
          + "{\"id\":\"bad-kind\",\"kind\":\"newsletter\",\"url\":\"" + b + "/rss\"},"
          + "{\"id\":\"ftp\",\"kind\":\"feed\",\"url\":\"ftp://127.0.0.1/feed\"},"
          + "{\"id\":\"dead\",\"kind\":\"feed\",\"url\":\"http://127.0.0.1:1/feed\",\"delay_ms\":0},"
          + "{\"id\":\"fixture\",\"name\":\"架空ニュース\",\"kind\":\"feed\",\"url\":\"" + b + "/rss\",\"delay_ms\":0}]}", UTF_8);
      Path data = dir.resolve("data");

      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream old = System.err;
      int exit;
      System.setErr(new PrintStream(err, true, UTF_8));
      try {
        exit = new CommandLine(new CrawlCommand()).execute("--sources", sources.toString(), "--once",
            "--data-dir", data.toString(), "--progress-every", "PT0.2S", "--warc");
      } finally {
        System.setErr(old);
      }
      String log = err.toString(UTF_8);
      assertThat(exit).as(log).isZero();
      assertThat(log).containsPattern("crawl progress: fetched=\\d+ queued=\\d+ errors=\\d+ rate=[\\d.]+ pages/s");
      assertThat(log).contains("skipping source").contains("http://127.0.0.1:1/");
      assertThat(throttled.get()).isEqualTo(2);

      try (Database db = Database.open(data)) {
        Map<String, CrawledDocument> docs = new DocumentStore(db).changedAfter(0, 100).stream()
            .map(DocumentStore.Change::document).collect(Collectors.toMap(d -> d.url().substring(b.length()), d -> d));
        assertThat(docs.keySet()).containsExactlyInAnyOrder("/slow", "/throttled", "/wrong-charset", "/no-charset");
        assertThat(docs.get("/wrong-charset").text()).contains("夕凪食品");
        assertThat(docs.get("/no-charset").charset()).isEqualTo("windows-31j");

        List<Path> warcs = WarcArchive.files(data.resolve("warc"));
        assertThat(warcs).isNotEmpty();
        List<FetchResult> archived = WarcReplay.readAll(data.resolve("warc"));
        for (CrawledDocument d : docs.values()) {
          FetchResult raw = archived.stream().filter(r -> r.finalUrl().toString().equals(d.url()) && r.status() == 200)
              .findFirst().orElseThrow();
          String html = BodyDecoder.decode(raw.body(), raw.contentType()).text();
          assertThat(ArticleExtractor.extract(html, raw.finalUrl(), new ExtractHints(null, null, null)).text())
              .as(d.url()).isEqualTo(d.text());
        }
      }
    }
  }

  @Test
  void missing_sources_file_exits_two() {
    int exit = new CommandLine(new CrawlCommand()).execute("--sources", dir.resolve("nope.json").toString(),
        "--once", "--data-dir", dir.resolve("data").toString());
    assertThat(exit).isEqualTo(2);
  }

  private static void sleep(long ms) {
    try {
      TimeUnit.MILLISECONDS.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
