package jiken.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jiken.indexer.Json;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.export.ExportFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tag, organisation, timeline, statistics and home pages and the tag API on a real server. */
class PageRoutesTest {
  @TempDir static Path dir;

  @BeforeAll
  static void data() {
    ExportFixture.build(dir);
  }

  interface Body {
    void run(HttpClient client) throws Exception;
  }

  static void serve(Body body) {
    try (WebContext web = new WebContext(dir, true)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> body.run(client));
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static void assertHtmlPage(io.javalin.testtools.Response res, int status) {
    assertThat(res.code()).isEqualTo(status);
    assertThat(res.headers().get("Content-Type").get(0).replace(" ", "")).isEqualTo("text/html;charset=utf-8");
    assertThat(res.headers().get("Content-Security-Policy")).isNotEmpty();
  }

  @Test
  void tag_api_lists_tags_with_counts_and_the_cases_of_one_tag() {
    serve(client -> {
      JsonNode tags = Json.MAPPER.readTree(client.get("/api/tags").body().string()).get("tags");
      JsonNode first = tags.get(0);
      assertThat(first.get("tag").asText()).isNotBlank();
      assertThat(first.get("count").asLong()).isPositive();
      long access = 0;
      for (JsonNode t : tags) {
        if (t.get("tag").asText().equals("不正アクセス")) {
          access = t.get("count").asLong();
        }
      }
      assertThat(access).isEqualTo(2);
      JsonNode one = Json.MAPPER.readTree(client.get("/api/tags/" + enc("不正アクセス")).body().string());
      assertThat(one.get("total").asLong()).isEqualTo(2);
      assertThat(one.get("cases").size()).isEqualTo(2);
      assertThat(one.get("cases").get(0).has("title")).isTrue();
      assertThat(one.get("cases").get(0).has("organizations")).isTrue();
    });
  }

  @Test
  void tags_and_tag_pages_render_and_escape() {
    serve(client -> {
      var list = client.get("/tags");
      assertHtmlPage(list, 200);
      String html = list.body().string();
      assertThat(html).contains("href=\"/tags/" + enc("不正アクセス") + "\"");
      var page = client.get("/tags/" + enc("誤送信・誤送付"));
      assertHtmlPage(page, 200);
      String body = page.body().string();
      assertThat(body).contains("みなみ町").doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
      assertThat(body).contains("/feeds/cases.atom?tag=");
      var unknown = client.get("/tags/" + enc("存在しないタグ"));
      assertHtmlPage(unknown, 404);
      assertThat(unknown.body().string()).contains("該当する事案はありません");
    });
  }

  @Test
  void org_page_lists_every_case_of_the_organisation() {
    serve(client -> {
      var res = client.get("/orgs/" + enc("架空クラウド株式会社"));
      assertHtmlPage(res, 200);
      String html = res.body().string();
      assertThat(html).contains("架空クラウドに不正アクセス");
      assertThat(client.get("/orgs/" + enc("実在しない組織")).code()).isEqualTo(404);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"/orgs/%07bell", "/api/tags/%1F", "/tags/x?page=0", "/tags/x?page=abc",
      "/timeline?page=-3", "/timeline?year=abcd"})
  void bad_path_and_query_parameters_get_a_400(String path) {
    serve(client -> {
      var res = client.get(path);
      assertThat(res.code()).isEqualTo(400);
    });
  }

  @Test
  void an_over_long_tag_is_rejected() {
    serve(client -> assertThat(client.get("/api/tags/" + "a".repeat(300)).code()).isEqualTo(400));
  }

  @Test
  void timeline_page_merges_the_matching_cases_in_date_order() {
    serve(client -> {
      var res = client.get("/timeline?q=" + enc("不正アクセス"));
      assertHtmlPage(res, 200);
      String html = res.body().string();
      int first = html.indexOf("2025-09-10");
      int second = html.indexOf("2025-09-20");
      assertThat(first).isPositive();
      assertThat(second).isGreaterThan(first);
      assertThat(html).contains("http://news.test/e1").contains("/api/timeline?q=");
      String all = client.get("/timeline").body().string();
      assertThat(all).contains("2025-06").doesNotContain("<script>alert(1)</script>");
    });
  }

  @Test
  void stats_page_has_every_breakdown_with_drill_down_links() {
    serve(client -> {
      var res = client.get("/stats");
      assertHtmlPage(res, 200);
      String html = res.body().string();
      assertThat(html).contains("年別", "原因別", "ウイルス感染・不正アクセス", "誤表示・誤送信", "手口別", "情報の種類別", "規模別");
      assertThat(html).contains("href=\"/search?year=2025\"", "href=\"/search?type=unauthorized_access\"",
          "href=\"/search?min_count=10000&amp;sort=largest\"");
      assertThat(html).contains("<meter").doesNotContain("style=");
    });
  }

  @Test
  void home_page_shows_month_and_type_charts_and_largest_of_the_year() {
    serve(client -> {
      var res = client.get("/");
      assertHtmlPage(res, 200);
      String html = res.body().string();
      assertThat(html).contains("月別の事案数", "種類別の事案数", "2025年の影響件数の大きい事案", "2025年9月");
      assertThat(html).contains("<meter").doesNotContain("style=");
      assertThat(html).contains("href=\"/stats\"", "href=\"/tags\"", "href=\"/timeline\"");
    });
  }
}
