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
      if (l.equals(t)) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "\n").append(l);
    }
    return out.toString();
  }

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
