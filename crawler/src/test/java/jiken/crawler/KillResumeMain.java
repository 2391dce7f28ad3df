package jiken.crawler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jiken.crawler.store.Database;

/**
 * Child-process entry point of {@link KillResumeTest}: crawls one feed into a data directory
 * and exits. Arguments: {@code DATA_DIR FEED_URL}.
 */
public final class KillResumeMain {
  private KillResumeMain() {}

  public static void main(String[] args) {
    CrawlerConfig config = CrawlerConfig.defaults().toBuilder().threads(1).retryBase(Duration.ofMillis(50))
        .progressEvery(Duration.ofHours(1)).build();
    try (Database db = Database.open(Path.of(args[0])); Crawler crawler = new Crawler(config, db)) {
      crawler.crawlOnce(List.of(Source.of("kill", SourceKind.FEED, args[1]).withDelayMs(0)));
    }
  }
}
