package jiken.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceArticlesTest {
  @TempDir Path dir;

  private Path sentences(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add("{\"id\":\"" + i + "\",\"text\":\"架空の町" + i + "番地には古い図書館があり、週末は家族連れでにぎわう。\"}");
    }
    lines.add("");
    lines.add("{\"id\":\"x\",\"other\":1}");
    Path f = dir.resolve("s.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void articles_join_eight_to_sixteen_sentences_deterministically() throws IOException {
    Path f = sentences(200);
    SentenceArticles a = new SentenceArticles(f, 3);
    SentenceArticles b = new SentenceArticles(f, 3);
    for (int i = 0; i < 50; i++) {
      SyntheticIncidents.Article x = a.get();
      assertThat(x).isEqualTo(b.get());
      long count = x.text().chars().filter(c -> c == '。').count();
      assertThat(count).isBetween(8L, 16L);
      assertThat(x.text()).startsWith(x.title());
      assertThat(x.published()).matches("20[12]\\d-\\d\\d-\\d\\d");
      assertThat(x.id()).isEqualTo("general-" + (i + 1));
    }
  }

  @Test
  void the_long_style_joins_thirty_two_to_sixty_four_sentences() throws IOException {
    var gen = PipelineBench.generator("long", 5, sentences(200));
    for (int i = 0; i < 30; i++) {
      long count = gen.get().text().chars().filter(c -> c == '。').count();
      assertThat(count).isBetween(32L, 64L);
    }
    assertThatThrownBy(() -> PipelineBench.generator("long", 5, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SentenceArticles(sentences(200), 1, 5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void too_few_sentences_or_a_missing_file_are_refused() throws IOException {
    Path few = sentences(20);
    assertThatThrownBy(() -> new SentenceArticles(few, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20 sentences");
    assertThatThrownBy(() -> new SentenceArticles(dir.resolve("none.jsonl"), 1)).hasMessageContaining("cannot read");
    assertThatThrownBy(() -> PipelineBench.generator("general", 1, null)).hasMessageContaining("--sentences");
    assertThatThrownBy(() -> PipelineBench.generator("reports", 1, few)).hasMessageContaining("--style general");
  }
}
