package jiken.crawler.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jiken.crawler.store.UrlNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sitemap bytes → page URLs or child sitemaps, with crawler-commons in non-strict mode (URLs on
 * other hosts/paths than the sitemap are accepted: news sites often serve sitemaps from a CDN
 * host). Handles XML, sitemap indexes, plain-text sitemaps, RSS/Atom used as sitemaps and gzip
 * ({@code .xml.gz} or a gzip content type). Never throws on bad content; thread-safe.
 */
public final class SitemapParser {
  private static final Logger LOG = LoggerFactory.getLogger(SitemapParser.class);
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private SitemapParser() {}

  public static SitemapContent parse(byte[] body, String contentType, URI url) {
    // A new parser per call: SiteMapParser keeps per-instance settings and is cheap to create.
    SiteMapParser parser = new SiteMapParser(false, true);
    AbstractSiteMap sm;
    try {
      String type = contentTypeFor(body, contentType, url);
      sm = parser.parseSiteMap(type, body, url.toURL());
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      LOG.warn("unparseable sitemap {}: {}", url, e.getMessage());
      return new SitemapContent(List.of(), List.of());
    }
    List<SitemapContent.Page> pages = new ArrayList<>();
    List<URI> children = new ArrayList<>();
    if (sm instanceof SiteMapIndex) {
      for (AbstractSiteMap child : ((SiteMapIndex) sm).getSitemaps()) {
        URI u = UrlNormalizer.toUri(child.getUrl().toString());
        if (u != null) {
          children.add(u);
        }
      }
    } else if (sm instanceof SiteMap) {
      for (SiteMapURL su : ((SiteMap) sm).getSiteMapUrls()) {
        URI u = UrlNormalizer.toUri(su.getUrl().toString());
        // Non-strict mode keeps URLs outside the sitemap's directory but still flags them invalid;
        // those are exactly the ones a /sitemaps/news-2025.xml lists, so the flag is ignored.
        if (u != null) {
          LocalDate lm = su.getLastModified() == null ? null
              : su.getLastModified().toInstant().atZone(JAPAN).toLocalDate();
          pages.add(new SitemapContent.Page(u, lm));
        }
      }
    }
    return new SitemapContent(pages, children);
  }

  /**
   * The bytes decide about gzip, not the headers: a {@code .xml.gz} served with {@code
   * Content-Encoding: gzip} arrives already inflated, and gzip files are often labelled {@code
   * application/octet-stream}.
   */
  private static String contentTypeFor(byte[] body, String contentType, URI url) {
    if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
      return "application/gzip";
    }
    String type = contentType == null ? "" : contentType.split(";")[0].trim();
    String path = url.getPath() == null ? "" : url.getPath();
    if (type.contains("gzip") || type.isEmpty() || type.equals("application/octet-stream")) {
      return path.endsWith(".txt") ? "text/plain" : "text/xml";
    }
    return type;
  }
}
