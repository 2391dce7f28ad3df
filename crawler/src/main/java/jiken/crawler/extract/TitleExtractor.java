package jiken.crawler.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * The headline. Order: the per-source selector, {@code og:title}, the main {@code <h1>}, then
 * {@code <title>}; the site name is cut off all of them (「… | サイト名」, 「… - サイト名」, 「サイト名：…」).
 * A candidate equal to the site name (a logo {@code h1}, a lazy og:title) is skipped. Stateless.
 */
final class TitleExtractor {
  private static final List<String> SEPARATORS = List.of(" | ", "｜", " │ ", " - ", " – ", " — ", " ― ",
      " :: ", " : ", "：", " / ", " ／ ", "|", " « ", " » ");

  private TitleExtractor() {}

  /** The element holding the headline, used to find a nearby date; may be null. */
  static Element heading(Document doc) {
    Element best = null;
    for (Element h : doc.select("h1")) {
      if (h.text().isBlank() || Boilerplate.isInsideBoilerplate(h) && h.closest("article") == null || isHomeLink(h)) {
        continue;
      }
      if (best == null || h.closest("article, main, [role=main]") != null && best.closest("article, main") == null) {
        best = h;
      }
    }
    return best;
  }

  static String extract(Document doc, String titleSelector, Element heading) {
    String site = doc.select("meta[property=og:site_name]").attr("content").strip();
    if (site.isEmpty()) {
      site = siteFromTitle(doc);
    }
    if (titleSelector != null) {
      try {
        Element e = doc.selectFirst(titleSelector);
        if (e != null && !e.text().isBlank()) {
          return stripSite(e.text(), site);
        }
      } catch (Selector.SelectorParseException ex) {
        // ignored: a bad hint falls back to the generic rules
      }
    }
    String og = stripSite(doc.select("meta[property=og:title]").attr("content"), site);
    if (usable(og, site)) {
      return og;
    }
    String h1 = heading == null ? "" : heading.text().strip();
    if (usable(h1, site) && h1.length() >= 6) {
      return h1;
    }
    String shown = partShownInBody(doc, site);
    String title = shown != null ? shown : stripSite(doc.title(), site);
    if (title.length() < 10 && h1.length() < 10) {
      // a generic <title> such as 「ニュース詳細」 on a page without <h1>: look for a styled headline
      String styled = styledHeadline(doc, site);
      if (styled != null) {
        return styled;
      }
    }
    return usable(title, site) ? title : h1;
  }

  private static String styledHeadline(Document doc, String site) {
    for (Element e : doc.select("[class~=(?i)title], [id~=(?i)title], h2")) {
      String t = e.text().strip();
      if (t.length() >= 10 && t.length() <= 120 && !t.equals(site) && !Boilerplate.isInsideBoilerplate(e)
          && e.select("a").text().length() < t.length() / 2) {
        return t;
      }
    }
    return null;
  }

  /**
   * The part of a separated {@code <title>} that the page also shows as an element's own text
   * (e.g. a bold headline in a table layout). Decides cases the length rule gets wrong, such as
   * 「サイト名｜記事見出し」 with the site name first and no {@code <h1>}.
   */
  private static String partShownInBody(Document doc, String site) {
    String t = doc.title().strip();
    if (doc.body() == null) {
      return null;
    }
    for (String sep : SEPARATORS) {
      if (!t.contains(sep)) {
        continue;
      }
      for (String part : t.split(java.util.regex.Pattern.quote(sep))) {
        String p = part.strip();
        if (p.length() >= 6 && !p.equals(site) && hasOwnText(doc.body(), p)) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean hasOwnText(Element root, String text) {
    for (Element e : root.getAllElements()) {
      if (e.ownText().strip().equals(text) && !Boilerplate.isInsideBoilerplate(e)) {
        return true;
      }
    }
    return false;
  }

  /** A logo heading: its only link goes to the site's home page. */
  private static boolean isHomeLink(Element h) {
    var links = h.select("a[href]");
    if (links.size() != 1 || !links.get(0).text().strip().equals(h.text().strip())) {
      return false;
    }
    String href = links.get(0).attr("abs:href");
    String path = href.replaceFirst("^[a-z]+://[^/]+", "");
    return path.isEmpty() || path.equals("/") || path.equals("/index.html");
  }

  /** Without og:site_name: the part of {@code <title>} after a separator that some heading repeats. */
  private static String siteFromTitle(Document doc) {
    String t = doc.title().strip();
    for (String sep : SEPARATORS) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length()).strip();
        for (Element h : doc.select("h1, .site-title, #site-title, .logo, #logo")) {
          if (h.text().strip().equals(tail)) {
            return tail;
          }
        }
      }
    }
    return "";
  }

  private static boolean usable(String t, String site) {
    return !t.isEmpty() && !t.equals(site);
  }

  /** Removes the site name from either end; generic separators only cut a shorter suffix. */
  static String stripSite(String raw, String site) {
    String t = raw == null ? "" : raw.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    if (!site.isEmpty()) {
      for (String sep : SEPARATORS) {
        if (t.endsWith(sep.strip() + site) || t.endsWith(sep + site)) {
          return t.substring(0, t.lastIndexOf(site)).strip().replaceAll("[|｜│\\-–—―:：/／«»]+$", "").strip();
        }
        if (t.startsWith(site + sep)) {
          return t.substring(site.length() + sep.length()).strip();
        }
      }
    }
    for (String sep : SEPARATORS) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String head = t.substring(0, i).strip();
        String tail = t.substring(i + sep.length()).strip();
        if (tail.length() <= 30 && tail.length() < head.length()) {
          return head;
        }
      }
    }
    return t;
  }
}
