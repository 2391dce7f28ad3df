package jiken.web.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import jiken.indexer.Json;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.auth.UserStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST|DELETE /api/cases/{id}/tags} and {@code POST /api/cases/{id}/links} with bearer tokens. */
class WriterApiTest {
  @TempDir static Path dir;
  static String bakery;
  static String payroll;
  static String school;
  static String writerToken;
  static String readerToken;

  @BeforeAll
  static void data() {
    WriterFixture.build(dir);
    try (WebContext web = new WebContext(dir, false)) {
      bakery = WriterFixture.caseId(web.cases(), WriterFixture.BAKERY_1);
      payroll = WriterFixture.caseId(web.cases(), WriterFixture.PAYROLL);
      school = WriterFixture.caseId(web.cases(), WriterFixture.SCHOOL);
      UserStore users = new UserStore(web.db());
      writerToken = users.issueToken("wendy");
      readerToken = users.issueToken("rita");
    }
  }

  interface Body {
    void run(Http http, WebContext web) throws Exception;
  }

  static void site(Body body) {
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> body.run(new Http(server.port()), web));
    }
  }

  static JsonNode json(HttpResponse<String> res) throws Exception {
    return Json.MAPPER.readTree(res.body());
  }

  @Test
  void tokens_decide_401_and_403_before_anything_else() {
    site((http, web) -> {
      String path = "/api/cases/" + bakery + "/tags";
      HttpResponse<String> none = http.json("POST", path, "{\"tag\":\"x\"}", null);
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(json(none).get("error").asText()).isNotBlank();
      assertThat(http.json("POST", path, "{\"tag\":\"x\"}", "jk_not-a-real-token").statusCode()).isEqualTo(401);
      assertThat(http.json("DELETE", path, "not even json", "jk_not-a-real-token").statusCode()).isEqualTo(401);
      assertThat(http.json("POST", "/api/cases/" + bakery + "/links", "{}", null).statusCode()).isEqualTo(401);
      HttpResponse<String> reader = http.json("POST", path, "{\"tag\":\"x\"}", readerToken);
      assertThat(reader.statusCode()).isEqualTo(403);
      assertThat(json(reader).get("error").asText()).isNotBlank();
      // a browser session is not an API credential
      http.login("wendy", WriterFixture.PASSWORD);
      assertThat(http.json("POST", path, "{\"tag\":\"x\"}", null).statusCode()).isEqualTo(401);
      assertThat(web.cases().get(bakery).orElseThrow().tags()).doesNotContain("x");
    });
  }

  @Test
  void a_writer_adds_and_removes_a_tag_and_search_sees_it() {
    site((http, web) -> {
      String path = "/api/cases/" + school + "/tags";
      HttpResponse<String> added = http.json("POST", path, "{\"tag\":\"  誤送信対策 \"}", writerToken);
      assertThat(added.statusCode()).isEqualTo(201);
      assertThat(json(added).get("tags").toString()).contains("誤送信対策");
      assertThat(json(http.get("/api/cases/" + school)).get("tags").toString()).contains("誤送信対策");
      JsonNode search = json(http.get("/api/search?tag=" + java.net.URLEncoder.encode("誤送信対策", java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(search.get("total").asLong()).isEqualTo(1);

      HttpResponse<String> removed = http.json("DELETE", path, "{\"tag\":\"誤送信対策\"}", writerToken);
      assertThat(removed.statusCode()).isEqualTo(200);
      assertThat(json(http.get("/api/cases/" + school)).get("tags").toString()).doesNotContain("誤送信対策");
      assertThat(http.json("DELETE", path, "{\"tag\":\"誤送信対策\"}", writerToken).statusCode()).isEqualTo(404);
    });
  }

  @Test
  void a_removed_automatic_tag_stays_removed_after_reindexing() {
    site((http, web) -> {
      String autoTag = web.cases().get(payroll).orElseThrow().tags().get(0);
      assertThat(http.json("DELETE", "/api/cases/" + payroll + "/tags",
          Json.MAPPER.writeValueAsString(java.util.Map.of("tag", autoTag)), writerToken).statusCode()).isEqualTo(200);
      WriterFixture.recrawl(web.db(), "http://fixture.test/p1", WriterFixture.PAYROLL, java.time.LocalDate.of(2025, 7, 3));
      assertThat(WriterFixture.indexer(web.db()).run(web.index()).documents()).isEqualTo(1);
      WriterFixture.indexer(web.db()).rebuild(web.index());
      assertThat(web.cases().get(payroll).orElseThrow().tags()).doesNotContain(autoTag);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "{", "\"tag\"", "{\"tag\":5}", "{\"tag\":\"\"}", "{\"tag\":\"   \"}", "{\"tag\":\"a/b\"}",
      "{\"tag\":\"<b>\"}", "{\"label\":\"x\"}", "{\"tag\":\"ああああああああああああああああああああああああああああああああああああああああああ\"}"})
  void bad_tag_bodies_get_a_json_400(String body) {
    site((http, web) -> {
      HttpResponse<String> res = http.json("POST", "/api/cases/" + bakery + "/tags", body, writerToken);
      assertThat(res.statusCode()).isEqualTo(400);
      assertThat(json(res).get("error").asText()).isNotBlank();
    });
  }

  @Test
  void unknown_and_malformed_case_ids_get_404_and_400() {
    site((http, web) -> {
      assertThat(http.json("POST", "/api/cases/2099-01-no-such-case/tags", "{\"tag\":\"x\"}", writerToken).statusCode())
          .isEqualTo(404);
      assertThat(http.json("POST", "/api/cases/NOT_AN_ID/tags", "{\"tag\":\"x\"}", writerToken).statusCode()).isEqualTo(400);
    });
  }

  @Test
  void a_writer_links_a_vendor_to_its_victim_and_bad_links_are_refused() {
    site((http, web) -> {
      String path = "/api/cases/" + payroll + "/links";
      HttpResponse<String> res = http.json("POST", path,
          "{\"to\":\"" + school + "\",\"kind\":\"vendor_of\",\"reason\":\"給与計算を委託していた\"}", writerToken);
      assertThat(res.statusCode()).isEqualTo(201);
      assertThat(json(res).get("reason").asText()).isEqualTo("給与計算を委託していた");
      assertThat(web.links().linksOf(school)).anySatisfy(l -> {
        assertThat(l.fromCase()).isEqualTo(payroll);
        assertThat(l.kind()).isEqualTo("vendor_of");
        assertThat(l.source()).isEqualTo("editor");
      });
      assertThat(json(http.get("/api/cases/" + school)).get("related").toString()).contains(payroll);

      assertThat(http.json("POST", path, "{\"to\":\"" + school + "\",\"kind\":\"friend_of\"}", writerToken).statusCode())
          .isEqualTo(400);
      assertThat(http.json("POST", path, "{\"to\":\"" + payroll + "\",\"kind\":\"related\"}", writerToken).statusCode())
          .isEqualTo(400);
      assertThat(http.json("POST", path, "{\"kind\":\"related\"}", writerToken).statusCode()).isEqualTo(400);
      assertThat(http.json("POST", path, "{\"to\":\"2099-01-nowhere\",\"kind\":\"related\"}", writerToken).statusCode())
          .isEqualTo(404);
    });
  }
}
