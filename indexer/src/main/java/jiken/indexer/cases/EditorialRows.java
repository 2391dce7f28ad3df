package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row-level reads and writes of editorial state: a tag's source and removal mark, editor links,
 * overrides and pins. Every method runs inside the caller's transaction. Stateless.
 */
final class EditorialRows {
  private EditorialRows() {}

  /** The tag's source ({@code auto}, {@code editor}) or null, and whether an editor removed it. */
  static Map<String, Object> tagState(Connection c, String caseId, String tag) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tag", tag);
    m.put("source", one(c, "SELECT source FROM case_tags WHERE case_id = ? AND tag = ?", caseId, tag));
    m.put("removed", one(c, "SELECT 'y' FROM editorial_tag_removals WHERE case_id = ? AND tag = ?", caseId, tag) != null);
    return m;
  }

  /** Sets a tag to a state recorded by {@link #tagState}. */
  static void setTagState(Connection c, String caseId, String tag, String source, boolean removed) throws SQLException {
    run(c, "DELETE FROM case_tags WHERE case_id = ? AND tag = ?", caseId, tag);
    run(c, "DELETE FROM editorial_tag_removals WHERE case_id = ? AND tag = ?", caseId, tag);
    if (source != null) {
      run(c, "INSERT INTO case_tags(case_id, tag, source) VALUES (?,?,?)", caseId, tag, source);
    }
    if (removed) {
      run(c, "INSERT INTO editorial_tag_removals(case_id, tag) VALUES (?,?)", caseId, tag);
    }
  }

  /** The link row with this key, as {@code {reason, evidence, source}}, or null. */
  static Map<String, Object> link(Connection c, String from, String to, String kind) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT reason, evidence, source FROM case_links WHERE from_case = ? AND to_case = ? AND kind = ?")) {
      ps.setString(1, from);
      ps.setString(2, to);
      ps.setString(3, kind);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", rs.getString(1));
        m.put("evidence", rs.getString(2));
        m.put("source", rs.getString(3));
        return m;
      }
    }
  }

  /**
   * Writes a link row whatever was there. Unlike {@link CaseLinkStore#addEditorLink}, an existing
   * automatic link with the same key becomes the editor's, so the next run does not replace it.
   */
  static void putLink(Connection c, String from, String to, String kind, String reason, String evidence, String source)
      throws SQLException {
    deleteLink(c, from, to, kind);
    run(c, "INSERT INTO case_links(from_case, to_case, kind, reason, evidence, source) VALUES (?,?,?,?,?,?)",
        from, to, kind, reason, evidence, source);
  }

  static void deleteLink(Connection c, String from, String to, String kind) throws SQLException {
    run(c, "DELETE FROM case_links WHERE from_case = ? AND to_case = ? AND kind = ?", from, to, kind);
  }

  /** Editor links that start or end at {@code caseId}, as {@code [from, to, kind, reason, evidence]}. */
  static List<List<String>> editorLinks(Connection c, String caseId) throws SQLException {
    return rows(c, "SELECT from_case, to_case, kind, reason, evidence FROM case_links"
        + " WHERE source = 'editor' AND (from_case = ?1 OR to_case = ?1)", 5, caseId);
  }

  static String override(Connection c, String caseId, String field, String key) throws SQLException {
    return one(c, "SELECT value FROM editorial_overrides WHERE case_id = ? AND field = ? AND key = ?", caseId, field, key);
  }

  /** Sets ({@code value} non-null) or clears an override. */
  static void setOverride(Connection c, String caseId, String field, String key, String value) throws SQLException {
    run(c, "DELETE FROM editorial_overrides WHERE case_id = ? AND field = ? AND key = ?", caseId, field, key);
    if (value != null) {
      run(c, "INSERT INTO editorial_overrides(case_id, field, key, value) VALUES (?,?,?,?)", caseId, field, key, value);
    }
  }

  /** All overrides of a case as {@code [field, key, value]}. */
  static List<List<String>> overrides(Connection c, String caseId) throws SQLException {
    return rows(c, "SELECT field, key, value FROM editorial_overrides WHERE case_id = ?1 ORDER BY field, key", 3, caseId);
  }

  static String pin(Connection c, long documentId) throws SQLException {
    return one(c, "SELECT case_id FROM editorial_pins WHERE document_id = ?", documentId);
  }

  static void setPin(Connection c, long documentId, String caseId) throws SQLException {
    run(c, "DELETE FROM editorial_pins WHERE document_id = ?", documentId);
    if (caseId != null) {
      run(c, "INSERT INTO editorial_pins(document_id, case_id) VALUES (?,?)", documentId, caseId);
    }
  }

  static String one(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static void run(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      ps.executeUpdate();
    }
  }

  private static List<List<String>> rows(Connection c, String sql, int columns, Object... args) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }
}
