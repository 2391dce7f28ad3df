package jiken.crawler.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Generic main-text extraction by paragraph scoring (in the spirit of Readability, tuned for
 * Japanese: lengths are counted in characters and 、。 count as commas). Furniture is removed
 * first ({@link Boilerplate}); every paragraph-like block with enough text scores its parent fully
 * and its grandparent half; the container with the best score, discounted by link density, wins,
 * and sibling blocks that look like continuation paragraphs join it. A per-source {@code
 * body_selector} is tried first and only used when it yields real text. Works on a copy; the
 * caller's document is not modified. Stateless and thread-safe.
 */
final class MainTextExtractor {
  private static final Pattern GOOD = Pattern.compile(
      "(?i)article|content|entry|post|body|main|honbun|story|text|detail|news|kiji");
  private static final String PARAGRAPHS = "p, pre, blockquote, td, dd, li, h2, h3, h4, div, section";
  private static final int MIN_PARAGRAPH = 20;

  private MainTextExtractor() {}

  static String extract(Document original, String bodySelector, String title) {
    Document doc = original.clone();
    if (bodySelector != null) {
      try {
        List<Element> hits = doc.select(bodySelector);
        if (!hits.isEmpty()) {
          String text = TextRenderer.render(hits, title);
          if (text.length() >= 50) {
            return text;
          }
        }
      } catch (Selector.SelectorParseException e) {
        // a bad hint falls back to the generic rules
      }
    }
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    removeFurniture(body);
    Element best = bestCandidate(body);
    if (best == null) {
      return TextRenderer.render(List.of(body), title);
    }
    return TextRenderer.render(withSiblings(best), title);
  }

  /**
   * Drops furniture. An element matched only by a class/id word keeps its place when it holds
   * most of the page's text: a wrapper called "l-side-wrap" around the whole article must not
   * take the article with it.
   */
  private static void removeFurniture(Element body) {
    int total = Math.max(1, body.text().length());
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && Boilerplate.isTextNoise(e)) {
        boolean structural = !Boilerplate.hasBadToken(e.className()) && !Boilerplate.hasBadToken(e.id());
        if (structural && !e.normalName().equals("header") || e.text().length() < total * 0.6) {
          doomed.add(e);
        }
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static Element bestCandidate(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select(PARAGRAPHS)) {
      String own = p.normalName().equals("div") || p.normalName().equals("section") ? p.ownText() : p.text();
      int len = own.length();
      if (len < MIN_PARAGRAPH || linkDensity(p) > 0.5) {
        continue;
      }
      double score = 1 + count(own, "、。，,") + Math.min(len / 80.0, 3);
      Element parent = p.normalName().equals("div") || p.normalName().equals("section") ? p : p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, score + bonus(parent), (a, b) -> a + b - bonus(parent));
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, score / 2 + bonus(grand), (a, b) -> a + b - bonus(grand));
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    return best;
  }

  private static double bonus(Element e) {
    double b = 0;
    if (e.normalName().equals("article") || e.attr("itemprop").equals("articleBody")) {
      b += 10;
    }
    if (GOOD.matcher(e.className() + " " + e.id()).find()) {
      b += 5;
    }
    return b;
  }

  /** The winner plus following/preceding siblings that read like more of the same article. */
  private static List<Element> withSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> out = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == best) {
        out.add(sib);
        continue;
      }
      String text = sib.text();
      boolean paragraph = sib.normalName().equals("p") || sib.normalName().equals("blockquote");
      if (paragraph && text.length() >= 40 && linkDensity(sib) < 0.25
          || paragraph && !text.isEmpty() && linkDensity(sib) == 0 && text.endsWith("。")) {
        out.add(sib);
      }
    }
    return out;
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) total);
  }

  private static int count(String s, String chars) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }
}
