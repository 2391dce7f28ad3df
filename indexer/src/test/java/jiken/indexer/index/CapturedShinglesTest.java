package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * {@link CapturedTokens#shingleStream} gives exactly what {@link CaseFields#shingles} (Lucene's
 * ShingleFilter) makes over the replayed tokens: terms, position increments, offsets and end state,
 * for position gaps anywhere (first token, middle, end) and on real analysed text.
 */
class CapturedShinglesTest {
  @Test
  void random_token_runs_with_gaps() throws IOException {
    Random random = new Random(8);
    for (int round = 0; round < 20_000; round++) {
      CapturedTokens t = new CapturedTokens();
      int n = random.nextInt(7);
      int offset = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        String term = Character.toString('あ' + random.nextInt(5)).repeat(1 + random.nextInt(2));
        int inc = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
        int len = term.length();
        t.add(term.toCharArray(), 0, len, inc, offset, offset + len);
        offset += len + random.nextInt(3);
      }
      t.endSegment(random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0, offset + random.nextInt(2));
      assertSame(t);
    }
  }

  @Test
  void analysed_articles() throws IOException {
    int compared = 0;
    for (ArticleInput in : TestArticles.all()) {
      for (String text : new String[] {in.title(), in.text(), "の" + in.title() + "について"}) {
        CapturedTokens t = new CapturedTokens();
        t.analyse(AnalyzedText.ANALYZER, CaseFields.BODY, text, 0);
        assertSame(t);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(200);
  }

  private static void assertSame(CapturedTokens t) throws IOException {
    assertThat(IndexFixture.captured(t.shingleStream(" ", "_")))
        .isEqualTo(IndexFixture.captured(CaseFields.shingles(t.stream())));
  }
}
