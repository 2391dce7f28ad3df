package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import jiken.crawler.store.CrawledDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonIncidentPagesTest {
  private static CrawledDocument page(String title, String text) {
    return new CrawledDocument(1, "http://t.test/1", "http://t.test/1", "t", Instant.EPOCH, 200, "UTF-8", title, null,
        text, "h", 0, null, List.of());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "架空ソフト、メール誤送信防止サービス「ミハリ」を提供開始|true",
    "中堅企業の4割が脆弱性診断を未実施 架空協会が調査|true",
    "セキュリティ製品の新サービスを発売|true",
    "【プレスリリース】本学サーバーへの不正アクセスについて|false",
    "架空商事、顧客情報1万件流出の可能性を発表|false",
    "架空病院でランサムウェア被害 調査結果を公表|false"})
  void titles_of_launches_and_surveys_are_not_incidents(String title, boolean expected) {
    assertThat(NonIncidentPages.isNonIncident(page(title, "本文。"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "今週のインシデントまとめ|true",
    "セキュリティニュース|true"})
  void round_ups_listing_several_incidents_are_not_incidents(String title, boolean expected) {
    String text = "今週の主な事案です。\n架空商事(東京都):通販サイトに不正アクセス。\nみどり市(長野県):名簿を紛失。\n"
        + "架空病院(大阪府):ランサムウェア被害。";
    assertThat(NonIncidentPages.isNonIncident(page(title, text))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"霧ヶ丘市|長野県霧ヶ丘市|true", "ひなたフーズ|ひなたフーズ東日本|true",
      "架空|架空商事|false", "ミズナギ|ミズナギソリューションズ|true", "青葉堂|青葉堂|true", "AB|ABC|false"})
  void organisation_names_match_longer_and_shorter_forms(String a, String b, boolean same) {
    assertThat(CaseGrouper.sameOrganisation(a, b)).isEqualTo(same);
    assertThat(CaseGrouper.sameOrganisation(b, a)).isEqualTo(same);
  }
}
