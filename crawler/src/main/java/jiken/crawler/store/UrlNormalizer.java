package jiken.crawler.store;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;

/**
 * URL normalisation for dedup and the frontier: crawler-commons {@link BasicURLNormalizer} (case,
 * default ports, dot segments, percent-encoding, fragment removal, sorted query) plus removal of
 * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, …) so that the same article
 * shared with two campaign tags is fetched and stored once. Thread-safe.
 */
public final class UrlNormalizer {
  private static final List<String> TRACKING = List.of("fbclid", "gclid", "gclsrc", "dclid",
      "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid",
      "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "utm_name",
      "utm_reader", "utm_referrer", "utm_social", "utm_social-type", "utm_brand");
  private static final BasicURLNormalizer NORMALIZER =
      BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING).build();

  private UrlNormalizer() {}

  /** The normalised absolute http(s) URL, or {@code null} when it is not one. */
  public static String normalize(String url) {
    if (url == null) {
      return null;
    }
    String s = url.trim();
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return null;
    }
    String n = NORMALIZER.filter(s);
    if (n == null) {
      return null;
    }
    n = dropUtmPrefixed(n);
    try {
      URI u = URI.create(n);
      return u.getHost() == null ? null : n;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Resolves {@code href} (as written in a page or a Location header, possibly relative, with
   * spaces or raw Japanese characters) against {@code base} and normalises it; {@code null} when
   * it is not an http(s) URL.
   */
  public static URI resolve(URI base, String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      // java.net.URL is lenient about the raw characters real pages contain; URI is not.
      @SuppressWarnings("deprecation")
      URL abs = base == null ? new URL(href.trim()) : new URL(base.toURL(), href.trim());
      String n = normalize(abs.toString());
      return n == null ? null : URI.create(n);
    } catch (MalformedURLException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Convenience: normalises and parses; {@code null} when not an http(s) URL. */
  public static URI toUri(String url) {
    String n = normalize(url);
    return n == null ? null : URI.create(n);
  }

  private static String dropUtmPrefixed(String n) {
    int q = n.indexOf('?');
    if (q < 0 || !n.substring(q).toLowerCase(Locale.ROOT).contains("utm_")) {
      return n;
    }
    StringBuilder kept = new StringBuilder();
    for (String kv : n.substring(q + 1).split("&")) {
      if (!kv.toLowerCase(Locale.ROOT).startsWith("utm_")) {
        kept.append(kept.length() == 0 ? "" : "&").append(kv);
      }
    }
    return kept.length() == 0 ? n.substring(0, q) : n.substring(0, q + 1) + kept;
  }
}
