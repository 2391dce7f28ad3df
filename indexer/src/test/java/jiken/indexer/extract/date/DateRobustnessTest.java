package jiken.indexer.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.DateFact;
import org.junit.jupiter.api.Test;

/** Seeded random and pathological input: no exception, offsets in range, text literal, fast. */
class DateRobustnessTest {
  private static final String ALPHABET = "0123456789０１２３４５６７８９〇一二三四五六七八九十年月日度末旬上中下"
      + "令和平成昭元同翌昨先今本前RHS/.-・,~〜()（）曜火水金土 \n。、から時点以前までの間\uD83D\uDE00\u3000";
  private final DateExtractor extractor = new DateExtractor();

  @Test
  void random_strings_never_break_the_contract() {
    Random random = new Random(20240611L);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(120);
      for (int i = 0; i < len; i++) {
        sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      LocalDate published = random.nextBoolean() ? null : LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
      check(sb.toString(), published, "https://example.jp/" + random.nextInt(30000000) + "/");
    }
  }

  @Test
  void pathological_inputs_are_linear_and_safe() {
    String[] inputs = {
        "年月日".repeat(3400),
        "1".repeat(10_000),
        "2024年".repeat(1500) + "5月",
        "12/".repeat(3000),
        "令和".repeat(4000),
        "十".repeat(10_000),
        "2024年1月1日~".repeat(800),
        "\uD83D\uDE00".repeat(4000) + "2024年5月1日",
        "同日翌日".repeat(2000),
        "「".repeat(3000) + "2024年5月1日に発表" + "」".repeat(3000),
    };
    for (String s : inputs) {
      long t0 = System.nanoTime();
      check(s, LocalDate.of(2024, 6, 1), "https://example.jp/2024/06/01/");
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(ms).as("time for input starting %s", s.substring(0, 6)).isLessThan(2000);
    }
  }

  private void check(String text, LocalDate published, String url) {
    ArticleInput in = new ArticleInput("r", url, "", text, published);
    String full = in.fullText();
    List<DateFact> facts = extractor.extract(new AnalyzedArticle(in, full, List.of()));
    for (DateFact f : facts) {
      assertThat(f.provenance().start()).isBetween(0, full.length());
      assertThat(f.provenance().end()).isBetween(f.provenance().start(), full.length());
      assertThat(full.substring(f.provenance().start(), f.provenance().end())).isEqualTo(f.text());
    }
  }
}
