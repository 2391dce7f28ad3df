package jiken.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * The publication date of an article page. Sources in order of trust: the per-source selector,
 * {@code article:published_time} and similar meta tags, JSON-LD {@code datePublished}, a {@code
 * <time>} element outside page furniture, a visible date in a date-ish element or right after
 * the headline, and finally a date in the URL path. Stateless and thread-safe.
 */
final class DateExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String META = "meta[property=article:published_time], meta[property=og:published_time],"
      + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date],"
      + " meta[name=dc.date], meta[name=DC.date.issued], meta[name=dcterms.issued],"
      + " meta[name=citation_publication_date], meta[itemprop=datePublished]";
  private static final String DATEISH = "[itemprop=datePublished], [class~=(?i)(date|time|day|publish|posted|entry-meta)],"
      + " [id~=(?i)(date|publish)]";
  private static final Pattern URL_DATE = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|\\d{2,}|$)");

  private DateExtractor() {}

  static LocalDate extract(Document doc, URI url, String publishedSelector, Element heading) {
    if (publishedSelector != null) {
      try {
        Element e = doc.selectFirst(publishedSelector);
        LocalDate d = e == null ? null : fromElement(e);
        if (d != null) {
          return d;
        }
      } catch (Selector.SelectorParseException ex) {
        // a bad hint is ignored; the generic rules follow
      }
    }
    for (Element m : doc.select(META)) {
      LocalDate d = JapaneseDates.parseMachine(m.attr("content"));
      if (d != null) {
        return d;
      }
    }
    LocalDate d = fromJsonLd(doc);
    if (d != null) {
      return d;
    }
    for (Element t : doc.select("time[datetime], time")) {
      if (!Boilerplate.isInsideBoilerplate(t) || t.closest("article") != null) {
        d = fromElement(t);
        if (d != null) {
          return d;
        }
      }
    }
    for (Element e : doc.select(DATEISH)) {
      if (!Boilerplate.isInsideBoilerplate(e) && e.text().length() < 200) {
        d = JapaneseDates.find(e.text());
        if (d != null) {
          return d;
        }
      }
    }
    d = nearHeading(heading);
    if (d == null) {
      d = dateLine(doc);
    }
    return d != null ? d : fromUrl(url);
  }

  /**
   * A short block that is little more than a date (「令和7年8月5日」, 「公開日：2025/08/05」): how
   * press releases and old table layouts show the date.
   */
  private static LocalDate dateLine(Document doc) {
    for (Element e : doc.select("div, p, span, td, dd, li")) {
      String t = e.ownText().strip();
      if (t.isEmpty() || t.length() > 40 || Boilerplate.isInsideBoilerplate(e)) {
        continue;
      }
      LocalDate d = JapaneseDates.find(t);
      if (d != null && t.replaceAll("[0-9０-９年月日/.\\-:：\\s令和平成元]", "").length() <= 8) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate fromElement(Element e) {
    LocalDate d = JapaneseDates.parseMachine(e.attr("datetime"));
    if (d == null) {
      d = JapaneseDates.parseMachine(e.attr("content"));
    }
    return d != null ? d : JapaneseDates.find(e.text());
  }

  /** The first few elements after the headline: where bylines and dates sit. */
  private static LocalDate nearHeading(Element heading) {
    if (heading == null) {
      return null;
    }
    Element e = heading;
    for (int i = 0; i < 4 && e != null; i++) {
      Element next = e.nextElementSibling();
      while (next == null && e.parent() != null && !e.parent().normalName().equals("body")) {
        e = e.parent();
        next = e.nextElementSibling();
      }
      if (next == null) {
        return null;
      }
      if (next.text().length() < 120) {
        LocalDate d = JapaneseDates.find(next.text());
        if (d != null) {
          return d;
        }
      }
      e = next;
    }
    return null;
  }

  private static LocalDate fromJsonLd(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        LocalDate d = findDatePublished(JSON.readTree(s.data()));
        if (d != null) {
          return d;
        }
      } catch (IOException e) {
        // broken JSON-LD is common; skip it
      }
    }
    return null;
  }

  private static LocalDate findDatePublished(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        LocalDate d = findDatePublished(c);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (n.hasNonNull("datePublished")) {
      return JapaneseDates.parseMachine(n.get("datePublished").asText());
    }
    return n.has("@graph") ? findDatePublished(n.get("@graph")) : null;
  }

  static LocalDate fromUrl(URI url) {
    if (url == null || url.getRawPath() == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url.getRawPath());
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return d;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
