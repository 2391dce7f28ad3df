package jiken.web.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.cli.Console;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.demo.DemoCorpus;
import jiken.web.demo.DemoSites;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiken demo}: serves the bundled fictional news sites on loopback, crawls them with the real
 * crawler, indexes, and serves the site. {@code /healthz} answers 503 until the crawl and index run
 * are done, then 200. The demo data directory is recreated on every run (only if it is one the
 * demo made: it carries a marker file).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the demo: start the bundled fictional news sites, crawl and index them, and serve the site.")
public final class DemoCommand implements Callable<Integer> {
  static final String MARKER = ".jiken-demo";

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "var/demo",
      description = "Data directory of the demo, recreated on each run (default: ${DEFAULT-VALUE}).")
  Path dataDir;
  @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).") int port;
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).") String host;
  @Option(names = "--sites", paramLabel = "DIR", description = "Demo corpus directory (default: the copy inside the jar).")
  Path sites;
  @Option(names = "--delay-ms", defaultValue = "100", description = "Politeness delay per demo site (default: ${DEFAULT-VALUE}).")
  long delayMs;
  @Option(names = "--exit-when-ready", hidden = true, description = "Stop once indexed (for tests).")
  boolean exitWhenReady;

  @Override
  public Integer call() throws IOException, InterruptedException {
    prepare(dataDir);
    WebContext web = new WebContext(dataDir, true);
    Javalin app = App.create(web).start(host, port);
    Console.out().println("Jiken demo: http://localhost:" + app.port() + "/ (crawling the demo sites…)");
    try (DemoSites demo = DemoSites.start(DemoCorpus.open(sites), delayMs)) {
      web.setReady(false, "crawling");
      CaseIndexer.Report r = Pipeline.crawlAndIndex(web, demo.sources(), null);
      web.setReady(true, "ready");
      Console.out().printf(java.util.Locale.ROOT, "Jiken demo ready: %d articles indexed into %d cases — http://localhost:%d/%n",
          r.documents(), web.cases().count(), app.port());
      if (exitWhenReady) {
        app.stop();
        web.close();
        return 0;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        app.stop();
        web.close();
      }));
      Thread.currentThread().join();
    }
    return 0;
  }

  /** Empties a previous demo directory; refuses to touch a non-empty directory the demo did not make. */
  static void prepare(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      boolean empty;
      try (Stream<Path> s = Files.list(dir)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty && !Files.exists(dir.resolve(MARKER))) {
        throw new IllegalArgumentException(dir + " is not empty and was not made by the demo; choose another --data-dir");
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(dir)) {
            Files.delete(p);
          }
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MARKER), "made by jiken demo; deleted on the next demo run\n",
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
