package jiken.web.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;
import jiken.web.App;
import jiken.web.WebContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge, split, fact correction and the audit log with revert, each on a fresh data directory. */
class EditorialTest {
  @TempDir Path dir;

  interface Body {
    void run(Http http, WebContext web) throws Exception;
  }

  void site(Body body) {
    WriterFixture.build(dir);
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> body.run(new Http(server.port()), web));
    }
  }

  /** Logs in and posts one case-page form; returns the response. */
  static HttpResponse<String> edit(Http http, String caseId, String action, Map<String, String> fields) {
    String token = Http.csrf(http.get("/cases/" + caseId).body());
    Map<String, String> f = new java.util.HashMap<>(fields);
    f.put("_csrf", token);
    return http.form("/cases/" + caseId + "/edit/" + action, f);
  }

  static JsonNode json(HttpResponse<String> res) throws Exception {
    return Json.MAPPER.readTree(res.body());
  }

  @Test
  void merging_keeps_articles_and_tags_and_the_old_id_redirects() {
    site((http, web) -> {
      String school = WriterFixture.caseId(web.cases(), WriterFixture.SCHOOL);
      String payroll = WriterFixture.caseId(web.cases(), WriterFixture.PAYROLL);
      http.login("wendy", WriterFixture.PASSWORD);
      assertThat(edit(http, school, "tag", Map.of("tag", "学校")).statusCode()).isEqualTo(303);
      HttpResponse<String> res = edit(http, payroll, "merge", Map.of("other", school));
      assertThat(res.statusCode()).isEqualTo(303);

      HttpResponse<String> old = http.get("/cases/" + school);
      assertThat(old.statusCode()).isEqualTo(301);
      assertThat(old.headers().firstValue("Location")).hasValue("/cases/" + payroll);
      assertThat(http.get("/api/cases/" + school).statusCode()).isEqualTo(301);
      CaseRecord merged = web.cases().get(payroll).orElseThrow();
      assertThat(merged.articles()).extracting(CaseRecord.Article::title)
          .containsExactlyInAnyOrder(WriterFixture.PAYROLL, WriterFixture.SCHOOL);
      assertThat(merged.tags()).contains("学校");
      JsonNode all = json(http.get("/api/search?size=50"));
      assertThat(all.get("total").asLong()).isEqualTo(2);
      assertThat(all.toString()).doesNotContain(school);

      // the merge survives a re-crawl of the absorbed article and a full rebuild
      WriterFixture.recrawl(web.db(), "http://fixture.test/s1", WriterFixture.SCHOOL, LocalDate.of(2025, 4, 22));
      WriterFixture.indexer(web.db()).run(web.index());
      WriterFixture.indexer(web.db()).rebuild(web.index());
      assertThat(web.cases().get(payroll).orElseThrow().articles()).hasSize(2);
      assertThat(web.cases().resolve(school)).isEqualTo(payroll);
    });
  }

  @Test
  void splitting_moves_one_article_to_a_new_case_that_survives_a_recrawl() {
    site((http, web) -> {
      String bakery = WriterFixture.caseId(web.cases(), WriterFixture.BAKERY_1);
      CaseRecord before = web.cases().get(bakery).orElseThrow();
      assertThat(before.articles()).hasSize(2);
      long second = before.articles().stream().filter(a -> a.title().equals(WriterFixture.BAKERY_2)).findFirst()
          .orElseThrow().id();
      http.login("wendy", WriterFixture.PASSWORD);
      HttpResponse<String> res = edit(http, bakery, "split", Map.of("document", Long.toString(second)));
      assertThat(res.statusCode()).isEqualTo(303);
      String newId = res.headers().firstValue("Location").orElseThrow().replace("/cases/", "").replace("#edit", "");
      assertThat(newId).isNotEqualTo(bakery);
      assertThat(web.cases().get(newId).orElseThrow().articles()).extracting(CaseRecord.Article::id).containsExactly(second);
      assertThat(web.cases().get(bakery).orElseThrow().articles()).hasSize(1);
      assertThat(json(http.get("/api/search?size=50")).get("total").asLong()).isEqualTo(4);

      WriterFixture.recrawl(web.db(), "http://fixture.test/b2", WriterFixture.BAKERY_2, LocalDate.of(2025, 9, 25));
      WriterFixture.indexer(web.db()).run(web.index());
      assertThat(web.cases().get(newId).orElseThrow().articles()).extracting(CaseRecord.Article::id).containsExactly(second);
      assertThat(edit(http, newId, "split", Map.of("document", Long.toString(second))).statusCode()).isEqualTo(400);
    });
  }

  @Test
  void corrections_survive_reindexing_and_rebuilds() {
    site((http, web) -> {
      String bakery = WriterFixture.caseId(web.cases(), WriterFixture.BAKERY_1);
      http.login("wendy", WriterFixture.PASSWORD);
      assertThat(edit(http, bakery, "correct", Map.of("field", "affected_count", "key", "", "value", "1234"))
          .statusCode()).isEqualTo(303);
      assertThat(edit(http, bakery, "correct", Map.of("field", "org_role", "key", "北風ベーカリー株式会社", "value", "other"))
          .statusCode()).isEqualTo(303);
      assertThat(edit(http, bakery, "correct", Map.of("field", "affected_count", "key", "", "value", "many"))
          .statusCode()).isEqualTo(400);
      assertThat(edit(http, bakery, "correct", Map.of("field", "org_role", "key", "存在しない会社", "value", "vendor"))
          .statusCode()).isEqualTo(404);

      WriterFixture.recrawl(web.db(), "http://fixture.test/b1", WriterFixture.BAKERY_1, LocalDate.of(2025, 9, 11));
      assertThat(WriterFixture.indexer(web.db()).run(web.index()).documents()).isEqualTo(1);
      WriterFixture.indexer(web.db()).rebuild(web.index());
      JsonNode c = json(http.get("/api/cases/" + bakery));
      assertThat(c.get("affected_count").get("value").asLong()).isEqualTo(1234);
      assertThat(c.get("organizations").get(0).get("role").asText()).isEqualTo("other");
      JsonNode hit = json(http.get("/api/search?size=50")).get("hits");
      assertThat(hit.toString()).contains("1234");
      assertThat(http.get("/cases/" + bakery).body()).contains("1,234件", "事実の訂正");
    });
  }

  @Test
  void admins_see_the_audit_log_and_revert_changes() {
    site((http, web) -> {
      String school = WriterFixture.caseId(web.cases(), WriterFixture.SCHOOL);
      String payroll = WriterFixture.caseId(web.cases(), WriterFixture.PAYROLL);
      assertThat(http.get("/admin/audit").statusCode()).isEqualTo(303);
      http.login("wendy", WriterFixture.PASSWORD);
      edit(http, school, "tag", Map.of("tag", "保護者"));
      edit(http, payroll, "merge", Map.of("other", school));
      assertThat(http.get("/admin/audit").statusCode()).isEqualTo(403);
      String token = Http.csrf(http.get("/login").body());
      assertThat(http.form("/admin/audit/1/revert", Map.of("_csrf", token)).statusCode()).isEqualTo(403);

      Http admin = new Http(Integer.parseInt(http.base.substring(http.base.lastIndexOf(':') + 1)));
      admin.login("ada", WriterFixture.PASSWORD);
      String page = admin.get("/admin/audit").body();
      assertThat(page).contains("タグ追加", "事案の統合", "wendy", "保護者");
      String adminToken = Http.csrf(page);
      int mergeEntry = entryId(page, "事案の統合");

      assertThat(admin.form("/admin/audit/" + mergeEntry + "/revert", Map.of("_csrf", adminToken)).statusCode()).isEqualTo(303);
      assertThat(http.get("/cases/" + school).statusCode()).isEqualTo(200);
      assertThat(web.cases().get(school).orElseThrow().tags()).contains("保護者");
      assertThat(web.cases().get(payroll).orElseThrow().articles()).hasSize(1);
      assertThat(json(http.get("/api/search?size=50")).get("total").asLong()).isEqualTo(3);
      assertThat(admin.form("/admin/audit/" + mergeEntry + "/revert", Map.of("_csrf", adminToken)).statusCode()).isEqualTo(409);

      int tagEntry = entryId(admin.get("/admin/audit").body(), "タグ追加");
      assertThat(admin.form("/admin/audit/" + tagEntry + "/revert", Map.of("_csrf", adminToken)).statusCode()).isEqualTo(303);
      assertThat(web.cases().get(school).orElseThrow().tags()).doesNotContain("保護者");
      assertThat(http.get("/cases/" + school).body()).contains("取り消し済み", "取り消し");
      assertThat(admin.form("/admin/audit/999/revert", Map.of("_csrf", adminToken)).statusCode()).isEqualTo(404);
    });
  }

  private static int entryId(String page, String label) {
    Matcher m = Pattern.compile("<td>(\\d+)</td>(?:(?!</tr>).)*?<td>" + label + "</td>", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as(label).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
