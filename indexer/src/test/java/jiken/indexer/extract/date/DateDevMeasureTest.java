package jiken.indexer.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.DateFact;
import org.junit.jupiter.api.Test;

/**
 * Measures the date extractor on the shared dev gold ({@code ../shared/eval/dev.jsonl}, read in
 * place, never copied) with the PATTERNS.md scoring: distinct values per article, event accuracy
 * over matched values with the first predicted event. Prints the figures; asserts only loose floors
 * so that tuning shows as numbers, not failures. {@code -Ddates.verbose=true} lists every miss.
 */
class DateDevMeasureTest {
  static Path devFile() {
    return SharedData.path("eval", "dev.jsonl");
  }

  @Test
  void measure_on_dev_gold() throws IOException {
    Path dev = devFile();
    assumeTrue(Files.exists(dev), "no " + dev);
    double[] r = measure(dev, Boolean.getBoolean("dates.verbose"));
    assertThat(r[2]).as("dates F1").isGreaterThan(0.80);
    assertThat(r[3]).as("event accuracy").isGreaterThan(0.60);
  }

  /** P, R, F1, event accuracy. */
  static double[] measure(Path dev, boolean verbose) throws IOException {
    ObjectMapper json = new ObjectMapper();
    DateExtractor extractor = new DateExtractor();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int eventsRight = 0;
    for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode a = json.readTree(line);
      String published = a.path("published").isTextual() ? a.path("published").asText() : null;
      ArticleInput in = new ArticleInput(a.path("id").asText(), a.path("url").asText(""),
          a.path("title").isTextual() ? a.path("title").asText() : "", a.path("text").asText(""),
          published == null ? null : LocalDate.parse(published));
      List<DateFact> facts = extractor.extract(new AnalyzedArticle(in, in.fullText(), List.of()));
      Map<String, String> predicted = new LinkedHashMap<>();
      facts.forEach(f -> predicted.putIfAbsent(f.value(), f.event()));
      Map<String, Set<String>> gold = new LinkedHashMap<>();
      for (JsonNode d : a.path("gold").path("dates")) {
        gold.computeIfAbsent(d.path("value").asText(), k -> new LinkedHashSet<>()).add(d.path("event").asText());
      }
      for (Map.Entry<String, String> p : predicted.entrySet()) {
        if (gold.containsKey(p.getKey())) {
          tp++;
          if (gold.get(p.getKey()).contains(p.getValue())) {
            eventsRight++;
          } else if (verbose) {
            System.out.println(in.id() + " EVENT " + p.getKey() + " predicted " + p.getValue() + " gold " + gold.get(p.getKey()));
          }
        } else {
          fp++;
          if (verbose) {
            System.out.println(in.id() + " FP " + p.getKey() + " " + p.getValue() + " " + textOf(facts, p.getKey()));
          }
        }
      }
      for (String g : gold.keySet()) {
        if (!predicted.containsKey(g)) {
          fn++;
          if (verbose) {
            System.out.println(in.id() + " FN " + g + " " + gold.get(g));
          }
        }
      }
    }
    double p = tp / (double) Math.max(1, tp + fp);
    double r = tp / (double) Math.max(1, tp + fn);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double ev = eventsRight / (double) Math.max(1, tp);
    System.out.printf(Locale.ROOT, "dev dates: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); events %.3f (%d/%d)%n",
        p, r, f1, tp, fp, fn, ev, eventsRight, tp);
    return new double[] {p, r, f1, ev};
  }

  private static String textOf(List<DateFact> facts, String value) {
    return facts.stream().filter(f -> f.value().equals(value)).map(DateFact::text).findFirst().orElse("");
  }

  public static void main(String[] args) throws IOException {
    measure(devFile(), true);
  }
}
