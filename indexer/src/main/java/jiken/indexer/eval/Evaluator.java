package jiken.indexer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.ExtractionJson;

/**
 * Reads a gold file (JSONL in the format of {@code ../shared/eval/GUIDE.md}: the extraction input
 * fields plus {@code gold}) and scores a predictor on it. Lines without {@code text} (such as the
 * demo truth file, whose articles live in HTML pages) or without {@code gold}, and lines that are
 * not JSON objects, are counted as skipped; blank lines are ignored. Stateless.
 */
public final class Evaluator {
  private final Scorer scorer = new Scorer();

  /** Scores {@code predict} on every scorable line of {@code gold}. */
  public EvalReport evaluate(BufferedReader gold, Function<ArticleInput, Labels> predict) throws IOException {
    EvalReport report = new EvalReport();
    String line;
    while ((line = gold.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = ExtractionJson.parseObject(stripBom(line));
      } catch (IllegalArgumentException e) {
        report.skip();
        continue;
      }
      JsonNode g = node.get("gold");
      JsonNode text = node.get("text");
      if (g == null || !g.isObject() || text == null || !text.isTextual()) {
        report.skip();
        continue;
      }
      ArticleInput input = ExtractionJson.toInput(node);
      report.add(scorer.score(input.id(), Labels.fromJson(g), predict.apply(input)));
    }
    return report;
  }

  /** A predictor that looks predictions up by article id (missing ids predict nothing). */
  public static Function<ArticleInput, Labels> lookup(Map<String, Labels> byId) {
    return in -> byId.getOrDefault(in.id(), Labels.empty());
  }

  static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
