package jiken.web;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;

/**
 * A small data directory for web tests: three fictional incidents (one with markup in its title
 * and text, to prove escaping), indexed with hand-made extractions so the tests do not depend on
 * extraction quality.
 */
public final class WebFixture {
  public static final String XSS = "<script>alert(1)</script>";

  private WebFixture() {}

  public static void build(Path dir) {
    Map<String, Extraction> byTitle = new HashMap<>();
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      add(store, byTitle, "http://news.test/a1", "架空商事に不正アクセス、顧客情報1万2000件流出の恐れ", LocalDate.of(2025, 10, 30),
          "架空商事株式会社は10月28日、通販サイトのサーバーに不正アクセスがあったと発表した。顧客の個人情報1万2000件が漏洩した可能性がある。",
          "架空商事株式会社", "unauthorized_access", "2025-10-28", 12000L);
      add(store, byTitle, "http://news.test/a2", "みどり市で住民名簿を紛失 " + XSS, LocalDate.of(2025, 6, 3),
          "みどり市は6月2日、住民の氏名を記載した名簿を紛失したと発表した。" + XSS + " 警察に遺失届を提出した。",
          "みどり市", "loss_theft", "2025-06-02", 340L);
      add(store, byTitle, "http://news.test/a3", "サンプル病院でランサムウェア被害、電子カルテが停止", LocalDate.of(2026, 2, 10),
          "医療法人サンプル会サンプル病院は2月8日、ランサムウエアによりファイルが暗号化されたと発表した。",
          "医療法人サンプル会", "ransomware", "2026-02-08", null);
      new CaseIndexer(db, in -> byTitle.get(in.title())).run(index);
    }
  }

  private static void add(DocumentStore store, Map<String, Extraction> byTitle, String url, String title,
      LocalDate published, String text, String org, String type, String date, Long count) {
    Provenance p = new Provenance(0, 4, text.substring(0, Math.min(40, text.length())));
    byTitle.put(title, new Extraction("x", List.of(new OrgFact(org, "victim", List.of(), p)),
        List.of(new LabelFact(type, type, p)),
        List.of(new DateFact(date, date, DatePrecision.DAY, "disclosed", p)),
        count == null ? null : new CountFact(count + "件", count, p),
        List.of(new LabelFact("personal_info", "個人情報", p)), List.of()));
    store.upsert(new CrawledDocument(0, url, url, "test-news", Instant.parse("2026-03-01T00:00:00Z"), 200, "UTF-8",
        title, published, text, Integer.toHexString(text.hashCode()), 0, null, List.of()));
  }
}
