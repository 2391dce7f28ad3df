package jiken.indexer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;

/**
 * The facts of one article in the shape the scorer compares: either gold labels (the GUIDE's
 * {@code gold} object, with organisation aliases) or a prediction (an {@link Extraction} or a line
 * of {@code extract} output). Immutable.
 *
 * @param organizations parties with roles; gold ones may carry aliases
 * @param incidentTypes labels from the closed list
 * @param dates date expressions with normalised values and events
 * @param count the affected count, or {@code null}
 * @param dataTypes labels from the closed list
 * @param systems named systems and services
 */
public record Labels(
    List<Org> organizations,
    List<String> incidentTypes,
    List<DateLabel> dates,
    Count count,
    List<String> dataTypes,
    List<String> systems) {

  public Labels {
    organizations = List.copyOf(organizations);
    incidentTypes = List.copyOf(incidentTypes);
    dates = List.copyOf(dates);
    dataTypes = List.copyOf(dataTypes);
    systems = List.copyOf(systems);
  }

  /** An organisation: its name, other literal forms, and role. */
  public record Org(String name, List<String> aliases, String role) {
    public Org {
      name = name == null ? "" : name;
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      role = role == null ? "" : role;
    }

    public Org(String name, String role) {
      this(name, List.of(), role);
    }
  }

  /** A date: literal text, normalised value ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}), event. */
  public record DateLabel(String text, String value, String event) {}

  /** An affected count: literal text and value. */
  public record Count(String text, long value) {}

  public static Labels empty() {
    return new Labels(List.of(), List.of(), List.of(), null, List.of(), List.of());
  }

  /** The prediction an extraction makes. */
  public static Labels of(Extraction e) {
    List<Org> orgs = new ArrayList<>();
    for (OrgFact o : e.organizations()) {
      orgs.add(new Org(o.name(), o.aliases(), o.role()));
    }
    List<DateLabel> dates = new ArrayList<>();
    for (DateFact d : e.dates()) {
      dates.add(new DateLabel(d.text(), d.value(), d.event()));
    }
    CountFact n = e.affectedCount();
    return new Labels(orgs, e.incidentTypeValues(), dates, n == null ? null : new Count(n.text(), n.value()),
        e.dataTypeValues(), e.systemValues());
  }

  /**
   * Reads a gold object or an extraction output object (same field names; {@code aliases} only in
   * gold). Lenient: missing fields are empty, a count without an integer value is {@code null}.
   */
  public static Labels fromJson(JsonNode n) {
    List<Org> orgs = new ArrayList<>();
    for (JsonNode o : array(n, "organizations")) {
      List<String> aliases = new ArrayList<>();
      for (JsonNode a : array(o, "aliases")) {
        aliases.add(a.asText());
      }
      orgs.add(new Org(o.path("name").asText(""), aliases, o.path("role").asText("")));
    }
    List<DateLabel> dates = new ArrayList<>();
    for (JsonNode d : array(n, "dates")) {
      dates.add(new DateLabel(d.path("text").asText(""), d.path("value").asText(""), d.path("event").asText("")));
    }
    JsonNode c = n.get("affected_count");
    Count count = null;
    if (c != null && c.isObject() && c.path("value").canConvertToLong()) {
      count = new Count(c.path("text").asText(""), c.path("value").asLong());
    }
    return new Labels(orgs, strings(n, "incident_types"), dates, count, strings(n, "data_types"), strings(n, "systems"));
  }

  private static Iterable<JsonNode> array(JsonNode n, String field) {
    JsonNode a = n == null ? null : n.get(field);
    return a != null && a.isArray() ? a : List.of();
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array(n, field)) {
      if (v.isTextual()) {
        out.add(v.asText());
      }
    }
    return out;
  }
}
