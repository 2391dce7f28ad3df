package jiken.indexer.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import jiken.indexer.Json;
import jiken.indexer.eval.EvalReport;
import jiken.indexer.eval.Evaluator;
import jiken.indexer.eval.Labels;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiken eval --gold FILE}: runs the extractor on every gold article (or reads predictions
 * from {@code --pred}) and prints precision, recall and F1 per field, role and event accuracy and
 * count accuracy, scored as {@code ../shared/eval/PATTERNS.md} says (see {@link jiken.indexer.eval.Scorer}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score fact extraction against gold-labelled articles (JSONL with a \"gold\" object).")
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", required = true,
      description = "Gold JSONL (format of ../shared/eval/dev.jsonl); - for stdin.")
  private String gold;

  @Option(names = "--pred", paramLabel = "FILE",
      description = "Score these extraction outputs (JSONL from `extract`, matched by id) instead of running the extractor.")
  private String pred;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the full report as JSON here.")
  private String reportFile;

  @Option(names = "--verbose", description = "List each article's missed, extra and wrong facts.")
  private boolean verbose;

  private final InputStream stdin;
  private final OutputStream stdout;

  public EvalCommand() {
    this(System.in, System.out);
  }

  EvalCommand(InputStream stdin, OutputStream stdout) {
    this.stdin = stdin;
    this.stdout = stdout;
  }

  @Override
  public Integer call() throws Exception {
    Function<ArticleInput, Labels> predictor;
    if (pred != null) {
      predictor = Evaluator.lookup(readPredictions(pred));
    } else {
      ArticleExtractor extractor = new ArticleExtractor();
      predictor = in -> Labels.of(extractor.extract(in));
    }
    EvalReport report;
    try (BufferedReader r = Console.reader(gold, stdin)) {
      report = new Evaluator().evaluate(r, predictor);
    }
    PrintStream out = Console.print(stdout);
    out.print(report.table(verbose));
    out.flush();
    if (reportFile != null) {
      try (Writer w = Console.writer(reportFile, stdout)) {
        w.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson()));
        w.write('\n');
      }
    }
    return report.articles().isEmpty() ? 1 : 0;
  }

  private Map<String, Labels> readPredictions(String file) throws java.io.IOException {
    Map<String, Labels> byId = new HashMap<>();
    try (BufferedReader r = Console.reader(file, stdin)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          var node = ExtractionJson.parseObject(Console.stripBom(line));
          byId.put(node.path("id").asText(""), Labels.fromJson(node));
        } catch (IllegalArgumentException e) {
          // a bad prediction line predicts nothing for its article
        }
      }
    }
    return byId;
  }
}
