package jiken.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.CaseStore;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;
import jiken.web.App;
import jiken.web.WebContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code related} on {@code GET /api/cases/{id}}: reasons in words and a score; a type shared by
 * many cases in the same month relates only cases that also share something else; similar text
 * relates cases with the shared nouns as the reason. Fictional organisations, hand-made extractions.
 */
class RelatedCasesTest {
  @TempDir static Path dir;
  private static final Map<String, String> ID = new HashMap<>();

  @BeforeAll
  static void data() {
    Map<String, Extraction> byTitle = new HashMap<>();
    // Five phishing cases in one month: the type alone is too common to relate them.
    String[][] rows = {
      {"ツキミ銀行", "phishing", "ツキミ銀行を装うフィッシングメールが確認された。", "2025-09-02", "credit_card"},
      {"ハルニレ証券", "phishing", "ハルニレ証券を装うフィッシングサイトが確認された。", "2025-09-05", "credit_card"},
      {"ヨツバ運輸", "phishing", "ヨツバ運輸の不在通知を装うフィッシングが確認された。", "2025-09-08", "personal_info"},
      {"ミカン電力", "phishing", "ミカン電力の料金案内を装うフィッシングが確認された。", "2025-09-10", "personal_info"},
      {"サザンカ生協", "phishing", "サザンカ生協を装うフィッシングが確認された。", "2025-09-12", "personal_info"},
      {"ススキ書房", "web_tampering", "ススキ書房の通販サイトで決済画面が改ざんされ、偽の入力フォームでカード番号とセキュリティコードが盗まれた。", "2025-03-02", "credit_card"},
      {"ナデシコ雑貨", "web_tampering", "ナデシコ雑貨の通販サイトで決済画面が改ざんされ、偽の入力フォームでカード番号が盗まれた。", "2025-08-20", "credit_card"},
    };
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      int i = 0;
      for (String[] r : rows) {
        Provenance p = new Provenance(0, 1, r[2]);
        String title = r[0] + "の事案";
        byTitle.put(title, new Extraction("x", List.of(new OrgFact(r[0], "victim", List.of(), p)),
            List.of(new LabelFact(r[1], r[1], p)), List.of(new DateFact(r[3], r[3], DatePrecision.DAY, "disclosed", p)),
            null, List.of(new LabelFact(r[4], r[4], p)), List.of()));
        String url = "http://r.test/" + i++;
        store.upsert(new CrawledDocument(0, url, url, "r", Instant.parse("2026-01-01T00:00:00Z"), 200, "UTF-8", title,
            LocalDate.parse(r[3]), r[2], "h" + i, 0, null, List.of()));
      }
      new CaseIndexer(db, in -> byTitle.get(in.title())).run(index);
      for (CaseRecord c : new CaseStore(db).all()) {
        ID.put(c.organizations().get(0).name(), c.id());
      }
    }
  }

  private static JsonNode related(String org) throws Exception {
    JsonNode[] out = new JsonNode[1];
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> {
        var res = client.get("/api/cases/" + ID.get(org));
        assertThat(res.code()).isEqualTo(200);
        out[0] = Json.MAPPER.readTree(res.body().string()).get("related");
      });
    }
    return out[0];
  }

  private static List<String> ids(JsonNode related) {
    return java.util.stream.StreamSupport.stream(related.spliterator(), false).map(r -> r.get("id").asText()).toList();
  }

  @Test
  void a_common_type_in_the_period_relates_only_cases_sharing_something_else() throws Exception {
    JsonNode r = related("ツキミ銀行");
    // ハルニレ証券 also leaked card data; the three others share only "phishing in September"
    assertThat(ids(r)).contains(ID.get("ハルニレ証券"))
        .doesNotContain(ID.get("ヨツバ運輸"), ID.get("ミカン電力"), ID.get("サザンカ生協"));
    JsonNode item = r.get(ids(r).indexOf(ID.get("ハルニレ証券")));
    assertThat(item.get("reasons").get(0).asText()).contains("同時期").contains("クレジットカード情報");
    assertThat(item.get("score").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void similar_text_relates_cases_months_apart_with_the_shared_nouns_as_reason() throws Exception {
    JsonNode r = related("ススキ書房");
    assertThat(ids(r)).contains(ID.get("ナデシコ雑貨"));
    JsonNode item = r.get(ids(r).indexOf(ID.get("ナデシコ雑貨")));
    assertThat(item.get("reasons").toString()).contains("内容が似ている").contains("決済");
    assertThat(item.get("score").asDouble()).isBetween(0.2, 0.65);
  }
}
