package jiken.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import jiken.indexer.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search and suggest over HTTP: kana/romaji names, the suggest contract, hostile and random input. */
class SearchApiTest {
  @TempDir static Path dir;

  @BeforeAll
  static void data() {
    WebFixture.build(dir);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static WebContext context() {
    WebContext web = new WebContext(dir, false);
    web.setReady(true, "ready");
    return web;
  }

  @Test
  void organisation_names_match_in_kana_and_romaji() {
    try (WebContext web = context()) {
      JavalinTest.test(App.create(web), (server, client) -> {
        for (String q : new String[] {"かくうしょうじ", "カクウショウジ", "ｶｸｳｼｮｳｼﾞ", "kakuushouji", "kakushoji"}) {
          JsonNode body = Json.MAPPER.readTree(client.get("/api/search?q=" + enc(q)).body().string());
          assertThat(body.get("total").asLong()).as(q).isEqualTo(1);
          assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("2025-10-kaku-shoji-unauthorized-access");
        }
      });
    }
  }

  @Test
  void small_result_sets_say_their_counts_are_exact() {
    try (WebContext web = context()) {
      JavalinTest.test(App.create(web), (server, client) -> {
        for (String q : new String[] {"", "不正アクセス", "かくうしょうじ"}) {
          JsonNode body = Json.MAPPER.readTree(client.get("/api/search?q=" + enc(q)).body().string());
          assertThat(body.get("total_exact").asBoolean()).as(q).isTrue();
          assertThat(body.get("facets_sampled").asBoolean()).as(q).isFalse();
          assertThat(body.get("total").asLong()).as(q).isPositive();
        }
      });
    }
  }

  @Test
  void suggest_returns_names_with_counts_for_kana_and_romaji() {
    try (WebContext web = context()) {
      JavalinTest.test(App.create(web), (server, client) -> {
        for (String q : new String[] {"架空", "かくう", "kaku", "ｶｸ"}) {
          var res = client.get("/api/suggest?q=" + enc(q));
          assertThat(res.code()).isEqualTo(200);
          JsonNode s = Json.MAPPER.readTree(res.body().string()).get("suggestions");
          assertThat(s.get(0).get("name").asText()).as(q).isEqualTo("架空商事株式会社");
          assertThat(s.get(0).get("count").asLong()).isEqualTo(1);
        }
        assertThat(Json.MAPPER.readTree(client.get("/api/suggest").body().string()).get("suggestions")).isEmpty();
        assertThat(client.get("/api/suggest?q=a&size=0").code()).isEqualTo(400);
        assertThat(client.get("/api/suggest?q=a&size=x").code()).isEqualTo(400);
        assertThat(client.get("/api/suggest?q=" + enc("x".repeat(3000))).code()).isEqualTo(200);
      });
    }
  }

  @Test
  void the_search_page_offers_matching_organisations_without_javascript() {
    try (WebContext web = context()) {
      JavalinTest.test(App.create(web), (server, client) -> {
        String html = client.get("/search?q=" + enc("かくう")).body().string();
        assertThat(html).contains("<datalist id=\"org-suggest\">").contains("架空商事株式会社")
            .contains("org=" + enc("架空商事株式会社"));
      });
    }
  }

  @Test
  void seeded_random_queries_never_get_a_5xx() {
    String alphabet = "不正アクセス漏洩えいランサムｳｪｱ\"'()[]{}:*?~+-|\\/!^&<>　 \t\u0000\u0007\u202e\uFEFFab1🔥😀"
        + "ｱｶｻﾀﾅAND OR NOT title:org_text:%#";
    Random random = new Random(20260601L);
    try (WebContext web = context()) {
      JavalinTest.test(App.create(web), (server, client) -> {
        for (int i = 0; i < 150; i++) {
          StringBuilder q = new StringBuilder();
          int len = random.nextInt(i % 10 == 0 ? 600 : 30);
          for (int j = 0; j < len; j++) {
            q.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
          }
          String params = "q=" + enc(q.toString()) + "&page=" + (random.nextInt(5) - 1) + "&size=" + (random.nextInt(120) - 5)
              + (random.nextBoolean() ? "&from=" + enc(q.length() > 3 ? q.substring(0, 3) : "2025-01-01") : "");
          for (String path : new String[] {"/api/search?", "/search?", "/api/suggest?"}) {
            var res = client.get(path + params);
            assertThat(res.code()).as(path + params).isLessThan(500);
            if (path.startsWith("/api/") && res.code() >= 400) {
              assertThat(Json.MAPPER.readTree(res.body().string()).get("error").asText()).isNotBlank();
            }
          }
        }
      });
    }
  }

  @Test
  void paging_deeper_than_the_window_is_a_clear_400() {
    try (WebContext web = context()) {
      JavalinTest.test(App.create(web), (server, client) -> {
        var res = client.get("/api/search?page=9000&size=100");
        assertThat(res.code()).isEqualTo(400);
        assertThat(res.body().string()).contains("10000");
        assertThat(client.get("/api/search?page=100&size=100").code()).isEqualTo(200);
      });
    }
  }
}
