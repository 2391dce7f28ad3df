package jiken.crawler;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jiken.crawler.fetch.Fetcher;
import jiken.crawler.fetch.HostGate;
import jiken.crawler.fetch.HttpFetcher;
import jiken.crawler.robots.RobotsCache;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.crawler.store.Frontier;
import jiken.crawler.store.FrontierSchedule;
import jiken.crawler.store.RobotsStore;
import jiken.crawler.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl orchestrator. {@link #crawlOnce} seeds every source's URL, then hands each host with
 * due frontier entries to one worker of a small pool (so hosts proceed in parallel and each host
 * sees one request at a time, see {@link HostGate}), and returns when nothing is due any more, or
 * only after more than {@code maxInRunWait}. All state is in SQLite ({@link Frontier}), so an
 * interrupted run resumes on the next call. One bad page is logged with its URL and skipped.
 *
 * <p>Usage: {@code try (Crawler c = new Crawler(CrawlerConfig.defaults(), db)) { c.crawlOnce(sources); }}.
 * One crawl at a time per instance; {@link #stop()} may be called from any thread.
 */
public final class Crawler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
  private static final int BATCH = 20;

  private final CrawlerConfig config;
  private final Database db;
  private final Fetcher fetcher;
  private final boolean ownsFetcher;
  private final HostGate gate = new HostGate();
  private final RobotsCache robots;
  private final Frontier frontier;
  private final FrontierSchedule schedule;
  private final DocumentStore documents;
  private final SourceSeeder seeder;
  private final Clock clock = Clock.systemUTC();
  private volatile boolean stopRequested;

  /** A crawler fetching over HTTP with the JDK client. */
  public Crawler(CrawlerConfig config, Database db) {
    this(config, db, new HttpFetcher(config.userAgent(), config.connectTimeout(), config.readTimeout(),
        config.maxBodyBytes()), true);
  }

  /** A crawler over any {@link Fetcher} (tests, replays); the caller keeps ownership of it. */
  public Crawler(CrawlerConfig config, Database db, Fetcher fetcher) {
    this(config, db, fetcher, false);
  }

  private Crawler(CrawlerConfig config, Database db, Fetcher fetcher, boolean ownsFetcher) {
    this.config = config;
    this.db = db;
    this.fetcher = fetcher;
    this.ownsFetcher = ownsFetcher;
    this.robots = new RobotsCache(fetcher, gate, config.robotsAgent(), config.robotsTtl(),
        config.robotsDeferFor(), clock, new RobotsStore(db));
    this.frontier = new Frontier(db);
    this.schedule = frontier.schedule();
    this.documents = new DocumentStore(db);
    this.seeder = new SourceSeeder(new SourceStore(db), frontier.admissions());
  }

  /** The frontier this crawler schedules from (inspection and tests). */
  public Frontier frontier() {
    return frontier;
  }

  /** Asks a running {@link #crawlOnce} to return soon; in-flight requests finish first. */
  public void stop() {
    stopRequested = true;
  }

  /** Crawls the sources until nothing is due; blocking. See the class comment. */
  public CrawlReport crawlOnce(List<Source> sources) {
    stopRequested = false;
    long start = clock.millis();
    Map<String, Source> byId = seeder.seed(sources, start);
    CrawlCounters counters = new CrawlCounters();
    if (byId.isEmpty()) {
      return counters.report(Duration.ZERO);
    }
    PageHandler handler = new PageHandler(db, documents, frontier.admissions(), config, counters, start);
    UrlWorker worker = new UrlWorker(new PoliteFetcher(fetcher, gate, robots, config), frontier.outcomes(),
        handler, config, counters, clock);
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), new NamedThreads("jiken-crawl"));
    Set<String> active = ConcurrentHashMap.newKeySet();
    Semaphore finished = new Semaphore(0);
    ProgressLog progress = new ProgressLog(counters, config.progressEvery(), start);
    try {
      while (!stopRequested && !Thread.currentThread().isInterrupted()) {
        long now = clock.millis();
        for (String host : schedule.dueHosts(byId.keySet(), now, start)) {
          if (active.add(host)) {
            pool.submit(() -> {
              try {
                drain(host, byId, worker, start);
              } finally {
                active.remove(host);
                finished.release();
              }
            });
          }
        }
        progress.maybeLog(() -> schedule.countDue(byId.keySet(), clock.millis(), start));
        if (active.isEmpty()) {
          Long next = schedule.earliestDue(byId.keySet(), start);
          now = clock.millis();
          if (next == null || next > now + config.maxInRunWait().toMillis()) {
            break;
          }
          Thread.sleep(Math.max(10, Math.min(next - now, 1000)));
        } else {
          finished.tryAcquire(200, TimeUnit.MILLISECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopRequested = true;
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    CrawlReport report = counters.report(Duration.ofMillis(clock.millis() - start));
    LOG.info("crawl finished: {} ({} pages/s)", report, String.format(java.util.Locale.ROOT, "%.1f", report.rate()));
    return report;
  }

  private void drain(String host, Map<String, Source> byId, UrlWorker worker, long runStart) {
    try {
      while (!stopRequested) {
        var batch = schedule.due(host, byId.keySet(), clock.millis(), runStart, BATCH);
        if (batch.isEmpty()) {
          return;
        }
        for (var entry : batch) {
          if (stopRequested || !worker.process(entry, byId.get(entry.sourceId()))) {
            return; // stopped, or the host asked us to back off: its entries were rescheduled
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("worker for {} failed: {}", host, e.toString(), e);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
    if (ownsFetcher && fetcher instanceof AutoCloseable) {
      try {
        ((AutoCloseable) fetcher).close();
      } catch (Exception e) {
        LOG.debug("closing fetcher", e);
      }
    }
  }
}
