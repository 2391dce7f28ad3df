package jiken.crawler.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One HTTP GET.
 *
 * @param url absolute http(s) URL
 * @param etag validator from the last 200 response, sent as {@code If-None-Match}; may be null
 * @param lastModified validator from the last 200 response, sent as {@code If-Modified-Since}; may
 *     be null
 */
public record FetchRequest(URI url, String etag, String lastModified) {
  public FetchRequest {
    Objects.requireNonNull(url, "url");
  }

  public static FetchRequest get(URI url) {
    return new FetchRequest(url, null, null);
  }

  public FetchRequest withUrl(URI other) {
    return new FetchRequest(other, etag, lastModified);
  }
}
