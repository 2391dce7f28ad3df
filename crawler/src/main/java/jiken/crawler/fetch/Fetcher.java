package jiken.crawler.fetch;

/**
 * Performs exactly one HTTP request: no redirect following, no retries, no politeness (those are
 * the crawler's job, so that robots.txt and per-host delays apply to every hop). Implementations
 * must be thread-safe and report network errors as {@link FetchResult#failure}.
 */
public interface Fetcher {
  FetchResult fetch(FetchRequest request) throws InterruptedException;
}
