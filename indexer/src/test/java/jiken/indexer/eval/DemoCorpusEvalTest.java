package jiken.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jiken.crawler.extract.ExtractHints;
import jiken.crawler.extract.ExtractedArticle;
import jiken.indexer.Json;
import jiken.indexer.extract.ArticleExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the 63 fictional demo articles ({@code data/demo-sites/}), whose text
 * was written apart from the rules: a fairer check than dev.jsonl. The pages are run through the
 * crawler's main-text extractor directly (no server), so the text equals what the crawl stores.
 * Writes the gold file in GUIDE format to {@code target/demo-gold.jsonl} (usable with
 * {@code jiken eval --gold}) and the per-article report to {@code target/demo-eval.txt}; asserts
 * floors a little under the measured figures.
 */
class DemoCorpusEvalTest {
  static final Path CORPUS = Path.of("..", "data", "demo-sites");

  @Test
  void demo_corpus_scores_above_the_floors() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("truth")), "no demo corpus");
    String gold = goldLines();
    ArticleExtractor extractor = new ArticleExtractor();
    EvalReport report = new Evaluator().evaluate(new BufferedReader(new StringReader(gold)),
        in -> Labels.of(extractor.extract(in)));
    System.out.println("demo corpus (" + report.articles().size() + " articles)\n" + report.table(false));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "demo-gold.jsonl"), gold, StandardCharsets.UTF_8);
    Files.writeString(Path.of("target", "demo-eval.txt"), report.table(true), StandardCharsets.UTF_8);

    assertThat(report.articles()).hasSize(63);
    // measured 2026-11-21: organisations 0.940, incident types 0.971, dates 0.978, events 0.893,
    // count false positives 0/22; margins allow for crawler-side text changes
    assertThat(report.tally(Scorer.ORGANIZATIONS).f1()).as("organisations F1").isGreaterThan(0.87);
    assertThat(report.tally(Scorer.INCIDENT_TYPES).f1()).as("incident types F1").isGreaterThan(0.92);
    assertThat(report.tally(Scorer.DATES).f1()).as("dates F1").isGreaterThan(0.93);
    assertThat(report.eventAccuracy().value()).as("event accuracy").isGreaterThan(0.85);
    assertThat(report.countFalsePositives().value()).as("count false positives").isLessThanOrEqualTo(0.1);
  }

  /**
   * Prints the CPU cost of extraction per demo article, with and without the Kuromoji analysis
   * ({@code AnalyzedArticle.of}), for BENCHMARKS.md; then the same for long articles (the demo
   * texts joined three at a time, about 1,300 characters) to show the cost grows linearly with
   * length. Nothing is asserted about time.
   */
  @Test
  void extraction_cost_per_article_is_printed() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("truth")), "no demo corpus");
    java.util.List<jiken.indexer.extract.ArticleInput> inputs = new java.util.ArrayList<>();
    for (String line : goldLines().split("\n")) {
      inputs.add(jiken.indexer.extract.ExtractionJson.parseInput(line));
    }
    java.util.List<jiken.indexer.extract.ArticleInput> joined = new java.util.ArrayList<>();
    for (int i = 0; i + 3 <= inputs.size(); i += 3) {
      var a = inputs.get(i);
      String text = a.text() + "\n" + inputs.get(i + 1).text() + "\n" + inputs.get(i + 2).text();
      joined.add(new jiken.indexer.extract.ArticleInput(a.id(), a.url(), a.title(), text, a.published()));
    }
    long[] cpu = cost(inputs, 20);
    long[] longCpu = cost(joined, 20);
    assertThat(cpu[0]).isPositive();
    assertThat(longCpu[0]).isPositive();
  }

  /** CPU nanoseconds of {extraction, analysis alone} over {@code rounds} passes, after one warm-up. */
  private static long[] cost(java.util.List<jiken.indexer.extract.ArticleInput> inputs, int rounds) {
    ArticleExtractor extractor = new ArticleExtractor();
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    for (int pass = 0; pass < 2; pass++) { // pass 0 warms up the JIT
      long full = 0;
      long analysis = 0;
      for (int r = 0; r < rounds; r++) {
        for (var in : inputs) {
          long t0 = bean.getCurrentThreadCpuTime();
          jiken.indexer.extract.AnalyzedArticle.of(in);
          long t1 = bean.getCurrentThreadCpuTime();
          extractor.extract(in);
          long t2 = bean.getCurrentThreadCpuTime();
          analysis += t1 - t0;
          full += t2 - t1;
        }
      }
      cpu[0] = full;
      cpu[1] = analysis;
    }
    double n = (double) rounds * inputs.size();
    int chars = inputs.stream().mapToInt(in -> in.fullText().length()).sum() / inputs.size();
    System.out.printf(java.util.Locale.ROOT,
        "extraction CPU per demo article (%d articles, mean %d chars, %d rounds): total %.3f ms,"
            + " analysis %.3f ms, beyond analysis %.3f ms (%.2f µs per character)%n",
        inputs.size(), chars, rounds, cpu[0] / n / 1e6, cpu[1] / n / 1e6, (cpu[0] - cpu[1]) / n / 1e6,
        (cpu[0] - cpu[1]) / n / 1e3 / chars);
    return cpu;
  }

  /** One GUIDE-format line per truth article, with the text the crawler's extractor produces. */
  static String goldLines() throws Exception {
    Map<String, String> fileOf = new HashMap<>(); // "site|path" → page file
    for (String site : new String[] {"site-a", "site-b", "site-c", "site-d"}) {
      JsonNode manifest = Json.MAPPER.readTree(CORPUS.resolve(site).resolve("manifest.json").toFile());
      for (JsonNode f : manifest.get("files")) {
        fileOf.put(site + "|" + f.get("path").asText(), f.get("file").asText());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(CORPUS.resolve("truth/articles.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode a = Json.MAPPER.readTree(line);
      String site = a.get("site").asText();
      String base = "http://127.0.0.1:7070";
      String html = Files.readString(CORPUS.resolve(site).resolve(fileOf.get(site + "|" + a.get("path").asText())),
          StandardCharsets.UTF_8).replace("{{BASE}}", base);
      URI url = URI.create(base + a.get("url_path").asText());
      ExtractedArticle d = jiken.crawler.extract.ArticleExtractor.extract(html, url, ExtractHints.NONE);
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("id", site + a.get("path").asText());
      o.put("url", url.toString());
      o.put("title", d.title());
      o.put("text", d.text());
      o.put("published", d.published() == null ? null : d.published().toString());
      o.set("gold", a.get("gold"));
      out.append(Json.MAPPER.writeValueAsString(o)).append('\n');
    }
    return out.toString();
  }
}
