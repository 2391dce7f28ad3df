package jiken.web.export;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Data for the export and page tests, all fictional: a cloud vendor breach and a bookshop hit
 * through it three weeks later (related cases), and a mis-sent mail case whose title is hostile
 * (a spreadsheet formula, markup, an XML CDATA end and a control character) with a month-precise date.
 */
public final class ExportFixture {
  public static final String HOSTILE_TITLE = "=HYPERLINK(\"http://evil.test\") みなみ町でメール誤送信 <script>alert(1)</script> ]]> &amp;\u0007";

  private ExportFixture() {}

  public static void build(Path dir) {
    Map<String, Extraction> byTitle = new HashMap<>();
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      add(store, byTitle, "http://news.test/e1", "架空クラウドに不正アクセス、利用企業の顧客情報5万件に影響", LocalDate.of(2025, 9, 12),
          "架空クラウド株式会社は9月10日、同社のサーバーに第三者による不正アクセスがあったと明らかにした。利用企業の顧客情報5万件が流出した可能性がある。",
          List.of(new OrgFact("架空クラウド株式会社", "victim", List.of(), p("架空クラウド"))), "unauthorized_access",
          new DateFact("2025-09-10", "2025-09-10", DatePrecision.DAY, "detected", p("9月10日")), 50000L);
      add(store, byTitle, "http://news.test/e2", "東西書店、委託先への不正アクセスで会員情報3000件流出か", LocalDate.of(2025, 9, 22),
          "東西書店は9月20日、会員管理を委託する架空クラウド株式会社への不正アクセスにより会員情報3000件が流出した恐れがあると公表した。",
          List.of(new OrgFact("東西書店", "victim", List.of(), p("東西書店")),
              new OrgFact("架空クラウド株式会社", "vendor", List.of(), p("架空クラウド"))), "unauthorized_access",
          new DateFact("2025-09-20", "2025-09-20", DatePrecision.DAY, "disclosed", p("9月20日")), 3000L);
      add(store, byTitle, "http://news.test/e3", HOSTILE_TITLE, LocalDate.of(2025, 6, 30),
          "みなみ町は6月、住民あてのメールを誤って別の宛先に送信したと発表した。<b>本文の太字</b>",
          List.of(new OrgFact("みなみ町", "victim", List.of(), p("みなみ町"))), "misdelivery",
          new DateFact("2025-06", "2025-06", DatePrecision.MONTH, "occurred", p("6月")), 12L);
      new CaseIndexer(db, in -> byTitle.get(in.title())).run(index);
    }
  }

  private static Provenance p(String sentence) {
    return new Provenance(0, 2, sentence);
  }

  private static void add(DocumentStore store, Map<String, Extraction> byTitle, String url, String title,
      LocalDate published, String text, List<OrgFact> orgs, String type, DateFact date, Long count) {
    Provenance p = p(text.substring(0, 30));
    byTitle.put(title, new Extraction("x", new ArrayList<>(orgs), List.of(new LabelFact(type, type, p)), List.of(date),
        count == null ? null : new CountFact(count + "件", count, p), List.of(new LabelFact("personal_info", "個人情報", p)),
        List.of()));
    store.upsert(new CrawledDocument(0, url, url, "test-news", Instant.parse("2026-03-01T00:00:00Z"), 200, "UTF-8",
        title, published, text, Integer.toHexString(text.hashCode()), 0, null, List.of()));
  }
}
