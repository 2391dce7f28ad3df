package jiken.web.bench;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.indexer.Json;
import jiken.indexer.cli.Console;
import jiken.indexer.index.CaseIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jiken bench}: scale tools. {@code corpus} writes synthetic articles as JSONL for
 * {@code import}; {@code index} puts synthetic cases straight into the Lucene index (no extraction,
 * for search benchmarks at sizes the extractor would take hours over); {@code search} measures
 * latency in-process and over HTTP. Figures go in BENCHMARKS.md, not in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: synthetic corpora and search latency.",
    subcommands = {BenchCommand.Corpus.class, BenchCommand.Index.class, SearchBench.class, PipelineBench.class,
        LoadBench.class})
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    CommandLine.usage(this, Console.out());
  }

  /** {@code bench corpus --docs N --out F}. */
  @Command(name = "corpus", mixinStandardHelpOptions = true, description = "Write N synthetic incident articles as JSONL.")
  static final class Corpus implements Callable<Integer> {
    @Option(names = "--docs", required = true, description = "Number of articles.") int docs;
    @Option(names = "--out", required = true, description = "Output file (- for stdout).") String out;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--style", defaultValue = "reports",
        description = "reports: realistic stories and notices (mean ~720 characters); short: one-paragraph items;"
            + " general: articles of 8-16 real sentences from --sentences; long: of 32-64 (default: ${DEFAULT-VALUE}).")
    String style;
    @Option(names = "--sentences", description = "For --style general or long: JSONL of real sentences (a text field per line).")
    Path sentences;

    @Override
    public Integer call() throws Exception {
      if (docs < 1) {
        throw new IllegalArgumentException("--docs must be positive");
      }
      var gen = PipelineBench.generator(style, seed, sentences);
      var stream = out.equals("-") ? Console.out() : Files.newOutputStream(Path.of(out));
      try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
        for (int i = 0; i < docs; i++) {
          w.write(Json.MAPPER.writeValueAsString(gen.get().json()));
          w.write('\n');
        }
      }
      if (!out.equals("-")) {
        Console.out().println("wrote " + docs + " articles to " + out);
      }
      return 0;
    }
  }

  /** {@code bench index --docs N --data-dir D}: synthetic cases straight into Lucene. */
  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Index N synthetic cases directly into DATA_DIR/index (skips SQLite and extraction).")
  static final class Index implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Option(names = "--docs", required = true, description = "Number of cases.") int docs;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--with-records", description = "Also store each case record in SQLite (one transaction per batch),"
        + " so case pages and /api/cases answer for the synthetic cases.") boolean withRecords;
    @Option(names = "--style", defaultValue = "short", description = "short: one-paragraph template cases; reports: one case"
        + " per realistic report of `bench corpus --style reports` (default: ${DEFAULT-VALUE}).") String style;
    @Option(names = "--skip", defaultValue = "0", description = "Generate and drop the first N cases: a large index built"
        + " in parts (--docs 250000 --skip 250000 …) is the same as one built at once.") int skip;

    @Override
    public Integer call() {
      var gen = ReportCases.generator(style, seed);
      for (int i = 0; i < skip; i++) {
        gen.get();
      }
      // records go to SQLite after each Lucene batch commits, so a killed run leaves no record without its document
      jiken.indexer.cases.CaseStore store = withRecords
          ? new jiken.indexer.cases.CaseStore(jiken.crawler.store.Database.open(data.dataDir())) : null;
      long start = System.nanoTime();
      PrintStream out = Console.out();
      try (CaseIndex index = new CaseIndex(data.dataDir())) {
        int batch = 10_000;
        for (int done = 0; done < docs; done += batch) {
          int n = Math.min(batch, docs - done);
          List<jiken.indexer.cases.CaseRecord> records = new java.util.ArrayList<>(n);
          index.write(b -> {
            for (int i = 0; i < n; i++) {
              var c = gen.get();
              b.update(c.record(), List.of(c.text()));
              records.add(c.record());
            }
          });
          if (store != null) {
            store.putIndexed(records);
          }
          out.printf(Locale.ROOT, "%d cases indexed (%.0f/s)%n", done + n, (done + n) / ((System.nanoTime() - start) / 1e9));
        }
      }
      out.printf(Locale.ROOT, "indexed %d cases in %.1f s; index %s%n", docs, (System.nanoTime() - start) / 1e9,
          SearchBench.megabytes(data.dataDir().resolve("index")));
      return 0;
    }
  }
}
