package jiken.web.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import jiken.indexer.Json;
import jiken.web.App;
import jiken.web.WebContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/extract} on a real server: the contract shape, and hostile bodies get a 4xx JSON error. */
class ExtractApiTest {
  @TempDir static Path dir;
  /** A fictional notice in our own words. */
  private static final String ARTICLE = "{\"id\":\"t1\",\"url\":\"https://news.test/a\",\"title\":"
      + "\"架空フーズに不正アクセス、会員情報1万2000件流出か\",\"text\":\"食品通販の架空フーズ株式会社は10月28日、"
      + "会員サイトが不正アクセスを受け、会員1万2000件の氏名やメールアドレスが流出した可能性があると発表した。\","
      + "\"published\":\"2025-10-30\"}";

  private interface Call {
    void run(Poster post) throws Exception;
  }

  private interface Poster {
    Res post(String body) throws Exception;
  }

  /** A response read whole. */
  private record Res(int code, String body) implements AutoCloseable {
    @Override
    public void close() {}
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static void withServer(Call call) {
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> call.run(body -> {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/extract"))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Res(r.statusCode(), r.body());
      }));
    }
  }

  @Test
  void one_article_gives_the_output_contract() {
    withServer(post -> {
      try (Res res = post.post(ARTICLE)) {
        assertThat(res.code()).isEqualTo(200);
        JsonNode out = Json.MAPPER.readTree(res.body());
        assertThat(out.get("id").asText()).isEqualTo("t1");
        for (String f : new String[] {"organizations", "incident_types", "dates", "affected_count", "data_types", "systems"}) {
          assertThat(out.has(f)).as(f).isTrue();
        }
        assertThat(out.get("incident_types").toString()).contains("unauthorized_access");
        assertThat(out.get("affected_count").get("value").asLong()).isEqualTo(12000);
        assertThat(out.get("dates").get(0).get("value").asText()).isEqualTo("2025-10-28");
      }
    });
  }

  @Test
  void an_array_gives_an_array_in_input_order() {
    withServer(post -> {
      String second = ARTICLE.replace("\"t1\"", "\"t2\"");
      try (Res res = post.post("[" + ARTICLE + "," + second + "]")) {
        assertThat(res.code()).isEqualTo(200);
        JsonNode out = Json.MAPPER.readTree(res.body());
        assertThat(out.isArray()).isTrue();
        assertThat(out.get(0).get("id").asText()).isEqualTo("t1");
        assertThat(out.get(1).get("id").asText()).isEqualTo("t2");
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{", "[1,2", "null", "42", "\"text\"", "[]", "{\"text\":5}", "{\"title\":\"x\"}",
      "{\"text\":\"x\",\"published\":\"yesterday\"}", "{\"text\":\"x\",\"published\":20250101}", "{\"text\":[\"a\"]}",
      "{\"text\":\"x\",\"id\":{\"a\":1}}", "{\"text\":\"x\",\"url\":[]}", "[{\"text\":\"x\"},3]", "{\"text\":\"\\ud800\"} trailing",
      "\uFEFF{\"text\":\"x\""})
  void bad_bodies_get_a_400_json_error(String body) {
    withServer(post -> {
      try (Res res = post.post(body)) {
        assertThat(res.code()).as(body).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(res.body()).get("error").asText()).isNotBlank();
      }
    });
  }

  @Test
  void deep_nesting_is_a_400_not_a_stack_overflow() {
    withServer(post -> {
      String deep = "{\"text\":\"x\",\"extra\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
      try (Res res = post.post(deep)) {
        assertThat(res.code()).isEqualTo(400);
        assertThat(res.body()).contains("error");
      }
    });
  }

  @Test
  void too_many_articles_is_a_400() {
    withServer(post -> {
      String many = "[" + String.join(",", java.util.Collections.nCopies(101, "{\"text\":\"x\"}")) + "]";
      try (Res res = post.post(many)) {
        assertThat(res.code()).isEqualTo(400);
      }
    });
  }

  @Test
  void over_long_text_and_over_large_bodies_are_413() {
    withServer(post -> {
      try (Res res = post.post("{\"text\":\"" + "あ".repeat(200_001) + "\"}")) {
        assertThat(res.code()).isEqualTo(413);
        assertThat(res.body()).contains("error");
      }
      try (Res res = post.post("{\"text\":\"" + "a".repeat(1_100_000) + "\"}")) {
        assertThat(res.code()).as("body: [" + res.body() + "]").isEqualTo(413);
      }
    });
  }

  @Test
  void a_long_but_allowed_text_is_extracted() {
    withServer(post -> {
      String text = "不正アクセスを受けた。".repeat(15_000); // 165,000 characters of repetitive prose
      try (Res res = post.post("{\"id\":\"long\",\"text\":\"" + text + "\"}")) {
        assertThat(res.code()).isIn(200, 413); // 413 only if the time budget ran out
        assertThat(Json.MAPPER.readTree(res.body()).isObject()).isTrue();
      }
    });
  }

  @Test
  void get_is_not_allowed_and_says_so_without_a_500() {
    try (WebContext web = new WebContext(dir, false)) {
      JavalinTest.test(App.create(web), (server, client) -> assertThat(client.get("/api/extract").code()).isBetween(400, 499));
    }
  }
}
