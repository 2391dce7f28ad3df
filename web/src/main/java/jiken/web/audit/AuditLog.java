package jiken.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jiken.crawler.store.Database;
import jiken.indexer.Json;
import jiken.indexer.cases.EditorialChange;
import jiken.web.auth.WebSchema;

/**
 * The audit log of editorial changes (table {@code audit_log}): who, when, what, which case, the
 * state before and after as JSON, and which later entry reverted it. Append-only apart from the
 * revert mark. Thread-safe.
 */
public final class AuditLog {
  private static final String COLUMNS = "id, at, user_name, action, case_id, before_json, after_json, reverted_by";
  private final Database db;

  public AuditLog(Database db) {
    this.db = db;
    WebSchema.migrate(db);
  }

  /** Records a change made by {@code user} in a transaction of its own; returns the entry id. */
  public long record(String user, EditorialChange change) {
    return db.inTransaction(c -> record(c, user, change));
  }

  /**
   * Records a change inside the caller's transaction, the one that made the change (see
   * {@code Editorial.journalled}), so the change and its entry commit together.
   */
  public long record(java.sql.Connection c, String user, EditorialChange change) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(at, user_name, action, case_id,"
        + " before_json, after_json) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, user);
      ps.setString(3, change.action());
      ps.setString(4, change.caseId());
      ps.setString(5, json(change.before()));
      ps.setString(6, json(change.after()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Marks {@code id} as reverted by entry {@code by}; false if it already was. */
  public boolean markReverted(long id, long by) {
    return db.inTransaction(c -> markReverted(c, id, by));
  }

  /** As {@link #markReverted(long, long)}, inside the caller's transaction. */
  public boolean markReverted(java.sql.Connection c, long id, long by) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET reverted_by = ? WHERE id = ? AND reverted_by IS NULL")) {
      ps.setLong(1, by);
      ps.setLong(2, id);
      return ps.executeUpdate() == 1;
    }
  }

  public Optional<AuditEntry> get(long id) {
    List<AuditEntry> r = query("SELECT " + COLUMNS + " FROM audit_log WHERE id = ?", id);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  /** The newest entries of one case first. */
  public List<AuditEntry> forCase(String caseId, int limit) {
    return query("SELECT " + COLUMNS + " FROM audit_log WHERE case_id = ? ORDER BY id DESC LIMIT ?", caseId, limit);
  }

  /** The newest entries first. */
  public List<AuditEntry> recent(int limit) {
    return query("SELECT " + COLUMNS + " FROM audit_log ORDER BY id DESC LIMIT ?", limit);
  }

  private List<AuditEntry> query(String sql, Object... args) {
    return db.read(c -> {
      List<AuditEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(row(rs));
          }
        }
      }
      return out;
    });
  }

  private static AuditEntry row(ResultSet rs) throws SQLException {
    long by = rs.getLong(8);
    Long revertedBy = rs.wasNull() ? null : by; // wasNull() speaks of the last column read
    return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), revertedBy);
  }

  private static String json(Object o) {
    try {
      return Json.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
