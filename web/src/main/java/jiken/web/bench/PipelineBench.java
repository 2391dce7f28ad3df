package jiken.web.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.Json;
import jiken.indexer.Progress;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.cli.Console;
import jiken.indexer.cli.ImportCommand;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ExtractionJson;
import jiken.indexer.index.CaseIndex;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jiken bench pipeline --docs N}: the throughput of the whole pipeline against its floor, in
 * one run. Writes N synthetic articles ({@link SyntheticIncidents}), measures bare Kuromoji
 * search-mode tokenisation of the same texts (title, newline, text) on one thread, then
 * {@code import} and {@code index} into a fresh data directory, {@code reindex}, and adding
 * {@code --add} more articles to the built base (import + index), then searches the result with
 * {@code --clients} concurrent clients in-process and over HTTP ({@link SearchBench#measure}, counts
 * not cached). Prints each phase with its rate and the peak heap, and records the row — with the
 * machine and the command — in BENCHMARKS.md (replacing an earlier row for the same N and style)
 * unless {@code --no-record}.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Measure import + index + reindex throughput against bare Kuromoji tokenisation of the same texts.")
final class PipelineBench implements Callable<Integer> {
  static final String START = "<!-- bench pipeline: rows -->";
  static final String END = "<!-- bench pipeline: end -->";

  @Option(names = "--docs", required = true, description = "Number of articles in the base.") int docs;
  @Option(names = "--add", defaultValue = "1000", description = "Articles added to the built base (default: ${DEFAULT-VALUE}).") int add;
  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed;
  @Option(names = "--work-dir", description = "Where the corpus and data directory go (default: a new temporary directory).") Path work;
  @Option(names = "--benchmarks", defaultValue = "BENCHMARKS.md", description = "File to record the row in (default: ${DEFAULT-VALUE}).") Path benchmarks;
  @Option(names = "--no-record", description = "Print only; do not touch BENCHMARKS.md.") boolean noRecord;
  @Option(names = "--style", defaultValue = "reports",
      description = "Synthetic articles: reports (realistic length), short, general (8-16 sentences of --sentences)"
          + " or long (32-64 of them; default: ${DEFAULT-VALUE}).") String style;
  @Option(names = "--sentences", description = "For --style general: JSONL of real sentences (a text field per line),"
      + " e.g. ../shared/testdata/ner_wikipedia_ja.jsonl.") Path sentences;
  @Option(names = "--search-seconds", defaultValue = "20",
      description = "Seconds of each search run on the built base (0: no search runs; default: ${DEFAULT-VALUE}).") int searchSeconds;
  @Option(names = "--clients", defaultValue = "8", description = "Concurrent search clients (default: ${DEFAULT-VALUE}).") int clients;
  @Spec CommandSpec spec;
  @Option(names = "--corpus", description = "Measure this JSONL corpus (the import format) instead of synthetic articles;"
      + " the last --add lines are held back and added to the built base.") Path given;

  /** The article generator for {@code --style}. */
  static java.util.function.Supplier<SyntheticIncidents.Article> generator(String style, long seed, Path sentences) {
    boolean general = style.equals("general") || style.equals("long");
    if (!general && sentences != null) {
      throw new IllegalArgumentException("--sentences goes with --style general or long");
    }
    if (general && sentences == null) {
      throw new IllegalArgumentException("--style " + style + " needs --sentences FILE");
    }
    return switch (style) {
      case "reports" -> new SyntheticReports(seed)::next;
      case "short" -> new SyntheticIncidents(seed)::next;
      case "general" -> new SentenceArticles(sentences, seed);
      case "long" -> new SentenceArticles(sentences, seed, 32, 64);
      default -> throw new IllegalArgumentException("--style must be reports, short, general or long, not " + style);
    };
  }

  @Override
  public Integer call() throws Exception {
    if (docs < 1 || add < 0 || searchSeconds < 0 || clients < 1) {
      throw new IllegalArgumentException("--docs and --clients must be positive, --add and --search-seconds not negative");
    }
    PrintStream out = Console.out();
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("jiken-bench-");
    Path corpus = dir.resolve("corpus.jsonl");
    Path extra = dir.resolve("added.jsonl");
    Path data = dir.resolve("data");
    if (Files.exists(data.resolve("jiken.db"))) {
      throw new IllegalArgumentException(data + " already holds a database; use an empty --work-dir");
    }
    long chars;
    if (given != null) {
      chars = split(given, corpus, extra);
    } else {
      var gen = generator(style, seed, sentences);
      chars = write(gen, docs, corpus);
      write(gen, add, extra);
    }
    out.printf(Locale.ROOT, "corpus: %,d articles, %,d characters (mean %.0f) in %s%n", docs, chars, (double) chars / docs, dir);

    Bare measured = bareTokenisation(corpus);
    double bare = measured.seconds();
    double bareCpuMs = measured.cpuNanos() / 1e6 / docs;
    out.printf(Locale.ROOT, "bare Kuromoji search-mode tokenisation, 1 thread: %,.0f articles/s%n", docs / bare);

    Heap heap = new Heap();
    long cpu0 = Progress.processCpuNanos();
    double importSecs = timed(() -> importFile(corpus, data));
    out.printf(Locale.ROOT, "import: %.1f s (%,.0f articles/s)%n", importSecs, docs / importSecs);
    double indexSecs;
    double reindexSecs;
    double addSecs;
    double cpuMs;
    long cases;
    try (Database db = Database.open(data); CaseIndex index = new CaseIndex(data)) {
      indexSecs = timed(() -> new CaseIndexer(db, new ArticleExtractor()).run(index));
      out.printf(Locale.ROOT, "index: %.1f s (%,.0f articles/s)%n", indexSecs, docs / indexSecs);
      cpuMs = (Progress.processCpuNanos() - cpu0) / 1e6 / docs;
      reindexSecs = timed(() -> new CaseIndexer(db, new ArticleExtractor()).rebuild(index));
      cases = new jiken.indexer.cases.CaseStore(db).count();
      out.printf(Locale.ROOT, "reindex: %.1f s (%,d cases, %,.0f cases/s)%n", reindexSecs, cases, cases / reindexSecs);
    }
    addSecs = add == 0 ? 0 : timed(() -> {
      importFile(extra, data);
      try (Database db = Database.open(data); CaseIndex index = new CaseIndex(data)) {
        new CaseIndexer(db, new ArticleExtractor()).run(index);
      }
    });
    out.printf(Locale.ROOT, "adding %,d articles to the base (import + index): %.1f s%n", add, addSecs);
    double rate = docs / (importSecs + indexSecs);
    double ratio = rate / (docs / bare);
    String heapText = heap.peakMegabytes() + " MB peak of " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max";
    out.printf(Locale.ROOT, "import + index: %,.0f articles/s = %.2f of bare tokenisation; heap %s%n", rate, ratio, heapText);
    // CPU time is what other processes on the machine cannot inflate: the ratio an idle machine would reach with both cores busy
    double cpuRatio = 2 * bareCpuMs / cpuMs;
    out.printf(Locale.ROOT, "CPU per article: import + index %.2f ms, bare tokenisation %.3f ms; on two idle cores: %.2f of bare%n",
        cpuMs, bareCpuMs, cpuRatio);

    // the reader's side of the same run: searches of the built base while nothing else runs, counts not cached
    String search = "–";
    if (searchSeconds > 0) {
      SearchBench.Figures f = SearchBench.measure(out, data, clients, searchSeconds, Math.min(5, searchSeconds), 1, true, false);
      search = String.format(Locale.ROOT, "%.1f / %.1f ms (%.1f ms), %,d errors", f.http().p50(), f.http().p99(),
          f.inProcess().p99(), f.http().errors() + f.inProcess().errors());
    }

    String name = given != null ? given.getFileName().toString() : style;
    String row = String.format(Locale.ROOT, "| %,d %s | %,.0f | %,.0f | %.1f s | %.1f s | **%,.0f** | **%.2f** | %.2f ms / %.3f ms (%.2f) | %.1f s (%,d cases) | %,d in %.1f s | %s | %s | %s | %s; `%s` |",
        docs, name, (double) chars / docs, docs / bare, importSecs, indexSecs, rate, ratio,
        cpuMs, bareCpuMs, cpuRatio, reindexSecs, cases, add, addSecs, heapText, search, LocalDate.now(java.time.ZoneOffset.UTC),
        Machine.describe(), command());
    out.println(row);
    if (!noRecord) {
      record(benchmarks, String.format(Locale.ROOT, "| %,d %s |", docs, name), row);
      out.println("recorded in " + benchmarks);
    }
    return 0;
  }

  /** The command line as typed after {@code jiken}, for the table: what to run to repeat the row. */
  private String command() {
    List<String> args = spec == null ? List.of() : spec.commandLine().getParseResult().originalArgs();
    int self = args.indexOf("pipeline"); // the parent's arguments come along when run as a subcommand
    args = args.subList(self + 1, args.size());
    return ("jiken bench pipeline " + String.join(" ", args)).trim().replace('|', '/');
  }

  /** Copies the first {@code docs} lines of {@code from} to {@code base} and the next {@code add} to {@code extra}; returns the base's characters. */
  private long split(Path from, Path base, Path extra) throws IOException {
    long chars = 0;
    int lines = 0;
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        BufferedWriter b = Files.newBufferedWriter(base, StandardCharsets.UTF_8);
        BufferedWriter x = Files.newBufferedWriter(extra, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && lines < docs + add) {
        if (line.isBlank()) {
          continue;
        }
        if (lines < docs) {
          chars += ExtractionJson.toInput(ExtractionJson.parseObject(line)).fullText().length();
          b.write(line);
          b.write('\n');
        } else {
          x.write(line);
          x.write('\n');
        }
        lines++;
      }
    }
    if (lines < docs + add) {
      throw new IllegalArgumentException(from + " has " + lines + " articles; --docs " + docs + " and --add " + add + " need " + (docs + add));
    }
    return chars;
  }

  private static long write(java.util.function.Supplier<SyntheticIncidents.Article> gen, int n, Path file) throws IOException {
    long chars = 0;
    Progress p = new Progress("corpus", n);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        SyntheticIncidents.Article a = gen.get();
        chars += a.title().length() + 1 + a.text().length();
        w.write(Json.MAPPER.writeValueAsString(a.json()));
        w.write('\n');
        p.advance(1);
      }
    }
    return chars;
  }

  /** Wall and CPU time of tokenising every article once (warm-up excluded). */
  record Bare(double seconds, long cpuNanos) {}

  static Bare bareTokenisation(Path corpus) throws IOException {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    JapaneseTokenizer tok = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
    CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
    long sink = 0;
    long nanos = 0;
    boolean warm = false;
    Progress p = new Progress("bare tokenisation", lines(corpus));
    // read in chunks so a million articles need not sit in memory; only tokenising is timed
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      List<String> chunk = new ArrayList<>();
      String line = "";
      while (line != null) {
        chunk.clear();
        while (chunk.size() < 2_000 && (line = r.readLine()) != null) {
          chunk.add(ExtractionJson.toInput(ExtractionJson.parseObject(line)).fullText());
        }
        if (!warm) { // warm-up on the first chunk: the pipeline's JIT is warm too
          for (String t : chunk) {
            sink += tokens(tok, term, t);
          }
          warm = true;
        }
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (String t : chunk) {
          sink += tokens(tok, term, t);
        }
        nanos += System.nanoTime() - start;
        cpu += threads.getCurrentThreadCpuTime() - cpuStart;
        p.advance(chunk.size());
      }
    }
    tok.close();
    if (sink < 0) {
      throw new IllegalStateException();
    }
    return new Bare(nanos / 1e9, cpu);
  }

  private static long lines(Path file) throws IOException {
    try (var s = Files.lines(file, StandardCharsets.UTF_8)) {
      return s.count();
    }
  }

  private static int tokens(JapaneseTokenizer tok, CharTermAttribute term, String text) throws IOException {
    int n = 0;
    tok.setReader(new StringReader(text));
    tok.reset();
    while (tok.incrementToken()) {
      n += term.length();
    }
    tok.end();
    tok.close();
    return n;
  }

  private static void importFile(Path jsonl, Path data) {
    int code = new picocli.CommandLine(new ImportCommand()).execute("--jsonl", jsonl.toString(), "--data-dir", data.toString());
    if (code != 0) {
      throw new IllegalStateException("import failed with exit code " + code);
    }
  }

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  private static double timed(Work w) throws Exception {
    long start = System.nanoTime();
    w.run();
    return (System.nanoTime() - start) / 1e9;
  }

  /** Peak heap in use since construction (sum of the heap pools' peaks). */
  static final class Heap {
    Heap() {
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long peakMegabytes() {
      long peak = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
          peak += p.getPeakUsage().getUsed();
        }
      }
      return peak / (1 << 20);
    }
  }

  /** Puts {@code row} into the table between the markers of {@code file}, replacing the row for the same N. */
  static void record(Path file, String prefix, String row) throws IOException {
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException(file + " has no '" + START + "' … '" + END + "' table to record in");
    }
    List<String> rows = new ArrayList<>();
    for (String line : text.substring(start + START.length(), end).split("\n")) {
      if (!line.isBlank() && !line.startsWith(prefix)) {
        rows.add(line);
      }
    }
    rows.add(row);
    String body = START + "\n" + String.join("\n", rows) + "\n";
    // the header lines sit between the markers too, so the table stays one Markdown table
    Files.writeString(file, text.substring(0, start) + body + text.substring(end), StandardCharsets.UTF_8);
  }
}
