package jiken.indexer.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.util.concurrent.Callable;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiken extract --in F --out G}: runs the fact extractor over a JSONL file of articles
 * (DESIGN.md "Contracts"), writing one output line per input line, in order. A line that is not a
 * JSON object is reported on stderr as {@code {"id":…,"line":n,"error":"…"}} and skipped; blank
 * lines are skipped silently. Articles are extracted on {@code --threads} threads.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract facts (organisations, dates, incident types, count, data types, systems) from JSONL articles.")
public final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--in", paramLabel = "FILE", defaultValue = "-",
      description = "Input JSONL {\"id\",\"url\",\"title\",\"text\",\"published\"}; - for stdin (default).")
  private String in;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
      description = "Output JSONL, one line per input line; - for stdout (default).")
  private String out;

  @Option(names = "--provenance", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Add a \"provenance\" object (spans, evidence, sentences) to each line (default: ${DEFAULT-VALUE}).")
  private boolean provenance;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  private final InputStream stdin;
  private final OutputStream stdout;
  private final OutputStream stderr;
  private final ArticleExtractor extractor;

  public ExtractCommand() {
    this(System.in, System.out, System.err, new ArticleExtractor());
  }

  ExtractCommand(InputStream stdin, OutputStream stdout, OutputStream stderr, ArticleExtractor extractor) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.extractor = extractor;
  }

  private record Result(String output, String error) {}

  @Override
  public Integer call() throws Exception {
    PrintStream err = Console.print(stderr);
    try (BufferedReader reader = Console.reader(in, stdin); Writer writer = Console.writer(out, stdout)) {
      OrderedParallel.map(reader, threads, this::extractLine, r -> {
        if (r == null) {
          return;
        }
        if (r.output() != null) {
          writer.write(r.output());
          writer.write('\n');
        } else {
          err.println(r.error());
        }
      });
    }
    err.flush();
    return 0;
  }

  private Result extractLine(OrderedParallel.Line line) {
    if (line.text().isBlank()) {
      return null;
    }
    ArticleInput input;
    try {
      input = ExtractionJson.parseInput(line.text());
    } catch (IllegalArgumentException e) {
      return new Result(null, ExtractionJson.errorLine(ExtractionJson.guessId(line.text()), line.number(), e.getMessage()));
    }
    try {
      return new Result(ExtractionJson.toLine(extractor.extract(input), provenance), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(null, ExtractionJson.errorLine(input.id(), line.number(), "extraction failed: " + e));
    }
  }
}
