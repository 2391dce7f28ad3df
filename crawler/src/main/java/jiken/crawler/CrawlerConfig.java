package jiken.crawler;

import java.time.Duration;
import java.util.Objects;

/**
 * Crawler settings. Immutable; start from {@link #defaults()} and change with {@link #toBuilder()}.
 *
 * @param userAgent the User-Agent header; names Jiken and gives a contact URL
 * @param robotsAgent the product token matched against robots.txt {@code User-agent:} lines
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout time allowed for headers and for the whole body
 * @param maxBodyBytes bodies larger than this (decoded) are not read and are recorded as too large
 * @param maxRedirects redirects followed per URL (loops are detected before)
 * @param maxRetries retries of 5xx, 429 and network errors before a URL counts as failed
 * @param retryBase first retry delay; doubled on each further failure
 * @param maxInRunWait waits up to this long (Retry-After, backoff) happen within the same run;
 *     longer ones are left to a later run
 * @param threads hosts crawled in parallel
 * @param robotsTtl how long a fetched robots.txt is trusted
 * @param robotsDeferFor how long a host is left alone when its robots.txt is unreachable
 * @param maxCrawlDelay cap on robots.txt {@code Crawl-delay}
 * @param articleRevisit when to revisit an article with a conditional GET
 * @param failedRetryAfter when to try a failed URL again in a later run
 * @param maxArticlesPerSource articles queued per source and run at most (bounds the first crawl)
 * @param progressEvery interval between progress log lines
 */
public record CrawlerConfig(
    String userAgent,
    String robotsAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int maxRetries,
    Duration retryBase,
    Duration maxInRunWait,
    int threads,
    Duration robotsTtl,
    Duration robotsDeferFor,
    Duration maxCrawlDelay,
    Duration articleRevisit,
    Duration failedRetryAfter,
    int maxArticlesPerSource,
    Duration progressEvery) {

  public static final String DEFAULT_USER_AGENT =
      "Jiken/0.1 (+https://github.com/jiken-kb/jiken; Japanese security incident knowledge base)";

  public CrawlerConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(robotsAgent, "robotsAgent");
    if (threads < 1 || maxRedirects < 0 || maxRetries < 0 || maxBodyBytes < 1 || maxArticlesPerSource < 1) {
      throw new IllegalArgumentException("invalid crawler config: " + threadsEtc(threads, maxRedirects, maxRetries));
    }
  }

  private static String threadsEtc(int threads, int maxRedirects, int maxRetries) {
    return "threads=" + threads + " maxRedirects=" + maxRedirects + " maxRetries=" + maxRetries;
  }

  public static CrawlerConfig defaults() {
    return new CrawlerConfig(DEFAULT_USER_AGENT, "jiken", Duration.ofSeconds(10),
        Duration.ofSeconds(30), 5L * 1024 * 1024, 5, 3, Duration.ofSeconds(2), Duration.ofMinutes(2), 4,
        Duration.ofHours(24), Duration.ofMinutes(30), Duration.ofSeconds(30), Duration.ofDays(7),
        Duration.ofHours(6), 500, Duration.ofSeconds(10));
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String userAgent;
    private String robotsAgent;
    private Duration connectTimeout;
    private Duration readTimeout;
    private long maxBodyBytes;
    private int maxRedirects;
    private int maxRetries;
    private Duration retryBase;
    private Duration maxInRunWait;
    private int threads;
    private Duration robotsTtl;
    private Duration robotsDeferFor;
    private Duration maxCrawlDelay;
    private Duration articleRevisit;
    private Duration failedRetryAfter;
    private int maxArticlesPerSource;
    private Duration progressEvery;

    private Builder(CrawlerConfig c) {
      userAgent = c.userAgent;
      robotsAgent = c.robotsAgent;
      connectTimeout = c.connectTimeout;
      readTimeout = c.readTimeout;
      maxBodyBytes = c.maxBodyBytes;
      maxRedirects = c.maxRedirects;
      maxRetries = c.maxRetries;
      retryBase = c.retryBase;
      maxInRunWait = c.maxInRunWait;
      threads = c.threads;
      robotsTtl = c.robotsTtl;
      robotsDeferFor = c.robotsDeferFor;
      maxCrawlDelay = c.maxCrawlDelay;
      articleRevisit = c.articleRevisit;
      failedRetryAfter = c.failedRetryAfter;
      maxArticlesPerSource = c.maxArticlesPerSource;
      progressEvery = c.progressEvery;
    }

    public Builder userAgent(String v) { userAgent = v; return this; }
    public Builder robotsAgent(String v) { robotsAgent = v; return this; }
    public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
    public Builder readTimeout(Duration v) { readTimeout = v; return this; }
    public Builder maxBodyBytes(long v) { maxBodyBytes = v; return this; }
    public Builder maxRedirects(int v) { maxRedirects = v; return this; }
    public Builder maxRetries(int v) { maxRetries = v; return this; }
    public Builder retryBase(Duration v) { retryBase = v; return this; }
    public Builder maxInRunWait(Duration v) { maxInRunWait = v; return this; }
    public Builder threads(int v) { threads = v; return this; }
    public Builder robotsTtl(Duration v) { robotsTtl = v; return this; }
    public Builder robotsDeferFor(Duration v) { robotsDeferFor = v; return this; }
    public Builder maxCrawlDelay(Duration v) { maxCrawlDelay = v; return this; }
    public Builder articleRevisit(Duration v) { articleRevisit = v; return this; }
    public Builder failedRetryAfter(Duration v) { failedRetryAfter = v; return this; }
    public Builder maxArticlesPerSource(int v) { maxArticlesPerSource = v; return this; }
    public Builder progressEvery(Duration v) { progressEvery = v; return this; }

    public CrawlerConfig build() {
      return new CrawlerConfig(userAgent, robotsAgent, connectTimeout, readTimeout, maxBodyBytes,
          maxRedirects, maxRetries, retryBase, maxInRunWait, threads, robotsTtl, robotsDeferFor,
          maxCrawlDelay, articleRevisit, failedRetryAfter, maxArticlesPerSource, progressEvery);
    }
  }
}
