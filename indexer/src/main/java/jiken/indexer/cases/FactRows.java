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

  /** The stored extraction of each of {@code documentIds} (empty ones for documents without facts), in bulk. */
  static Map<Long, Extraction> readAll(Connection c, java.util.Collection<Long> documentIds) throws SQLException {
    List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(documentIds));
    Map<Long, Parts> parts = new java.util.HashMap<>();
    for (int from = 0; from < ids.size(); from += CaseStore.IN_CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CaseStore.IN_CHUNK));
      try (PreparedStatement ps = c.prepareStatement("SELECT document_id, kind, value, role, text, start_offset,"
          + " end_offset, sentence FROM facts WHERE document_id IN ("
          + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY document_id, id")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            parts.computeIfAbsent(rs.getLong(1), k -> new Parts()).add(rs, 2);
          }
        }
      }
    }
    Map<Long, Extraction> out = new java.util.HashMap<>();
    for (long id : ids) {
      out.put(id, parts.getOrDefault(id, new Parts()).extraction(id));
    }
    return out;
  }

  static Extraction read(Connection c, long documentId) throws SQLException {
    Parts parts = new Parts();
    try (PreparedStatement ps = c.prepareStatement("SELECT kind, value, role, text, start_offset, end_offset, sentence"
        + " FROM facts WHERE document_id = ? ORDER BY id")) {
      ps.setLong(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          parts.add(rs, 1);
        }
      }
    }
    return parts.extraction(documentId);
  }

  /** The fact rows of one document as they are read, in row order. */
  private static final class Parts {
    private final Map<String, OrgDraft> orgs = new LinkedHashMap<>();
    private final List<DateFact> dates = new ArrayList<>();
    private CountFact count;
    private final List<LabelFact> types = new ArrayList<>();
    private final List<LabelFact> dataTypes = new ArrayList<>();
    private final List<LabelFact> systems = new ArrayList<>();

    /** Adds the row whose {@code kind} column is at {@code col} (the others follow it). */
    void add(ResultSet rs, int col) throws SQLException {
      String kind = rs.getString(col);
      String value = rs.getString(col + 1);
      String role = rs.getString(col + 2);
      String text = rs.getString(col + 3);
      Provenance p = new Provenance(rs.getInt(col + 4), rs.getInt(col + 5), rs.getString(col + 6));
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

    Extraction extraction(long documentId) {
      List<OrgFact> orgFacts = orgs.values().stream()
          .map(o -> new OrgFact(o.name(), o.role(), o.aliases(), o.provenance())).toList();
      return new Extraction(Long.toString(documentId), orgFacts, types, dates, count, dataTypes, systems);
    }
  }

  private record OrgDraft(String name, String role, List<String> aliases, Provenance provenance) {}
}
