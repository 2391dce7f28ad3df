package jiken.web.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jiken.crawler.cli.DataDirOption;
import jiken.indexer.cli.Console;
import jiken.web.App;
import jiken.web.WebContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jiken serve}: the site and API over a data directory, optionally crawling on a schedule. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the site and the JSON API. With --crawl-every, crawl the sources and index on a schedule.")
public final class ServeCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServeCommand.class);

  @Mixin DataDirOption data;
  @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).") int port;
  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to bind (default: ${DEFAULT-VALUE}).") String host;
  @Option(names = "--crawl-every", description = "Crawl and index periodically, e.g. 30m or 2h (default: never).")
  String crawlEvery;
  @Option(names = "--sources", defaultValue = "data/sources.json", description = "Sources for --crawl-every.") Path sources;

  @Override
  public Integer call() throws InterruptedException {
    Duration every = crawlEvery == null ? null : Durations.parse(crawlEvery);
    WebContext web = new WebContext(data.dataDir(), false);
    Javalin app = App.create(web).start(host, port);
    web.setReady(true, "ready");
    Console.out().println("Jiken is serving http://localhost:" + app.port() + "/ (data: " + data.dataDir() + ")");
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    if (every != null) {
      scheduler.scheduleWithFixedDelay(() -> {
        try {
          Pipeline.crawlAndIndex(web, Pipeline.loadSources(sources), null);
        } catch (RuntimeException e) {
          LOG.error("scheduled crawl failed; will retry in {}", every, e);
        }
      }, 0, every.toSeconds(), TimeUnit.SECONDS);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      scheduler.shutdownNow();
      app.stop();
      web.close();
    }));
    Thread.currentThread().join();
    return 0;
  }
}
