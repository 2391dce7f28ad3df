package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jiken.crawler.store.Database;

/**
 * Case↔case links and case tags. Automatic ones are replaced on every index run; editorial ones
 * ({@code source = 'editor'}) survive re-indexing. Thread-safe.
 */
public final class CaseLinkStore {
  private final Database db;

  public CaseLinkStore(Database db) {
    this.db = db;
    IndexerSchema.migrate(db);
  }

  /**
   * Replaces the automatic links that start or end at {@code caseId} with {@code links}. Only what
   * differs is written: a case is re-assembled whenever a report joins it, and most of its links
   * stay as they were.
   */
  void replaceAuto(Connection c, String caseId, List<CaseLink> links) throws SQLException {
    java.util.Map<List<String>, CaseLink> stale = new java.util.HashMap<>();
    // two statements, so each uses its index (primary key, case_links_to)
    for (String column : List.of("from_case", "to_case")) {
      try (PreparedStatement ps = c.prepareStatement("SELECT from_case, to_case, kind, reason, evidence FROM case_links"
          + " WHERE source = 'auto' AND " + column + " = ?")) {
        ps.setString(1, caseId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            CaseLink l = new CaseLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), "auto");
            stale.put(List.of(l.fromCase(), l.toCase(), l.kind()), l);
          }
        }
      }
    }
    for (CaseLink l : links) {
      CaseLink old = stale.remove(List.of(l.fromCase(), l.toCase(), l.kind()));
      if (old == null || !old.reason().equals(l.reason()) || !old.evidence().equals(l.evidence())) {
        insert(c, l);
      }
    }
    try (PreparedStatement del = c.prepareStatement("DELETE FROM case_links WHERE source = 'auto' AND from_case = ?"
        + " AND to_case = ? AND kind = ?")) {
      for (CaseLink l : stale.values()) {
        del.setString(1, l.fromCase());
        del.setString(2, l.toCase());
        del.setString(3, l.kind());
        del.executeUpdate();
      }
    }
  }

  static void insert(Connection c, CaseLink l) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_links(from_case, to_case, kind, reason, evidence, source)"
        + " VALUES (?,?,?,?,?,?) ON CONFLICT(from_case, to_case, kind) DO UPDATE SET reason = excluded.reason,"
        + " evidence = excluded.evidence WHERE case_links.source = 'auto'")) {
      ps.setString(1, l.fromCase());
      ps.setString(2, l.toCase());
      ps.setString(3, l.kind());
      ps.setString(4, l.reason());
      ps.setString(5, l.evidence());
      ps.setString(6, l.source());
      ps.executeUpdate();
    }
  }

  /** Adds an editor's link (kept across re-indexing). */
  public void addEditorLink(CaseLink link) {
    db.inTransaction(c -> {
      insert(c, new CaseLink(link.fromCase(), link.toCase(), link.kind(), link.reason(), link.evidence(), "editor"));
      return null;
    });
  }

  /** Links that start or end at {@code caseId}. */
  public List<CaseLink> linksOf(String caseId) {
    return db.read(c -> {
      List<CaseLink> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT from_case, to_case, kind, reason, evidence, source"
          + " FROM case_links WHERE from_case = ?1 OR to_case = ?1 ORDER BY kind, from_case, to_case")) {
        ps.setString(1, caseId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new CaseLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)));
          }
        }
      }
      return out;
    });
  }

  /** Replaces the automatic tags of a case; editorial tags stay. */
  void setAutoTags(Connection c, String caseId, List<String> tags) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM case_tags WHERE case_id = ? AND source = 'auto'")) {
      del.setString(1, caseId);
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO case_tags(case_id, tag, source) VALUES (?,?,'auto') ON CONFLICT(case_id, tag) DO NOTHING")) {
      for (String t : tags) {
        ps.setString(1, caseId);
        ps.setString(2, t);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  List<String> tags(Connection c, String caseId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM case_tags WHERE case_id = ? ORDER BY source DESC, tag")) {
      ps.setString(1, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
