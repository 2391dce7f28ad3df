package jiken.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages on a real server, parsed with jsoup rather than matched as strings. */
class PagesTest {
  @TempDir static Path dir;

  @BeforeAll
  static void data() {
    WebFixture.build(dir);
  }

  private static WebContext context(boolean demo) {
    WebContext web = new WebContext(dir, demo);
    web.setReady(true, "ready");
    return web;
  }

  @Test
  void every_page_is_utf8_html_with_security_headers() {
    try (WebContext web = context(false)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        for (String path : new String[] {"/", "/search?q=x", "/cases/2025-10-kaku-shoji-unauthorized-access", "/nope"}) {
          var res = client.get(path);
          assertThat(res.headers().get("Content-Type").get(0).replace(" ", "")).as(path).isEqualToIgnoringCase("text/html;charset=utf-8");
          assertThat(res.headers().get("Content-Security-Policy").get(0)).as(path).contains("default-src 'self'");
          assertThat(res.headers().get("X-Content-Type-Options").get(0)).isEqualTo("nosniff");
        }
      });
    }
  }

  @Test
  void search_page_lists_hits_with_links_and_marked_snippets() {
    try (WebContext web = context(false)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        Document d = Jsoup.parse(client.get("/search?q=" + URLEncoder.encode("不正アクセス", StandardCharsets.UTF_8)).body().string());
        assertThat(d.select("html").attr("lang")).isEqualTo("ja");
        assertThat(d.select("li.hit h3 a").attr("href")).isEqualTo("/cases/2025-10-kaku-shoji-unauthorized-access");
        assertThat(d.select("li.hit .snippet mark")).isNotEmpty();
        assertThat(d.select("aside.facets h2").eachText()).contains("種類");
      });
    }
  }

  @Test
  void case_page_shows_timeline_linked_to_sources() {
    try (WebContext web = context(false)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        Document d = Jsoup.parse(client.get("/cases/2025-10-kaku-shoji-unauthorized-access").body().string());
        assertThat(d.select("h1").text()).contains("架空商事");
        var rows = d.select("table.timeline tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).select("td.date").text()).isEqualTo("2025-10-28");
        assertThat(rows.get(0).select("a.source").attr("href")).isEqualTo("http://news.test/a1");
        assertThat(d.select("ol.articles a").attr("href")).isEqualTo("http://news.test/a1");
      });
    }
  }

  @Test
  void crawled_markup_is_escaped_everywhere() {
    try (WebContext web = context(false)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        for (String path : new String[] {"/", "/search?q=" + URLEncoder.encode("紛失", StandardCharsets.UTF_8),
            "/cases/2025-06-midori-shi-loss-theft"}) {
          String body = client.get(path).body().string();
          assertThat(body).as(path).doesNotContain(WebFixture.XSS);
          assertThat(body).as(path).contains("alert(1)");
        }
        // JSON carries the text as data; only the snippet is HTML, and it is escaped.
        var hit = jiken.indexer.Json.MAPPER.readTree(client.get("/api/search?q="
            + URLEncoder.encode("紛失", StandardCharsets.UTF_8)).body().string()).get("hits").get(0);
        assertThat(hit.get("title").asText()).contains(WebFixture.XSS);
        assertThat(hit.get("snippet").asText()).contains("&lt;script&gt;").doesNotContain("<script");
      });
    }
  }

  @Test
  void the_demo_says_its_organisations_are_fictional() {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        Document d = Jsoup.parse(client.get("/").body().string());
        assertThat(d.select(".demo-banner").text()).contains("架空");
      });
    }
  }
}
