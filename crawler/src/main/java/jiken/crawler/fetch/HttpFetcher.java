package jiken.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link Fetcher} on the JDK {@link HttpClient}: HTTP/1.1, redirects not followed, gzip/deflate
 * requested and decoded here, a connect timeout, a read timeout that covers the whole body (a
 * watchdog closes a stalled stream: the JDK's request timeout stops at the headers), and a body
 * cap. Thread-safe; close it to stop the watchdog.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {
  private final HttpClient client;
  private final String userAgent;
  private final Duration readTimeout;
  private final long maxBodyBytes;
  private final ScheduledExecutorService watchdog;

  public HttpFetcher(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBodyBytes) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.readTimeout = readTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build();
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "jiken-fetch-watchdog");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public FetchResult fetch(FetchRequest req) throws InterruptedException {
    URI url = req.url();
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(url).GET().timeout(readTimeout)
          .header("User-Agent", userAgent)
          .header("Accept-Encoding", "gzip, deflate")
          .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .header("Accept-Language", "ja,en;q=0.5");
    } catch (IllegalArgumentException e) {
      return FetchResult.failure(url, "bad URL: " + e.getMessage());
    }
    if (req.etag() != null) {
      b.header("If-None-Match", req.etag());
    }
    if (req.lastModified() != null) {
      b.header("If-Modified-Since", req.lastModified());
    }
    HttpResponse<InputStream> resp;
    try {
      resp = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      return FetchResult.failure(url, "timeout waiting for response headers");
    } catch (IOException | IllegalArgumentException e) {
      return FetchResult.failure(url, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    InputStream in = resp.body();
    // The flag is set before the stream is closed: the reader sees the close before the future is done.
    java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
    ScheduledFuture<?> guard = watchdog.schedule(() -> {
      timedOut.set(true);
      closeQuietly(in);
    }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      String encoding = resp.headers().firstValue("content-encoding").orElse(null);
      BodyReader.Body body = BodyReader.read(in, encoding, maxBodyBytes);
      if (timedOut.get()) {
        return FetchResult.failure(url, "read timeout after " + readTimeout.toMillis() + " ms");
      }
      return new FetchResult(url, url, resp.statusCode(), resp.headers().map(), body.bytes(),
          body.tooLarge(), null, Instant.now());
    } catch (IOException e) {
      String why = timedOut.get() ? "read timeout after " + readTimeout.toMillis() + " ms"
          : "body: " + e.getClass().getSimpleName() + ": " + e.getMessage();
      return FetchResult.failure(url, why);
    } finally {
      guard.cancel(false);
      closeQuietly(in);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing useful to do: the stream is being abandoned
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
