package jiken.indexer.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.Json;

/**
 * The extraction contract in JSON (DESIGN.md "Contracts"), one object per JSONL line.
 *
 * <p>Input {@code {"id","url","title","text","published"}} is read leniently: missing or null
 * fields become empty, a {@code published} value that is not an ISO date (a timestamp is cut to
 * its date) becomes {@code null}, extra fields are ignored. Only a line that is not a JSON object
 * is rejected, with {@link IllegalArgumentException}.
 *
 * <p>Output {@code {"id","organizations":[{"name","role"}],"incident_types","dates":[{"text",
 * "value","event"}],"affected_count":{"text","value"}|null,"data_types","systems"}} keeps those
 * names exactly; {@link #toJson(Extraction, boolean)} may add a {@code "provenance"} object with
 * the span ({@code start}, {@code end} into title + "\n" + text), evidence and sentence of every
 * fact, plus organisation aliases. Additive only. Stateless and thread-safe.
 */
public final class ExtractionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ID_FIELD = Pattern.compile("\"id\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");

  private ExtractionJson() {}

  /** Parses one input line; throws {@link IllegalArgumentException} if it is not a JSON object. */
  public static ArticleInput parseInput(String line) {
    return toInput(parseObject(line));
  }

  /** Parses a line into a JSON object, or throws {@link IllegalArgumentException} saying why not. */
  public static JsonNode parseObject(String line) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return node;
  }

  /** Reads the input fields of an already parsed object (extra fields, e.g. {@code gold}, ignored). */
  public static ArticleInput toInput(JsonNode node) {
    return new ArticleInput(text(node, "id"), text(node, "url"), text(node, "title"), text(node, "text"),
        date(node.get("published")));
  }

  /**
   * Best-effort id of a line that could not be parsed, for error reports; {@code null} if none.
   * Numeric ids are returned as their digits.
   */
  public static String guessId(String line) {
    Matcher m = ID_FIELD.matcher(line);
    if (!m.find()) {
      return null;
    }
    String raw = m.group(1);
    if (!raw.startsWith("\"")) {
      return raw;
    }
    try {
      return Json.MAPPER.readTree(raw).asText();
    } catch (JsonProcessingException e) {
      return raw.substring(1, raw.length() - 1);
    }
  }

  /** A field as text: strings as is, numbers as their digits, missing/null as "". */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return "";
    }
    return v.asText();
  }

  /** An ISO date (or the date part of an ISO timestamp), else {@code null}. */
  public static LocalDate date(JsonNode v) {
    if (v == null || !v.isTextual()) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(v.asText().strip());
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The contract's output object; with {@code provenance}, the additive provenance object too. */
  public static ObjectNode toJson(Extraction e, boolean provenance) {
    ObjectNode out = NODES.objectNode();
    out.put("id", e.id());
    ArrayNode orgs = out.putArray("organizations");
    for (OrgFact o : e.organizations()) {
      orgs.addObject().put("name", o.name()).put("role", o.role());
    }
    values(out.putArray("incident_types"), e.incidentTypes());
    ArrayNode dates = out.putArray("dates");
    for (DateFact d : e.dates()) {
      dates.addObject().put("text", d.text()).put("value", d.value()).put("event", d.event());
    }
    CountFact n = e.affectedCount();
    if (n == null) {
      out.putNull("affected_count");
    } else {
      out.putObject("affected_count").put("text", n.text()).put("value", n.value());
    }
    values(out.putArray("data_types"), e.dataTypes());
    values(out.putArray("systems"), e.systems());
    if (provenance) {
      out.set("provenance", provenance(e));
    }
    return out;
  }

  /** {@link #toJson(Extraction, boolean)} as one line of JSON (no line breaks). */
  public static String toLine(Extraction e, boolean provenance) {
    try {
      return Json.MAPPER.writeValueAsString(toJson(e, provenance));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise a JSON tree", ex);
    }
  }

  /** An error line {@code {"id":…,"error":"…"}} (plus {@code "line"} when {@code lineNo > 0}). */
  public static String errorLine(String id, long lineNo, String message) {
    ObjectNode out = NODES.objectNode();
    if (id == null) {
      out.putNull("id");
    } else {
      out.put("id", id);
    }
    if (lineNo > 0) {
      out.put("line", lineNo);
    }
    out.put("error", message == null ? "error" : message);
    try {
      return Json.MAPPER.writeValueAsString(out);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise a JSON tree", ex);
    }
  }

  private static void values(ArrayNode array, List<LabelFact> labels) {
    for (LabelFact l : labels) {
      array.add(l.value());
    }
  }

  private static ObjectNode provenance(Extraction e) {
    ObjectNode p = NODES.objectNode();
    ArrayNode orgs = p.putArray("organizations");
    for (OrgFact o : e.organizations()) {
      ObjectNode n = span(orgs.addObject().put("name", o.name()), o.provenance());
      ArrayNode aliases = n.putArray("aliases");
      o.aliases().forEach(aliases::add);
    }
    labels(p.putArray("incident_types"), e.incidentTypes());
    ArrayNode dates = p.putArray("dates");
    for (DateFact d : e.dates()) {
      span(dates.addObject().put("value", d.value()).put("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT)),
          d.provenance());
    }
    CountFact n = e.affectedCount();
    if (n == null) {
      p.putNull("affected_count");
    } else {
      span(p.putObject("affected_count").put("value", n.value()), n.provenance());
    }
    labels(p.putArray("data_types"), e.dataTypes());
    labels(p.putArray("systems"), e.systems());
    return p;
  }

  private static void labels(ArrayNode array, List<LabelFact> labels) {
    for (LabelFact l : labels) {
      span(array.addObject().put("value", l.value()).put("evidence", l.evidence()), l.provenance());
    }
  }

  private static ObjectNode span(ObjectNode n, Provenance p) {
    if (p != null) {
      n.put("start", p.start()).put("end", p.end()).put("sentence", p.sentence());
    }
    return n;
  }
}
