package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.TestArticles;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

/**
 * {@link BigramAnalyzer#indexTokens}, the bigram field's tokens read without the analyzer's chain,
 * are the analyzer's own — term, position increment and offsets — whenever it reads a text, and
 * it declines (null) texts with characters outside what it covers.
 */
class BigramAnalyzerTest {
  private static final BigramAnalyzer ANALYZER = new BigramAnalyzer();

  /** Neighbours a character is tried between: every class of the fast reading, and the joiners. */
  private static final String[] CONTEXTS = {"", "a", "1", "漢", "あ", "ア", "ー", " ", ".", ",", ":", "ab", "12"};

  @Test
  void every_covered_character_gives_the_analyzers_tokens_in_every_context() throws IOException {
    int covered = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String ch = String.valueOf((char) c);
      if (BigramAnalyzer.indexTokens(ch) == null) {
        continue;
      }
      covered++;
      for (String before : CONTEXTS) {
        for (String after : CONTEXTS) {
          assertSame(before + ch + after);
        }
      }
    }
    assertThat(covered).isGreaterThan(21_000); // kanji, kana, ASCII and its full-width forms, separators
  }

  @Test
  void random_mixes_of_covered_characters() throws IOException {
    String alphabet = "漢字情報流出あいうをんアイウンヴーabcXYZ019０９ＡＺａｚ .,':;!?-/()[]@#%&\"\n\t　、。「」・…※〜（）．，＇：；";
    Random random = new Random(8);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(24);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSame(b.toString());
    }
  }

  @Test
  void articles_give_the_analyzers_tokens_or_are_left_to_it() throws IOException {
    int fast = 0;
    int all = 0;
    for (ArticleInput in : TestArticles.all()) {
      all++;
      if (assertSame(in.title() + "\n" + in.text())) {
        fast++;
      }
    }
    assertThat(fast).as("%d of %d articles read without the chain", fast, all).isGreaterThan(all / 2);
  }

  @Test
  void declines_what_it_does_not_cover() {
    assertThat(BigramAnalyzer.indexTokens("ｻｰﾊﾞｰ")).isNull(); // half-width kana compose with their sound marks
    assertThat(BigramAnalyzer.indexTokens("snake_case")).isNull();
    assertThat(BigramAnalyzer.indexTokens("한국어")).isNull();
    assertThat(BigramAnalyzer.indexTokens("𠮷野家")).isNull();
    assertThat(BigramAnalyzer.indexTokens("café")).isNull();
    assertThat(BigramAnalyzer.indexTokens("人々")).isNull(); // 々 is a letter to UAX #29: 々a is one word
    assertThat(BigramAnalyzer.indexTokens("a".repeat(300))).isNull();
    assertThat(BigramAnalyzer.indexTokens("株式会社テスト、1,234件。")).isNotNull();
  }

  /** Asserts the fast tokens equal the analyzer's when there are fast tokens; returns whether there were. */
  private static boolean assertSame(String text) throws IOException {
    TokenStream fast = BigramAnalyzer.indexTokens(text);
    if (fast == null) {
      return false;
    }
    assertThat(IndexFixture.captured(fast)).as("bigrams of [%s]", text)
        .isEqualTo(IndexFixture.captured(ANALYZER.tokenStream(CaseFields.BIGRAM, text)));
    return true;
  }
}
