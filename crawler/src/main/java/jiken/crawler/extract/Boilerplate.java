package jiken.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture: navigation, headers and footers, sidebars, rankings, related-article
 * boxes, ads, share buttons, breadcrumbs, comment and pager blocks, by tag name and by the words
 * in {@code class} and {@code id}. Japanese CMSs use English class names almost everywhere, plus a
 * few romaji ones ({@code pankuzu}, {@code kanren}). Stateless and thread-safe.
 */
public final class Boilerplate {
  private static final Set<String> TAGS = Set.of("nav", "header", "footer", "aside", "script", "style",
      "noscript", "form", "iframe", "button", "select", "svg", "template", "object", "embed", "canvas",
      "dialog", "menu");
  /** Whole tokens of class/id (split on space, '-' and '_'). */
  private static final Set<String> TOKENS = Set.of("nav", "navi", "navbar", "menu", "gnav", "snav",
      "sidebar", "side", "sidenav", "sub", "ranking", "rank", "popular", "related", "recommend",
      "recommended", "pickup", "footer", "foot", "header", "masthead", "ad", "ads", "adsense", "advert",
      "advertisement", "sponsor", "sponsored", "banner", "share", "sharing", "social", "sns",
      "breadcrumb", "breadcrumbs", "pankuzu", "topicpath", "kanren", "comment", "comments", "pager",
      "pagination", "paging", "widget", "tagcloud", "toolbar", "modal", "popup", "cookie", "newsletter",
      "skip", "copyright", "bookmark", "tweet");
  /** Not furniture, but not main text either: bylines, date lines, tag lists. */
  private static final Set<String> NOISE_TOKENS = Set.of("byline", "meta", "tags", "taglist", "author",
      "posted", "date", "dateline");
  private static final Pattern SPLIT = Pattern.compile("[\\s_-]+");

  private Boilerplate() {}

  /** Whether the element itself (not its ancestors) is furniture. */
  public static boolean isBoilerplate(Element e) {
    if (TAGS.contains(e.normalName())) {
      return true;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
        || role.equals("complementary")) {
      return true;
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
        || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    return hasBadToken(e.className()) || hasBadToken(e.id());
  }

  /** Whether the element or one of its ancestors is furniture. */
  public static boolean isInsideBoilerplate(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (!p.normalName().equals("body") && !p.normalName().equals("html") && isBoilerplate(p)) {
        return true;
      }
    }
    return false;
  }

  /** Furniture, or article metadata (byline, date line, tag list) that is not part of the text. */
  public static boolean isTextNoise(Element e) {
    return isBoilerplate(e) || hasToken(e.className(), NOISE_TOKENS) || hasToken(e.id(), NOISE_TOKENS);
  }

  static boolean hasBadToken(String attr) {
    return hasToken(attr, TOKENS);
  }

  private static boolean hasToken(String attr, Set<String> tokens) {
    if (attr == null || attr.isEmpty()) {
      return false;
    }
    for (String t : SPLIT.split(attr.toLowerCase(Locale.ROOT))) {
      if (tokens.contains(t)) {
        return true;
      }
    }
    return false;
  }
}
