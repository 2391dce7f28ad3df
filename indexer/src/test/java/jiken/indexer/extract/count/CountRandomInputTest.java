package jiken.indexer.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.CountFact;
import org.junit.jupiter.api.Test;

/** Seeded random and pathological input: no exception, literal spans in range, bounded time. */
class CountRandomInputTest {
  static final String[] PIECES = {"約", "1", "9", "０", "万", "億", "千", "件", "人分", "名", "計", ",", "，", ".", " ", "\n",
      "。", "株式会社", "「", "」", "(", ")", "流出", "A社", "試行", "円", "のべ", "𠮷", "\uD800", "超", "以上", "一", "十"};

  static String random(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(r.nextInt(5) == 0 ? (char) r.nextInt(0x3000, 0x9FFF) : PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void random_and_pathological_input_is_handled_quickly() {
    Random r = new Random(20251121L);
    CountExtractor ex = new CountExtractor();
    long t0 = System.nanoTime();
    for (int i = 0; i < 300; i++) {
      check(ex, random(r, 5), random(r, r.nextInt(400)));
    }
    check(ex, "", "1".repeat(20000) + "件");
    check(ex, "", "1,".repeat(8000) + "人");
    check(ex, "", "約".repeat(5000) + "万件" + "九".repeat(5000));
    check(ex, "万超".repeat(3000), "件".repeat(10000));
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(60_000); // a hang guard, not a speed target (speed lives in benchmarks)
  }

  private static void check(CountExtractor ex, String title, String text) {
    AnalyzedArticle a = AnalyzedArticle.of(ArticleInput.of(title, text, null));
    CountFact f = ex.extract(a);
    if (f != null) {
      assertThat(f.provenance().start()).isBetween(0, a.fullText().length());
      assertThat(f.provenance().end()).isBetween(f.provenance().start(), a.fullText().length());
      assertThat(a.fullText().substring(f.provenance().start(), f.provenance().end())).isEqualTo(f.text());
    }
  }
}
