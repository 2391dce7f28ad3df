package jiken.indexer.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.LabelFact;
import org.junit.jupiter.api.Test;

/** Random and pathological texts: no exception, spans inside the text, no regex blow-up. */
class IncidentRobustnessTest {
  private static final String ALPHABET = "「」『』()(以下、本サイト)。、\n\n・-①流出漏えい確認されていないは不正アクセスランサムウエア"
      + "改ざんサイトショップシステム氏名メールアドレスパスワードA社ケース1関連記事ＤＤｏＳ\uD842\uDFB7 ";

  private final IncidentTypeExtractor types = new IncidentTypeExtractor();
  private final DataTypeExtractor data = new DataTypeExtractor();
  private final SystemExtractor systems = new SystemExtractor();

  private void check(String title, String text) {
    AnalyzedArticle a = AnalyzedArticle.of(ArticleInput.of(title, text, null));
    for (List<LabelFact> facts : List.of(types.extract(a), data.extract(a), systems.extract(a))) {
      for (LabelFact f : facts) {
        assertThat(f.provenance().end()).isLessThanOrEqualTo(a.fullText().length());
        assertThat(a.fullText().substring(f.provenance().start(), f.provenance().end())).isEqualTo(f.evidence());
      }
    }
  }

  @Test
  void random_texts_never_throw_and_spans_stay_inside() {
    Random random = new Random(20300101L);
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(400);
      for (int j = 0; j < n; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      check(i % 2 == 0 ? "" : sb.substring(0, Math.min(20, sb.length())), sb.toString());
    }
  }

  @Test
  void long_repetitive_text_is_fast() {
    String unit = "「架空サービス」や、「架空ショップ」において不正アクセスがあり、氏名や住所の流出は現時点で確認されていない。\n・氏名\n";
    String text = unit.repeat(2000) + "「".repeat(5000) + "は".repeat(20000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check("", text));
  }
}
