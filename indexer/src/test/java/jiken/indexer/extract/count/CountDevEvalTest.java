package jiken.indexer.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.org.OrgDevSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Affected-count accuracy on the shared gold set, scored as PATTERNS.md says: exact integer match
 * where gold has a count; any count where gold has none is a false positive. Prints the figures.
 */
class CountDevEvalTest {
  @Test
  void dev_set_count_accuracy_and_false_positives() throws Exception {
    Path dev = OrgDevSet.file("dev.jsonl");
    Assumptions.assumeTrue(dev != null, "shared dev.jsonl not present");
    List<OrgDevSet.Item> items = OrgDevSet.load(dev);
    CountExtractor ex = new CountExtractor();
    int withGold = 0;
    int right = 0;
    int noGold = 0;
    int falsePos = 0;
    for (OrgDevSet.Item it : items) {
      CountFact got = ex.extract(AnalyzedArticle.of(it.input()));
      JsonNode gold = it.gold().path("affected_count");
      if (gold.isObject()) {
        withGold++;
        boolean ok = got != null && got.value() == gold.path("value").asLong();
        right += ok ? 1 : 0;
        if (!ok) {
          System.out.println("COUNT MISS " + it.input().id() + " gold=" + gold.path("text").asText() + " got="
              + (got == null ? "null" : got.text()));
        }
      } else {
        noGold++;
        if (got != null) {
          falsePos++;
          System.out.println("COUNT FP " + it.input().id() + " got=" + got.text());
        }
      }
    }
    double acc = withGold == 0 ? 0 : (double) right / withGold;
    double fp = noGold == 0 ? 0 : (double) falsePos / noGold;
    System.out.printf(Locale.ROOT, "COUNT dev.jsonl: accuracy %d/%d = %.3f, false positives %d/%d = %.3f%n", right,
        withGold, acc, falsePos, noGold, fp);
    assertThat(acc).isGreaterThanOrEqualTo(0.80);
    assertThat(fp).isLessThanOrEqualTo(0.10);
  }
}
