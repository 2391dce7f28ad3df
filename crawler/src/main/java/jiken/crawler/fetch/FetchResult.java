package jiken.crawler.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The response to one request (or, from the redirect-following layer, to the last request of a
 * chain). Network failures are results too ({@code status == 0} and an {@code error}), never
 * exceptions: a crawl treats them as data.
 *
 * @param url the URL first requested
 * @param finalUrl the URL that produced this response (differs from {@code url} after redirects)
 * @param status HTTP status, or 0 when no response was received
 * @param headers response headers, names lower-cased
 * @param body the body, already gzip/deflate-decoded; empty when {@code tooLarge}
 * @param tooLarge the body exceeded the cap and was not read to the end
 * @param error why no usable response was received, or {@code null}
 * @param fetchedAt when the response arrived
 */
public record FetchResult(URI url, URI finalUrl, int status, Map<String, List<String>> headers,
    byte[] body, boolean tooLarge, String error, Instant fetchedAt) {

  public FetchResult {
    TreeMap<String, List<String>> lower = new TreeMap<>();
    if (headers != null) {
      headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    }
    headers = java.util.Collections.unmodifiableMap(lower);
    body = body == null ? new byte[0] : body;
  }

  /** A failure before any response (DNS, connect, timeout, reset). */
  public static FetchResult failure(URI url, String error) {
    return new FetchResult(url, url, 0, Map.of(), new byte[0], false, error, Instant.now());
  }

  /** The first value of a header, or {@code null}. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  public String contentType() {
    return header("content-type");
  }

  public boolean isRedirect() {
    return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
        && header("location") != null;
  }

  /** The same response seen as the end of a redirect chain that started at {@code start}. */
  public FetchResult startingAt(URI start) {
    return new FetchResult(start, finalUrl, status, headers, body, tooLarge, error, fetchedAt);
  }
}
