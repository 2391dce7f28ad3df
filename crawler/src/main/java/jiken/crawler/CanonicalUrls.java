package jiken.crawler;

import java.net.URI;
import java.util.Locale;

/**
 * Decides which URL an article is stored under. rel=canonical is honoured only when it stays on
 * the same site ({@code www.} ignored) and is neither the site root nor the source's own URL:
 * broken CMS templates point every article at the home page or the list, which would collapse a
 * whole site into one document. Stateless.
 */
final class CanonicalUrls {
  private CanonicalUrls() {}

  /** The URL to store the article under: {@code canonical} when trusted, else {@code fetched}. */
  static String trusted(URI canonical, URI fetched, Source source) {
    if (canonical == null) {
      return fetched.toString();
    }
    String path = canonical.getRawPath() == null ? "" : canonical.getRawPath();
    boolean sameSite = bareHost(canonical).equals(bareHost(fetched));
    if (!sameSite || path.isEmpty() || path.equals("/") || canonical.toString().equals(source.url().toString())) {
      return fetched.toString();
    }
    return canonical.toString();
  }

  private static String bareHost(URI u) {
    String h = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
