package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jiken.indexer.analysis.Morphology;
import jiken.indexer.analysis.Token;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * An article is tokenised once ({@link AnalyzedArticle#of}): the search tokens made from that pass's
 * parts are byte for byte those of the search analyzer over the body alone, and its words are
 * Kuromoji's normal-mode tokens but for a handful (punctuation runs, respelt words).
 */
class OnePassTest {
  /** Texts the analyzer's char filters and Kuromoji's edge cases act on, about fictional bodies. */
  private static final String[][] EDGES = {
      {"ｻｰﾊﾞｰに不正ｱｸｾｽ", "株式会社ﾐﾄﾞﾘ商事のｻｰﾊﾞｰが不正アクセスを受け、顧客情報が漏洩した可能性がある。"},
      {"なりすましログイン被害", "架空ポイントの会員アカウントに成りすましログインがあり、Ｅメールで通知した。ウエブサイトを一時停止。"},
      {"佐々木氏の声明", "代表の佐々木氏は「誠に申し訳ございません」と述べた。各々の部署で再発防止を徹底する。年々増加。"},
      {"", "タイトルのない記事。ランサムウエアの被害で、マルウエア対策ソフトを更新した。"},
      {"Emoji 🔒 と記号", "🔒🔑 不正アクセス（第2報）――【重要】※ご注意ください… ＠｀＾＼ \u0007制御文字\u0000も含む。"},
      {"英語だけ", "Unauthorized access to the VPN appliance of Example Corp. was detected on 2026-01-05."},
      {"空白", "   \n\n\t "},
      {"長いカタカナ", "アプリケーションセキュリティエンジニアリングプラットフォームサービスプロバイダーの障害。"},
      {"数字", "約1万2,345件、０１２３４５６７８９件、12.5%、令和7年1月5日〜3月31日。"},
  };

  private static List<ArticleInput> articles() throws IOException {
    List<ArticleInput> out = new ArrayList<>(TestArticles.all());
    for (String[] e : EDGES) {
      out.add(ArticleInput.of(e[0], e[1], null));
    }
    return out;
  }

  @Test
  void search_tokens_from_the_one_pass_equal_the_analyzers() throws IOException {
    int compared = 0;
    for (ArticleInput in : articles()) {
      List<Token> parts = AnalyzedArticle.of(in).searchParts();
      byte[] fromPass = AnalyzedText.encode(parts, in.text(), 0);
      if (!java.util.Arrays.equals(fromPass, AnalyzedText.encode(in.text()))) {
        assertThat(IndexFixture.captured(JapaneseSearchAnalyzer.filters(new PartsStream(parts, 0, in.text().length()))))
            .as("search tokens of %s", in.id() + " " + in.title())
            .isEqualTo(IndexFixture.captured(AnalyzedText.ANALYZER.tokenStream(CaseFields.BODY, in.text())));
      }
      assertThat(fromPass).as("search tokens of %s", in.id() + " " + in.title()).isEqualTo(AnalyzedText.encode(in.text()));
      compared++;
    }
    assertThat(compared).isGreaterThan(80); // 94 without ../shared, ~420 with it
  }

  @Test
  void words_are_normal_mode_tokens_but_for_a_few_punctuation_runs() throws IOException {
    long same = 0;
    long other = 0;
    for (ArticleInput in : articles()) {
      Set<String> words = new HashSet<>();
      for (Token t : AnalyzedArticle.of(in).tokens()) {
        assertThat(in.fullText().substring(t.start(), t.end())).isEqualTo(t.surface());
        words.add(t.surface() + "@" + t.start() + "/" + t.pos());
      }
      for (Token t : Morphology.tokenize(in.fullText())) {
        if (words.contains(t.surface() + "@" + t.start() + "/" + t.pos())) {
          same++;
        } else {
          other++;
        }
      }
    }
    assertThat(same).isGreaterThan(5_000);
    assertThat((double) other / (same + other)).as("%d of %d normal-mode tokens differ", other, same + other).isLessThan(0.01); // 0.4 % on our own texts (the hostile ones respell), 0.1 % with ../shared
  }
}
