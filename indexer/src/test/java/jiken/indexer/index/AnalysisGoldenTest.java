package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The search analyzer against {@code index/analysis.tsv} ({@code text<TAB>tokens}, tokens separated
 * by spaces). Lines after {@code ## known-wrong} record outputs we know are wrong, so a fix shows up
 * as a diff. {@code -Dgolden.update=true} rewrites the tokens column from the current analyzer.
 */
class AnalysisGoldenTest {
  private static final Path SOURCE = Path.of("src/test/resources/index/analysis.tsv");

  static String tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(CaseFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return String.join(" ", out);
  }

  @Test
  void analyzer_output_matches_the_golden_file() throws IOException {
    List<String> lines = IndexFixture.lines("/index/analysis.tsv");
    List<String> updated = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    try (Analyzer a = new JapaneseSearchAnalyzer()) {
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          updated.add(line);
          continue;
        }
        String[] f = line.split("\t", -1);
        String actual = tokens(a, f[0]);
        updated.add(f[0] + "\t" + actual);
        checked++;
        if (f.length < 2 || !f[1].equals(actual)) {
          failures.add(f[0] + "\n  expected: " + (f.length < 2 ? "" : f[1]) + "\n  actual:   " + actual);
        }
      }
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.write(SOURCE, updated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(failures).as("analysis differs from the golden file (-Dgolden.update=true to accept)").isEmpty();
  }

  @Test
  void variants_width_and_long_vowels_analyse_alike() throws IOException {
    String[][] same = {
      {"漏洩", "漏えい"}, {"改竄", "改ざん"}, {"ランサムウエア", "ランサムウェア"}, {"ﾗﾝｻﾑｳｪｱ", "ランサムウェア"},
      {"マルウエア", "マルウェア"}, {"ウィルス", "ウイルス"}, {"なりすましログイン", "不正ログイン"},
      {"サーバー", "サーバ"}, {"ｻｰﾊﾞｰ", "サーバ"}, {"セキュリティー", "セキュリティ"}, {"コンピューター", "コンピュータ"},
      {"ＥＭＯＴＥＴ", "emotet"}, {"エモテット", "Emotet"}, {"ユーザー", "ユーザ"}, {"誤送付", "誤送信"},
    };
    try (Analyzer a = new JapaneseSearchAnalyzer()) {
      for (String[] p : same) {
        assertThat(tokens(a, p[0])).as(p[0] + " = " + p[1]).isEqualTo(tokens(a, p[1])).isNotEmpty();
      }
      // and different words stay apart
      assertThat(tokens(a, "流出")).isNotEqualTo(tokens(a, "漏えい"));
    }
  }
}
