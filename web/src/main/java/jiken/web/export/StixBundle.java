package jiken.web.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.Labels;

/**
 * One case as a STIX 2.1 bundle: an {@code incident}; an {@code identity} (class organization) per
 * organisation; a {@code relationship} from the incident to each ({@code targets} for victims,
 * {@code related-to} for vendors and others); a {@code report} per source article referring to
 * all of them with the article URL as external reference. Dates the spec leaves out of the
 * incident stub travel as {@code x_jiken_*} custom properties. Timestamps come from the record
 * (first and last publication), never the clock, so the same record gives the same bytes.
 * Stateless.
 */
public final class StixBundle {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);

  private StixBundle() {}

  public static Map<String, Object> of(CaseRecord c) {
    String created = stamp(earliest(c));
    String modified = stamp(latest(c));
    List<Map<String, Object>> objects = new ArrayList<>();
    String incidentId = StixIds.of("incident", c.id());
    Map<String, Object> incident = common("incident", incidentId, created, modified);
    incident.put("name", c.title());
    incident.put("description", c.summary());
    incident.put("labels", c.incidentTypes().stream().map(Labels::incidentType).toList());
    incident.put("external_references", List.of(Map.of("source_name", "jiken", "external_id", c.id())));
    incident.put("x_jiken_case_id", c.id());
    incident.put("x_jiken_first_seen", c.firstDate());
    incident.put("x_jiken_last_seen", c.lastDate());
    incident.put("x_jiken_status", c.status());
    incident.put("x_jiken_incident_types", c.incidentTypes());
    incident.put("x_jiken_data_types", c.dataTypes());
    if (c.affectedCount() != null) {
      incident.put("x_jiken_affected_count", c.affectedCount().value());
    }
    objects.add(incident);
    List<String> refs = new ArrayList<>(List.of(incidentId));
    for (CaseRecord.Org o : c.organizations()) {
      String identityId = StixIds.of("identity", o.name());
      if (refs.contains(identityId)) {
        continue;
      }
      Map<String, Object> identity = common("identity", identityId, created, modified);
      identity.put("name", o.name());
      identity.put("identity_class", "organization");
      if (!o.aliases().isEmpty()) {
        identity.put("x_jiken_aliases", o.aliases());
      }
      objects.add(identity);
      String type = "victim".equals(o.role()) ? "targets" : "related-to";
      String relId = StixIds.of("relationship", c.id() + "|" + type + "|" + o.name());
      Map<String, Object> rel = common("relationship", relId, created, modified);
      rel.put("relationship_type", type);
      rel.put("source_ref", incidentId);
      rel.put("target_ref", identityId);
      rel.put("description", o.name() + ": " + Labels.role(o.role()));
      objects.add(rel);
      refs.add(identityId);
      refs.add(relId);
    }
    for (CaseRecord.Article a : c.articles()) {
      String published = stamp(a.published() == null ? earliest(c) : day(a.published(), earliest(c)));
      Map<String, Object> report = common("report", StixIds.of("report", a.url()), published, published);
      report.put("name", a.title());
      report.put("report_types", List.of("incident"));
      report.put("published", published);
      report.put("object_refs", refs);
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("source_name", a.source() == null || a.source().isBlank() ? "news" : a.source());
      ref.put("url", a.url());
      report.put("external_references", List.of(ref));
      objects.add(report);
    }
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("type", "bundle");
    bundle.put("id", StixIds.of("bundle", c.id()));
    bundle.put("objects", objects);
    return bundle;
  }

  private static Map<String, Object> common(String type, String id, String created, String modified) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("spec_version", "2.1");
    m.put("id", id);
    m.put("created", created);
    m.put("modified", modified);
    return m;
  }

  private static LocalDate earliest(CaseRecord c) {
    LocalDate min = day(c.firstDate(), LocalDate.of(2000, 1, 1));
    for (CaseRecord.Article a : c.articles()) {
      LocalDate d = day(a.published(), min);
      min = d.isBefore(min) ? d : min;
    }
    return min;
  }

  private static LocalDate latest(CaseRecord c) {
    LocalDate max = earliest(c);
    for (CaseRecord.Article a : c.articles()) {
      LocalDate d = day(a.published(), max);
      max = d.isAfter(max) ? d : max;
    }
    return max;
  }

  /** The first day of an ISO partial date, or {@code fallback}. */
  static LocalDate day(String iso, LocalDate fallback) {
    if (iso == null) {
      return fallback;
    }
    try {
      return switch (iso.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
        case 7 -> LocalDate.parse(iso + "-01");
        default -> LocalDate.parse(iso.substring(0, Math.min(10, iso.length())));
      };
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  /** Midnight Japan time of {@code d}, in UTC as STIX wants. */
  private static String stamp(LocalDate d) {
    return d.atStartOfDay().atOffset(ZoneOffset.ofHours(9)).withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
  }
}
