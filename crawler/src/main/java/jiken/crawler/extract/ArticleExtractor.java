package jiken.crawler.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jiken.crawler.store.UrlNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article page (decoded HTML) → {@link ExtractedArticle}: title, publication date, canonical URL,
 * main text and tags. Never throws on bad HTML (jsoup recovers from anything); missing parts come
 * back empty or {@code null}. Stateless and thread-safe.
 */
public final class ArticleExtractor {
  private static final int MAX_TAGS = 20;

  private ArticleExtractor() {}

  public static ExtractedArticle extract(String html, URI url, ExtractHints hints) {
    Document doc = Jsoup.parse(html, url.toString());
    return extract(doc, url, hints == null ? ExtractHints.NONE : hints);
  }

  public static ExtractedArticle extract(Document doc, URI url, ExtractHints hints) {
    Element heading = TitleExtractor.heading(doc);
    String title = TitleExtractor.extract(doc, hints.titleSelector(), heading);
    LocalDate published = DateExtractor.extract(doc, url, hints.publishedSelector(), heading);
    String text = MainTextExtractor.extract(doc, hints.bodySelector(), title);
    return new ExtractedArticle(title, published, canonical(doc, url), text, tags(doc));
  }

  private static URI canonical(Document doc, URI url) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    return link == null ? null : UrlNormalizer.resolve(url, link.attr("href"));
  }

  static List<String> tags(Document doc) {
    Set<String> tags = new LinkedHashSet<>();
    for (Element m : doc.select("meta[property=article:section], meta[property=article:tag]")) {
      add(tags, m.attr("content"));
    }
    for (Element a : doc.select("a[rel~=(^|\\s)tag(\\s|$)]")) {
      add(tags, a.text());
    }
    for (Element m : doc.select("meta[name=keywords]")) {
      for (String k : m.attr("content").split("[,、，;]")) {
        add(tags, k);
      }
    }
    List<String> out = new ArrayList<>(tags);
    return out.size() > MAX_TAGS ? out.subList(0, MAX_TAGS) : out;
  }

  private static void add(Set<String> tags, String raw) {
    String t = raw == null ? "" : raw.strip().replaceAll("^#", "");
    if (!t.isEmpty() && t.length() <= 40) {
      tags.add(t);
    }
  }
}
