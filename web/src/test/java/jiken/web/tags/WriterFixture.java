package jiken.web.tags;

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
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.CaseStore;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;
import jiken.web.auth.UserStore;

/**
 * A data directory for the writer tests, about fictional organisations: a bakery chain with two
 * reports of one incident (for splitting), a payroll service provider and a school (for linking
 * and merging). Extractions are hand-made and kept so tests can re-run the indexer. Users:
 * {@code wendy} (writer), {@code ada} (admin), {@code rita} (reader), password {@value #PASSWORD}.
 */
final class WriterFixture {
  static final String PASSWORD = "fixture-password-01";
  static final String BAKERY_1 = "北風ベーカリーの会員サイトに不正ログイン、会員800人に影響";
  static final String BAKERY_2 = "北風ベーカリー、不正ログインの続報 調査結果を公表";
  static final String PAYROLL = "給与計算サービスの霞テック、設定不備で利用企業の情報が閲覧可能に";
  static final String SCHOOL = "私立青葉ヶ丘学園でメール誤送信、保護者のアドレスが漏えい";

  private static final Map<String, Extraction> BY_TITLE = new HashMap<>();

  static {
    put(BAKERY_1, "北風ベーカリー株式会社", "unauthorized_access", "2025-09-10", 800L);
    put(BAKERY_2, "北風ベーカリー株式会社", "unauthorized_access", "2025-09-12", 812L);
    put(PAYROLL, "霞テック株式会社", "misconfiguration", "2025-07-01", null);
    put(SCHOOL, "青葉ヶ丘学園", "email_misdelivery", "2025-04-21", 56L);
  }

  private WriterFixture() {}

  static void build(Path dir) {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      add(store, "http://fixture.test/b1", BAKERY_1, LocalDate.of(2025, 9, 11), "北風ベーカリーは会員サイトへの不正ログインを確認したと発表した。");
      add(store, "http://fixture.test/b2", BAKERY_2, LocalDate.of(2025, 9, 25), "北風ベーカリーは不正ログインの調査結果を明らかにした。");
      add(store, "http://fixture.test/p1", PAYROLL, LocalDate.of(2025, 7, 3), "霞テックは給与計算サービスの設定に不備があったと公表した。");
      add(store, "http://fixture.test/s1", SCHOOL, LocalDate.of(2025, 4, 22), "青葉ヶ丘学園は保護者あてのメールを誤って送信したと発表した。");
      indexer(db).run(index);
      UserStore users = new UserStore(db);
      users.add("wendy", "writer", PASSWORD);
      users.add("ada", "admin", PASSWORD);
      users.add("rita", "reader", PASSWORD);
    }
  }

  /** An index run with the fixture's extractions. */
  static CaseIndexer indexer(Database db) {
    return new CaseIndexer(db, in -> BY_TITLE.get(in.title()));
  }

  /** Stores a changed text for an article, as a re-crawl would, so the next index run reprocesses it. */
  static void recrawl(Database db, String url, String title, LocalDate published) {
    add(new DocumentStore(db), url, title, published, "続報: " + title + "。内容を更新しました。");
  }

  /** The id of the case whose first article has this title. */
  static String caseId(CaseStore cases, String title) {
    return cases.all().stream().filter(r -> r.articles().stream().anyMatch(a -> a.title().equals(title)))
        .map(CaseRecord::id).findFirst().orElseThrow();
  }

  private static void put(String title, String org, String type, String date, Long count) {
    Provenance p = new Provenance(0, 4, title);
    BY_TITLE.put(title, new Extraction("x", List.of(new OrgFact(org, "victim", List.of(), p)),
        List.of(new LabelFact(type, type, p)), List.of(new DateFact(date, date, DatePrecision.DAY, "disclosed", p)),
        count == null ? null : new CountFact(count + "人", count, p), List.of(new LabelFact("personal_info", "個人情報", p)),
        List.of()));
  }

  private static void add(DocumentStore store, String url, String title, LocalDate published, String text) {
    store.upsert(new CrawledDocument(0, url, url, "fixture-news", Instant.parse("2026-01-05T00:00:00Z"), 200, "UTF-8",
        title, published, text, Integer.toHexString(text.hashCode()), 0, null, List.of()));
  }
}
