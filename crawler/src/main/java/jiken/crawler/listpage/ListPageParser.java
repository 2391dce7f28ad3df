package jiken.crawler.listpage;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jiken.crawler.extract.Boilerplate;
import jiken.crawler.store.UrlNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTML list page → article links and the next page. With a {@code link_selector} the matching
 * {@code a[href]} (or the links inside matching elements) are taken as is; without one, a generic
 * rule picks article-looking links: same host, outside navigation/sidebars/footers, not the page
 * itself or a section/tag/pager URL, and either a title-length anchor text or an id-like path.
 * The next page comes from {@code next_selector}, else {@code a[rel=next], link[rel=next], a.next}
 * and anchors reading 次へ / 次のページ. Never throws on bad HTML; thread-safe.
 */
public final class ListPageParser {
  private static final Logger LOG = LoggerFactory.getLogger(ListPageParser.class);
  static final String DEFAULT_NEXT = "a[rel=next], link[rel=next], a.next, .next a, .pagination-next a";
  private static final Pattern NON_ARTICLE_PATH = Pattern.compile(
      "/(tag|tags|category|categories|author|authors|page|search|login|feed|rss|archive|archives|about|contact|privacy)(/|$)"
          + "|\\.(jpg|jpeg|png|gif|pdf|zip|xml|rss|css|js)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ID_LIKE = Pattern.compile("\\d{3,}|/\\d{4}/\\d{1,2}/|[a-z0-9]+-[a-z0-9]+-[a-z0-9]+");
  private static final Pattern NEXT_TEXT = Pattern.compile("^(次へ|次のページ|次ページ|next|›|»|>|＞|older)", Pattern.CASE_INSENSITIVE);

  private ListPageParser() {}

  public static ListPage parse(String html, URI pageUrl, String linkSelector, String nextSelector) {
    Document doc = Jsoup.parse(html, pageUrl.toString());
    Map<String, ListPage.Link> links = new LinkedHashMap<>();
    if (linkSelector != null) {
      try {
        for (Element e : doc.select(linkSelector)) {
          for (Element a : e.is("a[href]") ? java.util.List.of(e) : e.select("a[href]")) {
            add(links, pageUrl, a);
          }
        }
      } catch (Selector.SelectorParseException ex) {
        LOG.warn("bad link_selector '{}' for {}: {}; using the generic rule", linkSelector, pageUrl, ex.getMessage());
      }
    }
    if (links.isEmpty()) {
      for (Element a : doc.select("a[href]")) {
        if (looksLikeArticle(a, pageUrl)) {
          add(links, pageUrl, a);
        }
      }
    }
    URI next = next(doc, pageUrl, nextSelector);
    if (next != null) {
      links.remove(next.toString());
    }
    return new ListPage(java.util.List.copyOf(links.values()), next);
  }

  private static void add(Map<String, ListPage.Link> links, URI base, Element a) {
    URI u = UrlNormalizer.resolve(base, a.attr("href"));
    if (u != null && !u.toString().equals(base.toString())) {
      links.putIfAbsent(u.toString(), new ListPage.Link(u, a.text().strip()));
    }
  }

  static boolean looksLikeArticle(Element a, URI pageUrl) {
    URI u = UrlNormalizer.resolve(pageUrl, a.attr("href"));
    if (u == null || !sameSite(u, pageUrl) || a.hasAttr("rel") && a.attr("rel").matches("(?i).*(next|prev|tag|nofollow).*")) {
      return false;
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    if (path.isEmpty() || path.equals("/") || NON_ARTICLE_PATH.matcher(path).find()
        || u.toString().equals(pageUrl.toString()) || Boilerplate.isInsideBoilerplate(a)) {
      return false;
    }
    String text = a.text().strip();
    boolean idLike = ID_LIKE.matcher(path.toLowerCase(Locale.ROOT)).find();
    return text.codePointCount(0, text.length()) >= 12 || idLike && text.length() >= 4;
  }

  private static boolean sameSite(URI a, URI b) {
    return stripWww(a.getHost()).equals(stripWww(b.getHost()));
  }

  private static String stripWww(String host) {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static URI next(Document doc, URI pageUrl, String nextSelector) {
    for (String sel : nextSelector == null ? new String[] {DEFAULT_NEXT} : new String[] {nextSelector, DEFAULT_NEXT}) {
      try {
        Element e = doc.selectFirst(sel);
        if (e != null) {
          Element link = e.hasAttr("href") ? e : e.selectFirst("a[href]");
          URI u = link == null ? null : UrlNormalizer.resolve(pageUrl, link.attr("href"));
          if (u != null && !u.toString().equals(pageUrl.toString())) {
            return u;
          }
        }
      } catch (Selector.SelectorParseException ex) {
        LOG.warn("bad next_selector '{}' for {}: {}", sel, pageUrl, ex.getMessage());
      }
    }
    for (Element a : doc.select("a[href]")) {
      if (NEXT_TEXT.matcher(a.text().strip()).find()) {
        URI u = UrlNormalizer.resolve(pageUrl, a.attr("href"));
        if (u != null && !u.toString().equals(pageUrl.toString()) && sameSite(u, pageUrl)) {
          return u;
        }
      }
    }
    return null;
  }
}
