package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Textual similarity over the nouns field: distinctive nouns relate cases, common words do not. */
class SimilarCasesTest {
  @TempDir Path dir;

  @Test
  void the_nouns_field_drops_numbers_places_and_common_incident_words() {
    List<String> nouns = CaseNouns.of("東京都のサーバーに不正アクセスがあり、個人情報3000件と決済画面の改ざんが判明した。");
    assertThat(nouns).contains("決済", "画面").doesNotContain("東京", "東京都", "サーバー", "個人情報", "3000", "件", "不正アクセス");
  }

  @Test
  void cases_sharing_distinctive_nouns_are_similar_and_common_words_alone_relate_nothing() {
    Map<String, Extraction> byTitle = new HashMap<>();
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      String[][] articles = {
        {"アサギ文庫", "アサギ文庫の通販サイトで決済画面が改ざんされ、クレジットカード番号とセキュリティコードが窃取された。東京都のサーバーに不正アクセスがあった。"},
        {"コトブキ茶房", "コトブキ茶房の通販サイトで決済画面が改ざんされ、偽の入力フォームでクレジットカード番号とセキュリティコードが盗まれた。"},
        {"ヒイラギ市", "ヒイラギ市の職員がUSBメモリを紛失した。東京都のサーバーに不正アクセスがあり個人情報が流出した可能性もある。"},
        {"モミジ工業", "モミジ工業の工場でランサムウェアにより生産管理が停止した。東京都のサーバーに不正アクセスがあった。"},
        {"カエデ電機", "カエデ電機の工場でランサムウェアにより生産ラインが停止した。"},
      };
      int i = 0;
      for (String[] a : articles) {
        String title = a[0] + "の事案";
        Provenance p = new Provenance(0, 1, a[1]);
        byTitle.put(title, new Extraction("x", List.of(new OrgFact(a[0], "victim", List.of(), p)),
            List.of(new LabelFact("other", "other", p)), List.of(new DateFact("2025-01-0" + (i + 1), "2025-01-0" + (i + 1),
            DatePrecision.DAY, "disclosed", p)), null, List.of(), List.of()));
        String url = "http://s.test/" + i++;
        store.upsert(new CrawledDocument(0, url, url, "s", Instant.parse("2026-01-01T00:00:00Z"), 200, "UTF-8", title,
            LocalDate.of(2025, 1, i), a[1], "h" + i, 0, null, List.of()));
      }
      new CaseIndexer(db, in -> byTitle.get(in.title())).run(index);
      Map<String, String> idOf = new HashMap<>();
      new CaseStore(db).all().forEach(c -> idOf.put(c.organizations().get(0).name(), c.id()));

      List<SimilarCases.Similar> asagi = SimilarCases.of(index, idOf.get("アサギ文庫"), 5);
      assertThat(asagi).extracting(SimilarCases.Similar::id).containsExactly(idOf.get("コトブキ茶房"));
      assertThat(asagi.get(0).shared()).contains("決済", "改ざん");
      assertThat(asagi.get(0).score()).isBetween(0.0, 1.0);
      // ヒイラギ市 shares only 東京都 / サーバー / 不正アクセス / 個人情報 with the others: nothing similar
      assertThat(SimilarCases.of(index, idOf.get("ヒイラギ市"), 5)).isEmpty();
      assertThat(SimilarCases.of(index, idOf.get("モミジ工業"), 5)).extracting(SimilarCases.Similar::id)
          .containsExactly(idOf.get("カエデ電機"));
      assertThat(SimilarCases.of(index, "no-such-case", 5)).isEmpty();
    }
  }
}
