package jiken.crawler.archive;

import java.io.IOException;
import jiken.crawler.fetch.FetchRequest;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.fetch.Fetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Fetcher} that records every response of the wrapped fetcher (robots.txt, feeds,
 * redirects and articles alike) in a {@link WarcArchive}. An archive write failure is logged and
 * never fails the fetch: the archive is a by-product of the crawl. Thread-safe if the delegate is.
 */
public final class ArchivingFetcher implements Fetcher {
  private static final Logger LOG = LoggerFactory.getLogger(ArchivingFetcher.class);

  private final Fetcher delegate;
  private final WarcArchive archive;

  public ArchivingFetcher(Fetcher delegate, WarcArchive archive) {
    this.delegate = delegate;
    this.archive = archive;
  }

  @Override
  public FetchResult fetch(FetchRequest request) throws InterruptedException {
    FetchResult r = delegate.fetch(request);
    try {
      archive.record(r);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot archive {}: {}", r.finalUrl(), e.toString());
    }
    return r;
  }
}
