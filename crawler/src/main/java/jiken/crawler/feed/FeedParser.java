package jiken.crawler.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jiken.crawler.charset.BodyDecoder;
import jiken.crawler.charset.Decoded;
import jiken.crawler.store.UrlNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feed bytes → entry links. RSS 0.9x/1.0 (RDF, {@code dc:date}), RSS 2.0 and Atom are read with
 * Rome; when Rome rejects the document (unescaped {@code &}, a stray tag, a wrong root) the
 * lenient {@link LenientFeedParser} on jsoup's XML parser takes over. The bytes are decoded by
 * {@link BodyDecoder} first, so the XML declaration's encoding is honoured even for Shift_JIS and
 * EUC-JP feeds. Never throws on bad content; stateless and thread-safe.
 */
public final class FeedParser {
  private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private FeedParser() {}

  /** Parses a feed fetched from {@code base}; relative links are resolved against it. */
  public static List<FeedEntry> parse(byte[] body, String contentType, URI base) {
    Decoded d = BodyDecoder.decode(body, contentType);
    String xml = stripLeading(d.text());
    try {
      SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new StringReader(xml));
      List<FeedEntry> out = fromRome(feed, base);
      if (!out.isEmpty() || feed.getEntries().isEmpty()) {
        return out;
      }
    } catch (Exception e) { // Rome throws FeedException, IllegalArgumentException and worse
      LOG.debug("Rome rejected {} ({}); trying the lenient parser", base, e.getMessage());
    }
    return LenientFeedParser.parse(xml, base);
  }

  private static List<FeedEntry> fromRome(SyndFeed feed, URI base) {
    Map<String, FeedEntry> out = new LinkedHashMap<>();
    for (SyndEntry e : feed.getEntries()) {
      URI url = UrlNormalizer.resolve(base, link(e));
      if (url == null) {
        continue;
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate published = date == null ? null : date.toInstant().atZone(JAPAN).toLocalDate();
      String title = e.getTitle() == null ? null : e.getTitle().strip();
      out.putIfAbsent(url.toString(), new FeedEntry(url, title == null || title.isEmpty() ? null : title, published));
    }
    return new ArrayList<>(out.values());
  }

  private static String link(SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) {
      return e.getLink();
    }
    for (SyndLink l : e.getLinks()) {
      if (l.getRel() == null || "alternate".equals(l.getRel())) {
        return l.getHref();
      }
    }
    String uri = e.getUri();
    return uri != null && uri.startsWith("http") ? uri : null;
  }

  /** SAX refuses anything before the XML declaration, and some servers emit blank lines there. */
  static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return s.substring(i);
  }
}
