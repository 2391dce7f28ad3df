package jiken.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jiken.indexer.extract.ArticleExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the 30-article development set {@code ../shared/eval/dev.jsonl} (read
 * at test time, never copied into the project) and prints the figures. The floors are loose, set
 * below the figures recorded in QUALITY.md: they catch a broken extractor, not small regressions.
 * {@code -Deval.verbose=true} prints every article's misses and extras.
 */
class DevSetEvalTest {
  static Path devSet() {
    String override = System.getProperty("jiken.eval.dev");
    if (override != null) {
      return Path.of(override);
    }
    // the repository root's sibling: <root>/../shared/eval/dev.jsonl; tests run in <root>/indexer
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("eval").resolve("dev.jsonl");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return Path.of("../../shared/eval/dev.jsonl");
  }

  @Test
  void dev_set_scores_above_the_floors() throws Exception {
    Path dev = devSet();
    Assumptions.assumeTrue(Files.isRegularFile(dev), "no dev set at " + dev);
    ArticleExtractor extractor = new ArticleExtractor();
    EvalReport report;
    try (BufferedReader r = Files.newBufferedReader(dev, StandardCharsets.UTF_8)) {
      report = new Evaluator().evaluate(r, in -> Labels.of(extractor.extract(in)));
    }
    String table = report.table(Boolean.getBoolean("eval.verbose"));
    System.out.println("dev.jsonl (" + dev + ")\n" + table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "dev-eval.txt"), report.table(true), StandardCharsets.UTF_8);

    assertThat(report.articles()).hasSize(30);
    assertThat(report.tally(Scorer.INCIDENT_TYPES).f1()).as("incident types F1").isGreaterThan(0.85);
    assertThat(report.tally(Scorer.DATA_TYPES).f1()).as("data types F1").isGreaterThan(0.8);
    assertThat(report.tally(Scorer.SYSTEMS).f1()).as("systems F1").isGreaterThan(0.6);
    assertThat(report.tally(Scorer.ORGANIZATIONS).f1()).as("organisations F1").isGreaterThan(0.6);
    assertThat(report.tally(Scorer.DATES).f1()).as("dates F1").isGreaterThan(0.6);
  }
}
