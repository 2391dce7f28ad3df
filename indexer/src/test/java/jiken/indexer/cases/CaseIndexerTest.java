package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;
import jiken.indexer.index.CaseSearcher;
import jiken.indexer.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouping, linking and indexing with hand-made extractions, so the test pins the case logic
 * independently of the extractors' quality.
 */
class CaseIndexerTest {
  @TempDir Path dir;

  private final Map<String, Extraction> byTitle = new HashMap<>();
  private final Function<ArticleInput, Extraction> extractor = in -> byTitle.getOrDefault(in.title(),
      new Extraction(in.id(), List.of(), List.of(), List.of(), null, List.of(), List.of()));

  private static final Provenance P = new Provenance(0, 1, "出典の文。");

  private static OrgFact org(String name, String role) {
    return new OrgFact(name, role, List.of(), P);
  }

  private static DateFact date(String value, String event) {
    return new DateFact(value, value, DatePrecision.ofValue(value), event, P);
  }

  private static LabelFact label(String v) {
    return new LabelFact(v, v, P);
  }

  private void article(DocumentStore store, String url, String title, LocalDate published, Extraction ex) {
    byTitle.put(title, ex);
    store.upsert(new CrawledDocument(0, url, url, "site-a", Instant.parse("2025-11-01T00:00:00Z"), 200, "UTF-8",
        title, published, title + "。詳細は続報で伝える。", "h-" + url, 0, null, List.of()));
  }

  private static Extraction ex(List<OrgFact> orgs, List<String> types, List<DateFact> dates, Long count, List<String> systems) {
    List<LabelFact> t = new ArrayList<>();
    types.forEach(x -> t.add(label(x)));
    List<LabelFact> s = new ArrayList<>();
    systems.forEach(x -> s.add(label(x)));
    return new Extraction("x", orgs, t, dates, count == null ? null : new CountFact(count + "件", count, P),
        List.of(label("personal_info")), s);
  }

  @Test
  void follow_ups_join_their_case_and_vendor_victims_are_linked() {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      article(store, "http://a.test/1", "ミナトコマースに不正アクセス", LocalDate.of(2025, 10, 30),
          ex(List.of(org("株式会社ミナトコマース", "victim")), List.of("unauthorized_access"),
              List.of(date("2025-10-28", "detected")), 900L, List.of("ミナトカート")));
      article(store, "http://b.test/2", "ミナトコマース続報 1574人に", LocalDate.of(2025, 12, 1),
          ex(List.of(org("ミナトコマース", "victim")), List.of("unauthorized_access"),
              List.of(date("2025-10-28", "detected"), date("2025-11-28", "disclosed")), 1574L, List.of()));
      article(store, "http://a.test/3", "青葉堂のショップ停止", LocalDate.of(2025, 11, 5),
          ex(List.of(org("青葉堂", "victim"), org("株式会社ミナトコマース", "vendor")), List.of("unauthorized_access"),
              List.of(date("2025-10-29", "contained")), null, List.of()));
      article(store, "http://a.test/4", "ミナトコマースで誤送信", LocalDate.of(2026, 6, 1),
          ex(List.of(org("株式会社ミナトコマース", "victim")), List.of("misdelivery"),
              List.of(date("2026-05-20", "occurred")), 12L, List.of()));
      article(store, "http://a.test/5", "コラム: 対策のすすめ", LocalDate.of(2025, 11, 2),
          ex(List.of(), List.of("unauthorized_access"), List.of(), null, List.of()));

      CaseIndexer indexer = new CaseIndexer(db, extractor);
      CaseIndexer.Report first = indexer.run(index);
      assertThat(first.documents()).isEqualTo(5);

      CaseStore cases = new CaseStore(db);
      assertThat(cases.all()).extracting(CaseRecord::id).containsExactlyInAnyOrder(
          "2025-10-minatokomasu-unauthorized-access", "2025-10-aoba-do-unauthorized-access",
          "2026-05-minatokomasu-misdelivery");
      CaseRecord minato = cases.get("2025-10-minatokomasu-unauthorized-access").orElseThrow();
      assertThat(minato.articles()).hasSize(2);
      assertThat(minato.affectedCount().value()).isEqualTo(1574);
      assertThat(minato.countHistory()).extracting(CaseRecord.AffectedCount::value).containsExactly(900L, 1574L);
      assertThat(minato.timeline()).extracting(CaseRecord.TimelineEvent::date).containsExactly("2025-10-28", "2025-11-28");
      assertThat(cases.get("2026-05-minatokomasu-misdelivery")).isPresent();

      List<CaseLink> links = new CaseLinkStore(db).linksOf(minato.id());
      assertThat(links).anySatisfy(l -> {
        assertThat(l.kind()).isEqualTo(CaseLink.VENDOR_OF);
        assertThat(l.toCase()).startsWith("2025-10-aoba");
      });
      assertThat(links).anySatisfy(l -> assertThat(l.kind()).isEqualTo(CaseLink.SAME_ORG));

      CaseSearcher searcher = new CaseSearcher(index);
      var result = searcher.search(SearchRequest.query("不正アクセス"));
      assertThat(result.hits()).extracting(h -> h.id()).containsExactly("2025-10-minatokomasu-unauthorized-access");
      assertThat(searcher.search(SearchRequest.query("誤送信")).hits()).extracting(h -> h.id())
          .containsExactly("2026-05-minatokomasu-misdelivery");
      assertThat(result.facets().get("type")).isNotEmpty();

      // A second run with no changes does nothing; reindex rebuilds the same index.
      assertThat(indexer.run(index).documents()).isZero();
      assertThat(indexer.rebuild(index).casesInIndex()).isEqualTo(3);
      assertThat(searcher.search(SearchRequest.query("")).total()).isEqualTo(3);
    }
  }

  @Test
  void an_index_made_by_another_version_is_rebuilt_by_the_next_run() throws Exception {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      article(store, "http://a.test/1", "ミナトコマースに不正アクセス", LocalDate.of(2025, 10, 30),
          ex(List.of(org("株式会社ミナトコマース", "victim")), List.of("unauthorized_access"),
              List.of(date("2025-10-28", "detected")), 900L, List.of()));
      CaseIndexer indexer = new CaseIndexer(db, extractor);
      indexer.run(index);
      assertThat(index.current()).isTrue();
      // What a version before the stamp left: the same documents, a commit without it.
      try (var d = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
          var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig(null))) {
        w.setLiveCommitData(Map.of("other", "x").entrySet());
        w.commit();
      }
      assertThat(index.current()).isFalse();
      assertThat(indexer.run(index).documents()).isZero(); // nothing new, but the index is made again
      assertThat(index.current()).isTrue();
      assertThat(new CaseSearcher(index).search(SearchRequest.query("不正アクセス")).total()).isEqualTo(1);
    }
  }

  @Test
  void every_case_reaches_the_index_once_whether_written_during_assembly_or_after_it() {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      int n = 900; // several assembly chunks, so some are written beside the assembly and some after it
      for (int i = 0; i < n; i++) {
        article(store, "http://a.test/" + i, "ミナト" + i + "商事に不正アクセス", LocalDate.of(2025, 10, 30),
            ex(List.of(org("株式会社ミナト" + i + "商事", "victim")), List.of("unauthorized_access"),
                List.of(date("2025-10-28", "detected")), 100L + i, List.of()));
      }
      CaseIndexer indexer = new CaseIndexer(db, extractor);
      assertThat(indexer.run(index).casesInIndex()).isEqualTo(n);
      CaseStore cases = new CaseStore(db);
      assertThat(cases.ids()).hasSize(n);
      assertThat(cases.dirty()).isEmpty();
      assertThat(cases.awaitingAssembly()).isEmpty();
      CaseSearcher searcher = new CaseSearcher(index);
      assertThat(searcher.search(SearchRequest.query("")).total()).isEqualTo(n);

      // follow-ups to every third case: their documents are replaced, not added
      for (int i = 0; i < n; i += 3) {
        article(store, "http://b.test/" + i, "ミナト" + i + "商事が続報 流出件数を訂正", LocalDate.of(2025, 11, 20),
            ex(List.of(org("ミナト" + i + "商事", "victim")), List.of("unauthorized_access"),
                List.of(date("2025-10-28", "detected")), 5000L + i, List.of()));
      }
      assertThat(indexer.run(index).casesInIndex()).isEqualTo(n / 3);
      assertThat(cases.ids()).hasSize(n);
      assertThat(cases.dirty()).isEmpty();
      assertThat(searcher.search(SearchRequest.query("")).total()).isEqualTo(n);
      assertThat(searcher.search(SearchRequest.query("訂正")).total()).isEqualTo(n / 3);
    }
  }
}
