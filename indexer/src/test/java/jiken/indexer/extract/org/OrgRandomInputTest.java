package jiken.indexer.extract.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.OrgFact;
import org.junit.jupiter.api.Test;

/** Seeded random and pathological input: no exception, literal names, offsets in range, bounded time. */
class OrgRandomInputTest {
  static final String[] PIECES = {"株式会社", "(株)", "㈱", "社", "病院", "市", "県", "は", "、", "。", "「", "」", "(", ")",
      "（以下「", "同社", "弊社", "A社", "警察署", "教育委員会", "NTT", "データ", "・", " ", "\n", "みやき", "から委託を受け",
      "𠮷", "\uDC00", "【", "】"};

  @Test
  void random_and_pathological_input_is_handled_quickly() {
    Random r = new Random(42L);
    OrgExtractor ex = new OrgExtractor();
    long t0 = System.nanoTime();
    for (int i = 0; i < 300; i++) {
      check(ex, piece(r, 6), piece(r, r.nextInt(300)));
    }
    check(ex, "", "株式会社".repeat(3000));
    check(ex, "", "ア".repeat(20000) + "株式会社");
    check(ex, "", "「".repeat(5000) + "病院" + "」".repeat(5000));
    check(ex, "社".repeat(2000), "くよくよ".repeat(3000) + "市は");
    check(ex, "", "A社、".repeat(3000));
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(30_000);
  }

  private static String piece(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x3040, 0x9FFF) : PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static void check(OrgExtractor ex, String title, String text) {
    AnalyzedArticle a = AnalyzedArticle.of(ArticleInput.of(title, text, null));
    for (OrgFact f : ex.extract(a)) {
      assertThat(a.fullText()).contains(f.name());
      assertThat(f.provenance().end()).isBetween(f.provenance().start(), a.fullText().length());
      assertThat(f.aliases()).doesNotContain("同社");
    }
  }
}
