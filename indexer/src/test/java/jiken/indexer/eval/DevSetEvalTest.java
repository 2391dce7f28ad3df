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
 * at test time, never copied into the project) and prints the figures. The floors sit a little
 * under the figures recorded in QUALITY.md, so a lost dev article fails {@code mvn verify} (and
 * with it {@code .ci/run}); without {@code ../shared} the test is skipped.
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
    // Floors a little under the figures measured on 2026-11-21 (all F1 1.000, events 0.952, counts
    // 16/16 with 0/14 false positives): .ci/run runs this through `mvn verify`, so a rule change
    // that costs dev recall or precision fails the build. The targets on the undisclosed set are
    // lower (QUALITY.md); these floors guard what dev already reaches.
    assertThat(report.tally(Scorer.ORGANIZATIONS).f1()).as("organisations F1").isGreaterThanOrEqualTo(0.95);
    assertThat(report.tally(Scorer.INCIDENT_TYPES).f1()).as("incident types F1").isGreaterThanOrEqualTo(0.95);
    assertThat(report.tally(Scorer.DATES).f1()).as("dates F1").isGreaterThanOrEqualTo(0.95);
    assertThat(report.tally(Scorer.DATA_TYPES).f1()).as("data types F1").isGreaterThanOrEqualTo(0.93);
    assertThat(report.tally(Scorer.SYSTEMS).f1()).as("systems F1").isGreaterThanOrEqualTo(0.9);
    assertThat(report.roleAccuracy().value()).as("role accuracy").isGreaterThanOrEqualTo(0.93);
    assertThat(report.eventAccuracy().value()).as("event accuracy").isGreaterThanOrEqualTo(0.9);
    assertThat(report.countAccuracy().value()).as("count accuracy").isGreaterThanOrEqualTo(0.9);
    assertThat(report.countFalsePositives().value()).as("count false positives").isLessThanOrEqualTo(0.08);
  }
}
