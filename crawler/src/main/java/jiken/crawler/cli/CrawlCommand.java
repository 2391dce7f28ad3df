package jiken.crawler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jiken.crawler.CrawlReport;
import jiken.crawler.Crawler;
import jiken.crawler.CrawlerConfig;
import jiken.crawler.Source;
import jiken.crawler.SourcesFile;
import jiken.crawler.archive.ArchivingFetcher;
import jiken.crawler.archive.WarcArchive;
import jiken.crawler.fetch.HttpFetcher;
import jiken.crawler.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jiken crawl}: crawls the sources of a sources file into the data directory. With
 * {@code --once} it runs until nothing is due and exits 0 (also when pages failed or entries of
 * the sources file are invalid: both are logged and skipped); without it, it crawls every {@code
 * --every} until killed. Exit 2 only when the sources file does not exist. {@code --warc} keeps
 * the raw responses in {@code DATA_DIR/warc/} for replaying extraction.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawl the configured news sources (feeds, sitemaps, list pages) into the data directory.")
public final class CrawlCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlCommand.class);

  @Mixin private DataDirOption dataDir;

  @Option(names = "--sources", paramLabel = "FILE", defaultValue = "data/sources.json",
      description = "Sources file (default: ${DEFAULT-VALUE}).")
  private Path sources;

  @Option(names = "--once", description = "Crawl once until nothing is due, then exit.")
  private boolean once;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "30m",
      description = "Interval between crawls without --once, e.g. 30m, 2h, 90s (default: ${DEFAULT-VALUE}).")
  private String every;

  @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent header (default: "
      + CrawlerConfig.DEFAULT_USER_AGENT + ").")
  private String userAgent;

  @Option(names = "--threads", paramLabel = "N", description = "Hosts crawled in parallel (default: 4).")
  private Integer threads;

  @Option(names = "--warc", description = "Also archive every raw response as WARC under DATA_DIR/warc/.")
  private boolean warc;

  @Option(names = "--warc-max-mb", paramLabel = "MB", defaultValue = "100",
      description = "Start a new WARC file after this many megabytes (default: ${DEFAULT-VALUE}).")
  private long warcMaxMb;

  @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "10s",
      description = "Interval between progress lines (default: ${DEFAULT-VALUE}).")
  private String progressEvery;

  @Override
  public Integer call() throws Exception {
    Duration interval = parseDuration(every);
    CrawlerConfig.Builder b = CrawlerConfig.defaults().toBuilder().progressEvery(parseDuration(progressEvery));
    if (userAgent != null) {
      b.userAgent(userAgent);
    }
    if (threads != null) {
      b.threads(threads);
    }
    CrawlerConfig config = b.build();
    if (!Files.isRegularFile(sources)) {
      LOG.error("sources file {} not found", sources);
      return 2;
    }
    Path dir = dataDir.dataDir();
    try (Database db = Database.open(dir);
        HttpFetcher http = new HttpFetcher(config.userAgent(), config.connectTimeout(), config.readTimeout(),
            config.maxBodyBytes());
        WarcArchive archive = warc ? new WarcArchive(dir.resolve("warc"), warcMaxMb * 1024 * 1024) : null;
        Crawler crawler = new Crawler(config, db, archive == null ? http : new ArchivingFetcher(http, archive))) {
      List<Source> list = List.of();
      while (true) {
        list = reload(list); // re-read each round: edits apply on the next round
        CrawlReport report = crawler.crawlOnce(list);
        LOG.info("crawl of {} sources done: {}", list.size(), report);
        if (once) {
          return 0; // failed pages are logged and retried on the next run, not an error
        }
        Thread.sleep(interval.toMillis());
      }
    }
  }

  /** The sources file, or {@code previous} when it cannot be read: a broken edit must not stop a crawl. */
  private List<Source> reload(List<Source> previous) {
    try {
      List<Source> list = SourcesFile.load(sources);
      if (list.isEmpty()) {
        LOG.error("{} lists no usable source", sources);
      }
      return list;
    } catch (RuntimeException e) {
      LOG.error("cannot load {}: {}{}", sources, e.getMessage(),
          previous.isEmpty() ? "" : "; keeping the previous " + previous.size() + " sources");
      return previous;
    }
  }

  /** {@code 30m}, {@code 2h}, {@code 90s}, {@code 1d} or ISO-8601 ({@code PT30M}). */
  public static Duration parseDuration(String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("p")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      switch (v.charAt(v.length() - 1)) {
        case 's': return Duration.ofSeconds(n);
        case 'm': return Duration.ofMinutes(n);
        case 'h': return Duration.ofHours(n);
        case 'd': return Duration.ofDays(n);
        default: break;
      }
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException("bad duration '" + s + "': use e.g. 30m, 2h, 90s");
  }
}
