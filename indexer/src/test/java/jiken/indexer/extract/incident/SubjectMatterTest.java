package jiken.indexer.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.LabelFact;
import org.junit.jupiter.api.Test;

/**
 * Incident words of ordinary Japanese (ウイルス, 流出, 攻撃を受け, 乗っ取り, 紛失) make an incident
 * type only about systems and data. Each pair: the same word in a general-news sentence (no type)
 * and in a security report (the type), all about fictional organisations.
 */
class SubjectMatterTest {
  private final IncidentTypeExtractor extractor = new IncidentTypeExtractor();

  private List<String> types(String title, String text) {
    return extractor.extract(AnalyzedArticle.of(ArticleInput.of(title, text, null))).stream().map(LabelFact::value).toList();
  }

  @Test
  void a_pathogen_is_not_malware() {
    assertThat(types("県内の感染状況", "県は新型コロナウイルスの新たな感染者が12人確認されたと発表した。")).isEmpty();
    assertThat(types("冬の流行に備え", "インフルエンザウイルスは乾燥した環境で長く生き残るとされる。")).isEmpty();
    assertThat(types("研究成果", "研究チームは、このウイルスが宿主の細胞に入り込む仕組みを明らかにした。")).isEmpty();
    assertThat(types("ウイルス学の講座", "大学はウイルス学の公開講座を来月開く。")).isEmpty();
  }

  @Test
  void a_computer_virus_is_still_malware_even_in_a_pandemic_themed_lure() {
    assertThat(types("架空精機でウイルス感染", "架空精機は、社内のパソコン3台がウイルスに感染したと発表した。")).containsExactly("malware");
    assertThat(types("感染症を装うメール", "みどり市役所の職員が、感染症の情報を装ったメールの添付ファイルを開き、端末がウイルスに感染した。"))
        .containsExactly("malware");
  }

  @Test
  void people_money_and_oil_flowing_out_are_not_a_leak() {
    assertThat(types("過疎の町", "若者の都市部への流出が続き、町の人口は10年で2割減った。")).isEmpty();
    assertThat(types("沖合の事故", "タンカーの座礁で原油が流出し、沿岸の漁業に影響が出ている。")).isEmpty();
    assertThat(types("配管の点検", "工場の配管から冷却用のガスが漏えいし、従業員が避難した。")).isEmpty();
  }

  @Test
  void a_leak_of_data_stays_a_leak_even_when_its_sentence_does_not_say_what() {
    assertThat(types("顧客情報流出のおそれ", "架空ショップは、顧客の氏名と住所が外部に流出したおそれがあると発表した。")).containsExactly("other");
    assertThat(types("設計図が流出", "架空精密は、新製品の設計図が社外に流出したと発表した。")).containsExactly("other");
    assertThat(types("お詫び", "当社が管理する会員情報について調査を進めております。\n本日、これらが流出した事実を確認いたしました。"))
        .containsExactly("other");
  }

  @Test
  void an_attack_in_a_war_or_an_animal_breaking_in_is_not_unauthorised_access() {
    assertThat(types("海戦史", "艦隊は港を出た直後に敵の航空機から攻撃を受け、二隻が沈んだ。")).isEmpty();
    assertThat(types("住宅地にクマ", "クマが民家の倉庫に侵入した。けが人はいなかった。")).isEmpty();
    assertThat(types("選挙監視", "監視団は、開票で票の水増しなどの不正操作が行われたと指摘した。")).isEmpty();
    assertThat(types("口座の不正操作", "架空銀行は、顧客のネットバンキングのアカウントが第三者に不正操作されたと発表した。"))
        .contains("unauthorized_access");
    assertThat(types("サーバーに攻撃", "あおば運輸は、社内のサーバーが外部から攻撃を受けたと発表した。")).containsExactly("unauthorized_access");
  }

  @Test
  void a_company_takeover_or_a_lost_wallet_is_not_a_security_incident() {
    assertThat(types("買収合戦", "創業家は、投資ファンドによる会社の乗っ取りに反対する声明を出した。")).isEmpty();
    assertThat(types("落とし物", "男性は駅で財布を紛失したが、翌日に届けられた。")).isEmpty();
    assertThat(types("SNSアカウント乗っ取り", "架空観光協会の公式SNSアカウントが乗っ取られ、不審な投稿が続いた。")).contains("account_takeover");
    assertThat(types("書類の紛失", "ひかり信用組合は、顧客120人分の申込書を紛失したと発表した。")).containsExactly("loss_theft");
  }
}
