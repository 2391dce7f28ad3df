package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;

/**
 * Stores an {@link Extraction} as rows of the {@code facts} table (one row per fact, with its span
 * and sentence: the provenance of everything a case shows) and reads it back. Stateless.
 */
final class FactRows {
  private FactRows() {}

  static void replace(Connection c, long documentId, Extraction e) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM facts WHERE document_id = ?")) {
      del.setLong(1, documentId);
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO facts(document_id, kind, value, role, text,"
        + " start_offset, end_offset, sentence) VALUES (?,?,?,?,?,?,?,?)")) {
      for (OrgFact o : e.organizations()) {
        add(ps, documentId, "org", o.name(), o.role(), o.name(), o.provenance());
        for (String alias : o.aliases()) {
          add(ps, documentId, "org_alias", alias, o.name(), alias, o.provenance());
        }
      }
      for (DateFact d : e.dates()) {
        add(ps, documentId, "date", d.value(), d.event(), d.text(), d.provenance());
      }
      if (e.affectedCount() != null) {
        CountFact n = e.affectedCount();
        add(ps, documentId, "count", Long.toString(n.value()), null, n.text(), n.provenance());
      }
      addLabels(ps, documentId, "incident_type", e.incidentTypes());
      addLabels(ps, documentId, "data_type", e.dataTypes());
      addLabels(ps, documentId, "system", e.systems());
      ps.executeBatch();
    }
  }

  private static void addLabels(PreparedStatement ps, long doc, String kind, List<LabelFact> labels) throws SQLException {
    for (LabelFact l : labels) {
      add(ps, doc, kind, l.value(), null, l.evidence(), l.provenance());
    }
  }

  private static void add(PreparedStatement ps, long doc, String kind, String value, String role, String text,
      Provenance p) throws SQLException {
    ps.setLong(1, doc);
    ps.setString(2, kind);
    ps.setString(3, value);
    ps.setString(4, role);
    ps.setString(5, text);
    ps.setInt(6, p == null ? 0 : p.start());
    ps.setInt(7, p == null ? 0 : p.end());
    ps.setString(8, p == null ? "" : p.sentence());
    ps.addBatch();
  }

  static Extraction read(Connection c, long documentId) throws SQLException {
    Map<String, OrgDraft> orgs = new LinkedHashMap<>();
    List<DateFact> dates = new ArrayList<>();
    CountFact count = null;
    List<LabelFact> types = new ArrayList<>();
    List<LabelFact> dataTypes = new ArrayList<>();
    List<LabelFact> systems = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT kind, value, role, text, start_offset, end_offset, sentence"
        + " FROM facts WHERE document_id = ? ORDER BY id")) {
      ps.setLong(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String kind = rs.getString(1);
          String value = rs.getString(2);
          String role = rs.getString(3);
          String text = rs.getString(4);
          Provenance p = new Provenance(rs.getInt(5), rs.getInt(6), rs.getString(7));
          switch (kind) {
            case "org" -> orgs.put(value, new OrgDraft(value, role, new ArrayList<>(), p));
            case "org_alias" -> {
              OrgDraft o = orgs.get(role);
              if (o != null) {
                o.aliases().add(value);
              }
            }
            case "date" -> dates.add(new DateFact(text, value, DatePrecision.ofValue(value), role, p));
            case "count" -> count = new CountFact(text, Long.parseLong(value), p);
            case "incident_type" -> types.add(new LabelFact(value, text, p));
            case "data_type" -> dataTypes.add(new LabelFact(value, text, p));
            case "system" -> systems.add(new LabelFact(value, text, p));
            default -> { } // kinds added by later versions are ignored by this one
          }
        }
      }
    }
    List<OrgFact> orgFacts = orgs.values().stream()
        .map(o -> new OrgFact(o.name(), o.role(), o.aliases(), o.provenance())).toList();
    return new Extraction(Long.toString(documentId), orgFacts, types, dates, count, dataTypes, systems);
  }

  private record OrgDraft(String name, String role, List<String> aliases, Provenance provenance) {}
}
