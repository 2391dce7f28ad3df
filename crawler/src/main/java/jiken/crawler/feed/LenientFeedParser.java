package jiken.crawler.feed;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.crawler.store.UrlNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Fallback feed reader on jsoup's forgiving XML parser, for feeds Rome rejects. Reads {@code
 * item} (RSS 1.0/2.0) and {@code entry} (Atom) elements; dates from {@code pubDate}, {@code
 * dc:date}, {@code published} or {@code updated}.
 */
final class LenientFeedParser {
  private LenientFeedParser() {}

  static List<FeedEntry> parse(String xml, URI base) {
    Document doc = Jsoup.parse(xml, base.toString(), Parser.xmlParser());
    Map<String, FeedEntry> out = new LinkedHashMap<>();
    for (Element item : doc.select("item, entry")) {
      URI url = UrlNormalizer.resolve(base, link(item));
      if (url == null) {
        continue;
      }
      Element t = item.selectFirst("> title");
      String title = t == null ? null : t.text().strip();
      out.putIfAbsent(url.toString(), new FeedEntry(url, title == null || title.isEmpty() ? null : title, date(item)));
    }
    return new ArrayList<>(out.values());
  }

  private static String link(Element item) {
    for (Element l : item.select("> link")) {
      String href = l.attr("href");
      String rel = l.attr("rel");
      if (!href.isEmpty() && (rel.isEmpty() || rel.equals("alternate"))) {
        return href;
      }
      if (href.isEmpty() && !l.text().isBlank()) {
        return l.text().strip();
      }
    }
    String about = item.attr("rdf:about");
    if (!about.isEmpty()) {
      return about;
    }
    Element guid = item.selectFirst("> guid");
    return guid != null && guid.text().startsWith("http") ? guid.text().strip() : null;
  }

  private static LocalDate date(Element item) {
    for (String tag : new String[] {"pubDate", "dc|date", "published", "updated", "date"}) {
      Element e = item.selectFirst("> " + tag);
      if (e != null) {
        LocalDate d = parseDate(e.text().strip());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  static LocalDate parseDate(String s) {
    try {
      return OffsetDateTime.parse(s).atZoneSameInstant(FeedParser.JAPAN).toLocalDate();
    } catch (DateTimeParseException e) {
      // not ISO 8601 with offset
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(FeedParser.JAPAN).toLocalDate();
    } catch (DateTimeParseException e) {
      // not RFC 822
    }
    try {
      return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
