package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jiken.crawler.store.CrawledDocument;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.OrgFact;
import org.junit.jupiter.api.Test;

/** Case titles ({@link CaseTitles}) and status ({@link CaseStatus}) from fictional reports. */
class CaseRecordQualityTest {
  private static CaseMember member(String title, String text, LocalDate published) {
    CrawledDocument d = new CrawledDocument(1, "http://t.test/" + title.hashCode(), "http://t.test/" + title.hashCode(),
        "site", Instant.parse("2026-01-01T00:00:00Z"), 200, "UTF-8", title, published, text, "h", 0, null, List.of());
    return new CaseMember(d, new Extraction("1", List.of(), List.of(), List.of(), null, List.of(), List.of()));
  }

  private static final List<CaseRecord.Org> ORGS = List.of(
      new CaseRecord.Org("株式会社つばめ雑貨", OrgFact.VICTIM, List.of("つばめ雑貨"), "", 1));

  @Test
  void a_news_headline_naming_the_organisation_beats_the_notice_title() {
    List<CaseMember> byDate = List.of(
        member("弊社オンラインストアへの不正アクセスに関するお詫び(第1報)", "", LocalDate.of(2025, 4, 1)),
        member("雑貨通販で情報流出か", "", LocalDate.of(2025, 4, 2)),
        member("つばめ雑貨の通販サイトに不正アクセス カード情報流出の恐れ", "", LocalDate.of(2025, 4, 3)));
    assertThat(CaseTitles.of(byDate, ORGS, Set.of("unauthorized_access"), "2025-03-20"))
        .isEqualTo("つばめ雑貨の通販サイトに不正アクセス カード情報流出の恐れ");
  }

  @Test
  void only_notices_make_a_title_from_organisation_type_and_month() {
    List<CaseMember> byDate = List.of(
        member("弊社サイトへの不正アクセスに関するお詫び(第1報)", "", LocalDate.of(2025, 4, 1)),
        member("不正アクセスに関する調査結果のご報告(第2報)", "", LocalDate.of(2025, 5, 1)));
    assertThat(CaseTitles.of(byDate, ORGS, Set.of("unauthorized_access"), "2025-03-20"))
        .isEqualTo("つばめ雑貨: 不正アクセス(2025年3月)");
    assertThat(CaseTitles.isNotice("つばめ雑貨、カード決済を停止")).isFalse();
    assertThat(CaseTitles.isNotice("個人情報の漏えいについて")).isTrue();
  }

  private static CaseRecord.TimelineEvent event(String date, String kind) {
    return new CaseRecord.TimelineEvent(date, "day", kind, "", date, "http://t.test/", 1);
  }

  @Test
  void status_follows_the_latest_report() {
    var restoredEarlier = List.of(event("2025-04-10", "contained"), event("2025-04-20", "restored"));
    // the latest report says the service is still stopped: an earlier 復旧 no longer holds
    assertThat(CaseStatus.of(List.of(member("a", "販売を再開した。", LocalDate.of(2025, 4, 20)),
        member("b", "サイトは現在も停止している。", LocalDate.of(2025, 6, 1))), restoredEarlier)).isEqualTo("ongoing");
    assertThat(CaseStatus.of(List.of(member("a", "調査中としている。", LocalDate.of(2025, 4, 1)),
        member("b", "5月10日にカード決済を再開した。", LocalDate.of(2025, 5, 11))), List.of())).isEqualTo("resolved");
    // a plan is not a fact
    assertThat(CaseStatus.of(List.of(member("a", "6月中に再開する予定。", LocalDate.of(2025, 5, 11))),
        List.of(event("2025-06", "restored")))).isEqualTo("ongoing");
    // no status words: the timeline decides
    assertThat(CaseStatus.of(List.of(member("a", "詳細は不明。", LocalDate.of(2025, 5, 11))), restoredEarlier))
        .isEqualTo("resolved");
    assertThat(CaseStatus.of(List.of(member("a", "詳細は不明。", LocalDate.of(2025, 5, 11))),
        List.of(event("2025-04-20", "restored"), event("2025-05-01", "contained")))).isEqualTo("ongoing");
  }
}
