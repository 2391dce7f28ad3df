package jiken.web.export;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) of cases, written with a StAX writer so every title and summary is
 * escaped by the XML library; characters XML 1.0 forbids (control characters in crawled text) are
 * dropped first. Entry ids are {@code tag:} URIs (RFC 4151) of the case id, which never changes.
 * Stateless.
 */
public final class AtomFeed {
  static final String NS = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private AtomFeed() {}

  /** One entry: a case with its creation and last update time. */
  public record Entry(String caseId, String title, String summary, Instant published, Instant updated) {}

  /**
   * @param selfUrl absolute URL of the feed itself (also its id)
   * @param baseUrl absolute site URL without trailing slash, for entry links
   */
  public static byte[] of(String title, String selfUrl, String baseUrl, List<Entry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("feed");
      w.writeDefaultNamespace(NS);
      w.writeAttribute("xml:lang", "ja");
      text(w, "id", selfUrl);
      text(w, "title", title);
      Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
      text(w, "updated", updated.toString());
      w.writeStartElement("author");
      text(w, "name", "Jiken");
      w.writeEndElement();
      link(w, "self", selfUrl, "application/atom+xml");
      link(w, "alternate", baseUrl + "/", "text/html");
      for (Entry e : entries) {
        w.writeStartElement("entry");
        text(w, "id", "tag:jiken,2025:case:" + e.caseId());
        text(w, "title", e.title());
        text(w, "published", e.published().toString());
        text(w, "updated", e.updated().toString());
        link(w, "alternate", baseUrl + "/cases/" + e.caseId(), "text/html");
        w.writeStartElement("summary");
        w.writeAttribute("type", "text");
        w.writeCharacters(clean(e.summary()));
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return bytes.toByteArray();
  }

  private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(clean(value));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", clean(href));
  }

  /** Drops what XML 1.0 cannot carry: C0 controls other than tab/LF/CR, U+FFFE/FFFF, lone surrogates. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
        continue;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
