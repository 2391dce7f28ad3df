package jiken.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jiken.indexer.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API on a real server (javalin-testtools), against the contracts in DESIGN.md. */
class ApiTest {
  @TempDir static Path dir;

  @BeforeAll
  static void data() {
    WebFixture.build(dir);
  }

  private static WebContext context(boolean ready) {
    WebContext web = new WebContext(dir, false);
    web.setReady(ready, ready ? "ready" : "crawling");
    return web;
  }

  private static JsonNode json(String body) throws Exception {
    return Json.MAPPER.readTree(body);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void healthz_is_503_until_ready_then_200() {
    try (WebContext notReady = context(false)) {
      JavalinTest.test(App.create(notReady), (server, client) -> assertThat(client.get("/healthz").code()).isEqualTo(503));
    }
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> assertThat(client.get("/healthz").code()).isEqualTo(200));
    }
  }

  @Test
  void search_returns_the_contract_shape_with_facets() {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        var res = client.get("/api/search?q=" + enc("不正アクセス"));
        assertThat(res.code()).isEqualTo(200);
        assertThat(res.headers().get("Content-Type").get(0)).contains("application/json");
        JsonNode body = json(res.body().string());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        JsonNode hit = body.get("hits").get(0);
        for (String field : new String[] {"id", "title", "snippet", "organizations", "incident_types", "first_date",
            "last_date", "affected_count", "tags"}) {
          assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("id").asText()).isEqualTo("2025-10-kaku-shoji-unauthorized-access");
        assertThat(hit.get("snippet").asText()).contains("<mark>");
        for (String dim : new String[] {"type", "year", "tag", "org", "data_type"}) {
          assertThat(body.get("facets").has(dim)).as(dim).isTrue();
        }
      });
    }
  }

  @Test
  void spelling_variants_and_width_forms_match() {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        // the article says 漏洩 and ランサムウエア; readers type 漏えい and ランサムウェア
        assertThat(json(client.get("/api/search?q=" + enc("漏えい")).body().string()).get("total").asLong()).isEqualTo(1);
        assertThat(json(client.get("/api/search?q=" + enc("ランサムウェア")).body().string()).get("total").asLong()).isEqualTo(1);
        assertThat(json(client.get("/api/search?q=" + enc("ﾗﾝｻﾑｳｪｱ")).body().string()).get("total").asLong()).isEqualTo(1);
      });
    }
  }

  @Test
  void empty_query_lists_all_cases_newest_first() {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        JsonNode body = json(client.get("/api/search").body().string());
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("hits").get(0).get("first_date").asText()).isEqualTo("2026-02-08");
        assertThat(body.get("hits").get(2).get("first_date").asText()).isEqualTo("2025-06-02");
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=-1", "page=abc", "size=0", "size=100000", "from=2025-13-40", "to=yesterday",
      "year=20x5", "sort=random", "min_count=-5"})
  void malformed_parameters_get_a_clear_400(String param) {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        var res = client.get("/api/search?" + param);
        assertThat(res.code()).isEqualTo(400);
        assertThat(json(res.body().string()).get("error").asText()).isNotBlank();
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unbalanced", "title:(x", "a AND (b OR", "🔥不正", "\u0000\u0007ctl", "-", "+++", "*?~"})
  void odd_queries_are_parsed_leniently(String q) {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> assertThat(client.get("/api/search?q=" + enc(q)).code()).isEqualTo(200));
    }
  }

  @Test
  void a_ten_thousand_character_query_gets_a_clear_answer() {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        // Jetty refuses request lines over 8 KiB with 414; shorter long queries are cut to 1000 characters.
        assertThat(client.get("/api/search?q=" + enc("不正".repeat(5000))).code()).isEqualTo(414);
        assertThat(client.get("/api/search?q=" + "x".repeat(5000)).code()).isEqualTo(200);
      });
    }
  }

  @Test
  void case_api_has_the_contract_fields_and_timeline_sources() {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        var res = client.get("/api/cases/2025-10-kaku-shoji-unauthorized-access");
        assertThat(res.code()).isEqualTo(200);
        JsonNode c = json(res.body().string());
        for (String field : new String[] {"id", "title", "summary", "status", "organizations", "incident_types",
            "affected_count", "data_types", "systems", "tags", "timeline", "articles", "related"}) {
          assertThat(c.has(field)).as(field).isTrue();
        }
        assertThat(c.get("affected_count").get("value").asLong()).isEqualTo(12000);
        JsonNode event = c.get("timeline").get(0);
        assertThat(event.get("date").asText()).isEqualTo("2025-10-28");
        assertThat(event.get("precision").asText()).isEqualTo("day");
        assertThat(event.get("source_url").asText()).isEqualTo("http://news.test/a1");
        assertThat(event.get("document_id").asLong()).isPositive();
        assertThat(c.get("articles").get(0).get("url").asText()).isEqualTo("http://news.test/a1");
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/cases/..%2F..%2Fetc%2Fpasswd", "/api/cases/%3Cscript%3E", "/api/cases/UPPER"})
  void hostile_case_ids_get_400(String path) {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        var res = client.get(path);
        assertThat(res.code()).isBetween(400, 404);
        assertThat(res.body().string()).doesNotContain("<script>");
      });
    }
  }

  @Test
  void unknown_case_is_404_json() {
    try (WebContext web = context(true)) {
      JavalinTest.test(App.create(web), (server, client) -> {
        var res = client.get("/api/cases/2099-01-nothing-here");
        assertThat(res.code()).isEqualTo(404);
        assertThat(json(res.body().string()).get("error").asText()).contains("no such case");
      });
    }
  }
}
