package jiken.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders elements as plain text, one paragraph per line, the way a reader sees them: block
 * elements and {@code <br>} end a line, whitespace runs collapse, furniture inside the content
 * (share buttons, "related" boxes) is skipped, and a line repeating the headline is dropped.
 */
final class TextRenderer {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul",
      "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
      "figure", "figcaption", "address", "hr", "header", "center");

  private TextRenderer() {}

  static String render(List<Element> roots, String title) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Element root : roots) {
      walk(root, line, lines);
      flush(line, lines);
    }
    String t = title == null ? "" : title.strip();
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      if (l.equals(t) || isFurnitureLine(l)) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "\n").append(l);
    }
    return out.toString();
  }

  /**
   * Short lines that are page furniture even without a telling class name, as on old table
   * layouts: a labelled or bare date line (「掲載日：2025/11/07」) and "back to top" links.
   */
  static boolean isFurnitureLine(String l) {
    return l.length() <= 40 && (DATE_LINE.matcher(l).matches() || TO_TOP.matcher(l).matches());
  }

  private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
      "(?:(?:掲載|公開|更新|最終更新|配信|投稿|作成)日(?:時)?\\s*[:：]?\\s*)?"
          + "(?:\\d{4}|令和\\d{1,2}|令和元)\\s*[年/.-]\\s*\\d{1,2}\\s*[月/.-]\\s*\\d{1,2}\\s*日?"
          + "(?:\\s*[(（][^)）]{1,3}[)）])?(?:\\s*\\d{1,2}[:：時]\\d{2}分?)?");
  private static final java.util.regex.Pattern TO_TOP = java.util.regex.Pattern.compile(
      "[▲↑△^]?\\s*(?:この)?(?:ページ|記事)?の?(?:先頭|トップ|上|TOP|top)へ(?:戻る)?|[▲↑]\\s*(?:TOP|top|Top)");

  private static void walk(Node node, StringBuilder line, List<String> lines) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode) {
        line.append(((TextNode) child).getWholeText());
      } else if (child instanceof Element) {
        Element e = (Element) child;
        String name = e.normalName();
        if (name.equals("br")) {
          flush(line, lines);
        } else if (Boilerplate.isTextNoise(e) || name.equals("img")) {
          continue;
        } else if (BLOCKS.contains(name) || name.equals("td") || name.equals("th")) {
          if (name.equals("td") || name.equals("th")) {
            line.append(' ');
            walk(e, line, lines);
            line.append(' ');
          } else {
            flush(line, lines);
            walk(e, line, lines);
            flush(line, lines);
          }
        } else {
          walk(e, line, lines);
        }
      }
    }
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String s = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    line.setLength(0);
    if (!s.isEmpty()) {
      lines.add(s);
    }
  }
}
