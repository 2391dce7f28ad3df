package jiken.indexer.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.DateFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@code extract/date/dates.tsv} (format in its header) through {@link DateExtractor}. */
class DateGoldenFileTest {
  private static final String KNOWN_WRONG = "# known-wrong\t";
  private static final DateExtractor EXTRACTOR = new DateExtractor();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = DateGoldenFileTest.class.getResourceAsStream("/extract/date/dates.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int lineNo = 0;
      for (String line : all.split("\n", -1)) {
        lineNo++;
        boolean knownWrong = line.startsWith(KNOWN_WRONG);
        if (line.isBlank() || line.startsWith("#") && !knownWrong) {
          continue;
        }
        String[] f = (knownWrong ? line.substring(KNOWN_WRONG.length()) : line).split("\t", -1);
        out.add(Arguments.of(lineNo, f[0].replace("\\n", "\n"), f[1], f.length > 2 ? f[2].strip() : "", knownWrong));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("cases")
  void golden_case(int line, String input, String published, String expected, boolean knownWrong) {
    ArticleInput article = new ArticleInput("t" + line, "", "", input,
        published.equals("-") ? null : LocalDate.parse(published));
    String actual = render(EXTRACTOR.extract(new AnalyzedArticle(article, article.fullText(), List.of())));
    if (knownWrong) {
      assertThat(actual).as("known-wrong case now passes: move it out of the known-wrong section").isNotEqualTo(expected);
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** Distinct values in output order, each with its first fact's event. */
  static String render(List<DateFact> facts) {
    Map<String, String> first = new LinkedHashMap<>();
    facts.forEach(f -> first.putIfAbsent(f.value(), f.event()));
    return String.join(" ", first.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
