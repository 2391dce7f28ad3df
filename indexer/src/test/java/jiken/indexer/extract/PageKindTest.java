package jiken.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which titles mark a page that reports no specific incident (fictional titles). */
class PageKindTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "架空ソフト、メール誤送信防止サービス「オクレナイ」を提供開始|true",
      "【お知らせ】オンラインセミナー「公表文の書き方」開催のご案内|true",
      "年末年始休業期間のお知らせ|true",
      "今週のインシデントまとめ(3/1~3/7)|true",
      "中小企業の4割がバックアップ未整備 架空協会が調査|true",
      "架空マートに不正アクセス、会員情報1万件流出か|false",
      "架空病院 ランサムウェア被害に関する調査結果のご報告|false",
      "セミナー申込者のメールアドレスを誤送信 架空財団|false",
      "年末年始に不正ログイン被害 架空ポイント|false",
  })
  void titles(String title, boolean nonIncident) {
    assertThat(PageKind.isNonIncident(title, "本文。")).as(title).isEqualTo(nonIncident);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "なぜ標的型メールは防げないのか|一般論の解説です。|true",
      "【解説】架空商事の不正アクセス、何が起きたのか|架空商事は5日、不正アクセスを受けたと発表した。|false",
  })
  void explainers_need_a_body_that_reports_nothing(String title, String text, boolean nonIncident) {
    assertThat(PageKind.isNonIncident(title, text)).as(title).isEqualTo(nonIncident);
  }
}
