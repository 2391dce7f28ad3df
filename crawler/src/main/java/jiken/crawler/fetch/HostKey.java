package jiken.crawler.fetch;

import java.net.URI;
import java.util.Locale;

/** The politeness key of a URL: {@code host:port} with the scheme's default port filled in. */
public final class HostKey {
  private HostKey() {}

  public static String of(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
    return host + ":" + port;
  }
}
