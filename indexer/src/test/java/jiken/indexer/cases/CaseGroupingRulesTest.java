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
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouping and linking rules added for the hard corpus, with hand-made extractions: a report
 * naming only a service joins its operator's case (also when it arrives first, in an earlier run),
 * an ambiguous service joins nothing, a provider the extractor called a victim still links, and a
 * vendor named in English links to its Japanese-named case.
 */
class CaseGroupingRulesTest {
  @TempDir Path dir;

  private final Map<String, Extraction> byTitle = new HashMap<>();
  private final Function<ArticleInput, Extraction> extractor = in -> byTitle.getOrDefault(in.title(),
      new Extraction(in.id(), List.of(), List.of(), List.of(), null, List.of(), List.of()));
  private int n;

  private static OrgFact org(String name, String role, String sentence) {
    return new OrgFact(name, role, List.of(), new Provenance(0, 1, sentence));
  }

  private static LabelFact label(String v) {
    return new LabelFact(v, v, new Provenance(0, 1, "文。"));
  }

  private long article(DocumentStore store, String title, String text, LocalDate published, List<OrgFact> orgs,
      String type, String date, List<String> systems) {
    List<LabelFact> s = new ArrayList<>();
    systems.forEach(x -> s.add(label(x)));
    byTitle.put(title, new Extraction("x", orgs, List.of(label(type)),
        List.of(new DateFact(date, date, DatePrecision.ofValue(date), "disclosed", new Provenance(0, 1, "文。"))), null,
        List.of(label("personal_info")), s));
    String url = "http://g.test/" + (++n);
    return store.upsert(new CrawledDocument(0, url, url, "site-g", Instant.parse("2026-01-01T00:00:00Z"), 200, "UTF-8",
        title, published, text, "h" + n, 0, null, List.of())).id();
  }

  @Test
  void a_report_naming_only_the_service_joins_the_operators_case_even_when_it_comes_first() {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      CaseIndexer indexer = new CaseIndexer(db, extractor);
      long orgless = article(store, "「ホシゾラポイント」で不正ログイン", "ポイントサービスで不正ログインが相次いだ。",
          LocalDate.of(2025, 7, 3), List.of(), "account_takeover", "2025-07-01", List.of("ホシゾラポイント"));
      long bareTitle = article(store, "ホシゾラポイント 不正ログイン発生について", "会員の皆様へのお知らせ。",
          LocalDate.of(2025, 7, 4), List.of(), "account_takeover", "2025-07-01", List.of());
      indexer.run(index);
      CaseStore cases = new CaseStore(db);
      assertThat(cases.count()).isZero(); // no organisation: it never opens a case by itself

      article(store, "ホシゾラ商会のポイントに不正ログイン", "株式会社ホシゾラ商会は、運営する「ホシゾラポイント」で不正ログインがあったと発表した。",
          LocalDate.of(2025, 7, 2), List.of(org("株式会社ホシゾラ商会", "victim", "株式会社ホシゾラ商会は発表した。")),
          "account_takeover", "2025-07-01", List.of("ホシゾラポイント"));
      indexer.run(index);
      assertThat(cases.all()).singleElement().satisfies(c -> assertThat(c.articles()).extracting(CaseRecord.Article::id)
          .contains(orgless, bareTitle).hasSize(3));
    }
  }

  @Test
  void a_service_named_by_two_unrelated_cases_joins_neither() {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      article(store, "青空書店で不正ログイン", "青空書店は「共通ポイントネット」で不正ログインがあったと発表した。", LocalDate.of(2025, 7, 2),
          List.of(org("青空書店", "victim", "青空書店は発表した。")), "account_takeover", "2025-07-01", List.of("共通ポイントネット"));
      article(store, "ミドリ薬局で不正ログイン", "ミドリ薬局は「共通ポイントネット」で不正ログインがあったと発表した。", LocalDate.of(2025, 7, 2),
          List.of(org("ミドリ薬局", "victim", "ミドリ薬局は発表した。")), "account_takeover", "2025-07-01", List.of("共通ポイントネット"));
      long orgless = article(store, "「共通ポイントネット」で不正ログイン", "不正ログインが相次いだ。", LocalDate.of(2025, 7, 4),
          List.of(), "account_takeover", "2025-07-01", List.of("共通ポイントネット"));
      new CaseIndexer(db, extractor).run(index);
      assertThat(new CaseStore(db).all()).hasSize(2)
          .allSatisfy(c -> assertThat(c.articles()).extracting(CaseRecord.Article::id).doesNotContain(orgless));
    }
  }

  @Test
  void a_provider_called_a_victim_and_a_vendor_named_in_english_are_both_linked() {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      article(store, "クモマ・テック、カートサービスに不正アクセス", "株式会社クモマ・テックは不正アクセスを受けたと発表した。",
          LocalDate.of(2025, 6, 10), List.of(org("株式会社クモマ・テック", "victim", "株式会社クモマ・テックは発表した。")),
          "unauthorized_access", "2025-06-09", List.of());
      article(store, "ハナミズキ園の顧客情報流出か", "ハナミズキ園は委託先のクモマ・テック社の被害を受け発表した。", LocalDate.of(2025, 6, 12),
          List.of(org("ハナミズキ園", "victim", "ハナミズキ園は発表した。"), org("クモマ・テック社", "vendor", "委託先のクモマ・テック社")),
          "unauthorized_access", "2025-06-11", List.of());
      article(store, "こはく屋、顧客情報流出の可能性", "こはく屋は、通販システムを提供する株式会社クモマ・テックが攻撃を受けたと発表した。",
          LocalDate.of(2025, 6, 13), List.of(org("こはく屋", "victim", "こはく屋は発表した。"),
              org("株式会社クモマ・テック", "victim", "通販システムを提供する株式会社クモマ・テックが攻撃を受けた。")),
          "unauthorized_access", "2025-06-12", List.of());
      article(store, "ルリ文具、委託先Kumoma Tech Inc.への攻撃で流出", "ルリ文具は、運用を委託しているKumoma Tech Inc.が攻撃を受けたと発表した。",
          LocalDate.of(2025, 6, 14), List.of(org("ルリ文具", "victim", "ルリ文具は発表した。")),
          "unauthorized_access", "2025-06-13", List.of());
      new CaseIndexer(db, extractor).run(index);
      CaseStore cases = new CaseStore(db);
      assertThat(cases.all()).hasSize(4);
      String vendor = cases.all().stream().filter(c -> c.id().contains("kumoma")).findFirst().orElseThrow().id();
      List<CaseLink> links = new CaseLinkStore(db).linksOf(vendor).stream()
          .filter(l -> l.kind().equals(CaseLink.VENDOR_OF) && l.fromCase().equals(vendor)).toList();
      assertThat(links).extracting(CaseLink::toCase).hasSize(3)
          .anyMatch(id -> id.contains("hanamizuki")).anyMatch(id -> id.contains("haku-ya")).anyMatch(id -> id.contains("ruri"));
      assertThat(links).anySatisfy(l -> assertThat(l.reason()).contains("kumoma tech"));
    }
  }

  @Test
  void latin_names_are_read_after_a_provider_word_or_before_a_legal_suffix() {
    assertThat(ArticleKeys.latinProviders("委託先Kumoma Techへの攻撃。Aster Cloud Inc.が侵害された。SaaSを使う。"))
        .containsExactly("kumoma tech", "aster cloud");
    assertThat(CaseLinker.sameNameInLatin("kumoma tech", "クモマ・テック")).isTrue();
    assertThat(CaseLinker.sameNameInLatin("aster cloud", "クモマ・テック")).isFalse();
    assertThat(CaseLinker.sameNameInLatin("saas", "サース")).isFalse(); // too short to be a name
  }
}
