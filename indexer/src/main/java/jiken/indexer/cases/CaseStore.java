package jiken.indexer.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jiken.crawler.store.Database;
import jiken.crawler.store.StoreException;
import jiken.indexer.Json;

/**
 * Case records, membership, links, tags and the indexer's progress in SQLite. Methods taking a
 * {@link Connection} run inside the caller's transaction; the others open their own. Thread-safe.
 */
public final class CaseStore {
  private final Database db;

  public CaseStore(Database db) {
    this.db = db;
    IndexerSchema.migrate(db);
  }

  public Database database() {
    return db;
  }

  // --- progress -------------------------------------------------------------------------------

  public long watermark() {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT value FROM indexer_state WHERE key = 'seq'");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
      }
    });
  }

  void setWatermark(Connection c, long seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO indexer_state(key, value) VALUES ('seq', ?)"
        + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, Long.toString(seq));
      ps.executeUpdate();
    }
  }

  // --- membership -----------------------------------------------------------------------------

  Optional<String> caseOf(Connection c, long documentId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM case_documents WHERE document_id = ?")) {
      ps.setLong(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  void assign(Connection c, long documentId, String caseId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_documents(document_id, case_id) VALUES (?, ?)"
        + " ON CONFLICT(document_id) DO UPDATE SET case_id = excluded.case_id")) {
      ps.setLong(1, documentId);
      ps.setString(2, caseId);
      ps.executeUpdate();
    }
  }

  void unassign(Connection c, long documentId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_documents WHERE document_id = ?")) {
      ps.setLong(1, documentId);
      ps.executeUpdate();
    }
  }

  List<Long> members(Connection c, String caseId) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM case_documents WHERE case_id = ? ORDER BY document_id")) {
      ps.setString(1, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  /** The members of each of {@code caseIds} (by document id), in one query per chunk; cases without members are absent. */
  Map<String, List<Long>> members(Connection c, List<String> caseIds) throws SQLException {
    Map<String, List<Long>> out = new HashMap<>();
    for (int from = 0; from < caseIds.size(); from += IN_CHUNK) {
      List<String> chunk = caseIds.subList(from, Math.min(caseIds.size(), from + IN_CHUNK));
      try (PreparedStatement ps = c.prepareStatement("SELECT case_id, document_id FROM case_documents WHERE case_id IN ("
          + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY case_id, document_id")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
          }
        }
      }
    }
    return out;
  }

  /** Bound parameters per {@code IN (…)} query, well under SQLite's limit. */
  static final int IN_CHUNK = 500;

  // --- case rows ------------------------------------------------------------------------------

  boolean exists(Connection c, String caseId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM cases WHERE id = ? UNION SELECT 1 FROM case_redirects WHERE old_id = ?")) {
      ps.setString(1, caseId);
      ps.setString(2, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  void create(Connection c, String caseId, String primaryOrg, String anchorDate) throws SQLException {
    String now = Instant.now().toString();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases(id, primary_org, anchor_date, json,"
        + " created_at, updated_at) VALUES (?,?,?,'{}',?,?)")) {
      ps.setString(1, caseId);
      ps.setString(2, primaryOrg);
      ps.setString(3, anchorDate);
      ps.setString(4, now);
      ps.setString(5, now);
      ps.executeUpdate();
    }
    markForAssembly(c, caseId);
  }

  /** Marks {@code caseId}'s record for assembly ({@link #DIRTY_RECORD}); writes nothing when it already is. */
  private static void markForAssembly(Connection c, String caseId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_marks(case_id, mark, marked_at) VALUES (?1, "
        + DIRTY_RECORD + ", ?2) ON CONFLICT(case_id) DO UPDATE SET mark = excluded.mark, marked_at = excluded.marked_at"
        + " WHERE mark <> excluded.mark")) {
      ps.setString(1, caseId);
      ps.setString(2, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /**
   * Marks {@code caseId}'s Lucene document stale as of {@code at}, the time its record was saved
   * ({@link #markClean} compares it); {@code assembled} clears an assembly mark, else it is kept.
   */
  private static void markStale(Connection c, String caseId, String at, boolean assembled) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_marks(case_id, mark, marked_at) VALUES (?1, "
        + DIRTY_INDEX + ", ?2) ON CONFLICT(case_id) DO UPDATE SET marked_at = excluded.marked_at"
        + (assembled ? ", mark = excluded.mark" : ""))) {
      ps.setString(1, caseId);
      ps.setString(2, at);
      ps.executeUpdate();
    }
  }

  /**
   * Stores a record and marks the case's Lucene document stale, keeping a pending assembly mark
   * ({@link #DIRTY_RECORD}): an editor's change during an index run must not cancel the run's
   * assembly of the articles it has grouped into the case.
   */
  void save(Connection c, CaseRecord record) throws SQLException {
    save(c, record, null, false);
  }

  /**
   * Stores the record the index run assembled from all the case's articles, clearing the assembly
   * mark, with its stored form made beforehand ({@link #toJson}; null: made here), and the case's
   * grouping key and link name ({@link #saveKey}).
   */
  void saveAssembled(Connection c, CaseRecord record, String json, byte[] key, String name) throws SQLException {
    save(c, record, json, true);
    saveKey(c, record.id(), key, name);
  }

  /**
   * Stores a case's grouping key ({@link CaseKeyCodec#encode}), replacing any it had, and the name
   * its links show it by (null: the one it had).
   */
  void saveKey(Connection c, String caseId, byte[] key, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_keys(case_id, key, name) VALUES (?, ?, ?)"
        + " ON CONFLICT(case_id) DO UPDATE SET key = excluded.key, name = COALESCE(excluded.name, case_keys.name)")) {
      ps.setString(1, caseId);
      ps.setBytes(2, key);
      ps.setString(3, name);
      ps.executeUpdate();
    }
  }

  /** The name links show {@code caseId} by, as stored with its key; empty when it has none. */
  Optional<String> linkName(String caseId) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT name FROM case_keys WHERE case_id = ?")) {
        ps.setString(1, caseId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /** Stores a record and marks its Lucene document stale; {@code assembled} clears an assembly mark, else it is kept. */
  private void save(Connection c, CaseRecord record, String json, boolean assembled) throws SQLException {
    String now = Instant.now().toString();
    try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET json = ?, updated_at = ? WHERE id = ?")) {
      ps.setString(1, json != null ? json : toJson(record));
      ps.setString(2, now);
      ps.setString(3, record.id());
      if (ps.executeUpdate() == 0) {
        return; // no such case: nothing to mark
      }
    }
    markStale(c, record.id(), now, assembled);
  }

  /** Removes a case that has lost all its articles; its Lucene document goes with the next sync. */
  void delete(Connection c, String caseId) throws SQLException {
    for (String sql : List.of("DELETE FROM case_links WHERE from_case = ?1 OR to_case = ?1",
        "DELETE FROM case_tags WHERE case_id = ?1 AND source = 'auto'", "DELETE FROM case_keys WHERE case_id = ?1",
        "DELETE FROM case_marks WHERE case_id = ?1",
        "DELETE FROM cases WHERE id = ?1")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, caseId);
        ps.executeUpdate();
      }
    }
  }

  /** The current record of {@code id}, following merge redirects. */
  public Optional<CaseRecord> get(String id) {
    return db.read(c -> get(c, resolve(c, id)));
  }

  Optional<CaseRecord> get(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT json FROM cases WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.empty();
      }
    }
  }

  /** The surviving id of a merged case, or {@code id} itself. */
  public String resolve(String id) {
    return db.read(c -> resolve(c, id));
  }

  String resolve(Connection c, String id) throws SQLException {
    String current = id;
    for (int hops = 0; hops < 10; hops++) {
      try (PreparedStatement ps = c.prepareStatement("SELECT new_id FROM case_redirects WHERE old_id = ?")) {
        ps.setString(1, current);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return current;
          }
          current = rs.getString(1);
        }
      }
    }
    return current;
  }

  /** Every case record, for grouping keys at start-up and for {@code reindex}. */
  public List<CaseRecord> all() {
    return db.read(c -> {
      List<CaseRecord> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT json FROM cases ORDER BY id"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(fromJson(rs.getString(1)));
        }
      }
      return out;
    });
  }

  /** Every case id, in id order (for {@code reindex}, which reads the records in chunks). */
  public List<String> ids() {
    return db.read(c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases ORDER BY id"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  /** {@code case_marks.mark}: 1 when the Lucene document is stale, 2 when the record must be re-assembled first. */
  static final int DIRTY_INDEX = 1;
  static final int DIRTY_RECORD = 2;

  /**
   * Cases whose Lucene document is stale. Not those whose record still awaits assembly by an index
   * run ({@link #DIRTY_RECORD}): their stored record is out of date, and only that run may clear the mark.
   */
  public List<String> dirty() {
    return marked(DIRTY_INDEX);
  }

  /** Cases an index run grouped articles into whose records have not been assembled since ({@link #DIRTY_RECORD}). */
  List<String> awaitingAssembly() {
    return marked(DIRTY_RECORD);
  }

  /**
   * Stores a case's grouping key and marks its record for assembly at the end of the index run:
   * the record is assembled once per run, not once per batch the case was touched in.
   */
  void saveKeyForAssembly(Connection c, String caseId, byte[] key, String name) throws SQLException {
    saveKey(c, caseId, key, name);
    markForAssembly(c, caseId);
  }

  /**
   * The ids of the cases with mark ?1, in the order the cases were created. CROSS JOIN keeps the marks
   * as the outer loop: for the ORDER BY, SQLite would rather scan every case in rowid order (the whole
   * table, 15 s cold at 1,000,000 reports) than sort a few hundred ids.
   */
  static final String MARKED = "SELECT m.case_id FROM case_marks m CROSS JOIN cases ON cases.id = m.case_id"
      + " WHERE m.mark = ? ORDER BY cases.rowid";

  /** Cases with {@code mark}, in the order the cases were created (ties between cases are broken by it). */
  private List<String> marked(int mark) {
    return db.read(c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(MARKED)) {
        ps.setInt(1, mark);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  /**
   * Clears the Lucene mark of {@code ids} whose records were read for indexing after
   * {@code readFrom}, unless a record was saved again since (by another process, e.g. a writer's
   * edit in {@code serve} during an {@code index} run): that case stays marked, so the newer record
   * reaches the index with the next sync instead of being lost behind the older one. (SQLite
   * compares the times to the millisecond: a save within the same millisecond as {@code readFrom}
   * still counts as read.)
   */
  public void markClean(List<String> ids, Instant readFrom) {
    markClean(List.of(new Synced(ids, readFrom)));
  }

  /** Cases whose records were read for indexing after {@code readFrom}. */
  record Synced(List<String> ids, Instant readFrom) {}

  /** {@link #markClean(List, Instant)} of each of {@code synced}, in one transaction. */
  void markClean(List<Synced> synced) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_marks WHERE case_id = ? AND mark = " + DIRTY_INDEX
          + " AND julianday(marked_at) <= julianday(?)")) {
        for (Synced s : synced) {
          String readFrom = s.readFrom().toString();
          for (String id : s.ids()) {
            ps.setString(1, id);
            ps.setString(2, readFrom);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  /**
   * Stores records built outside the indexer whose Lucene documents are already written (the
   * synthetic scale data of {@code bench index --with-records}), in one transaction. They are
   * inserted clean, because a later sync re-sending a million documents that Lucene already holds
   * would only cost time; a record with the same id is replaced. No membership rows are added.
   */
  public void putIndexed(List<CaseRecord> records) {
    String now = Instant.now().toString();
    db.inTransaction(c -> {
      try (PreparedStatement clean = c.prepareStatement("DELETE FROM case_marks WHERE case_id = ?")) {
        for (CaseRecord r : records) {
          clean.setString(1, r.id());
          clean.addBatch();
        }
        clean.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases(id, primary_org, anchor_date, json,"
          + " created_at, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET primary_org = excluded.primary_org,"
          + " anchor_date = excluded.anchor_date, json = excluded.json, updated_at = excluded.updated_at")) {
        for (CaseRecord r : records) {
          ps.setString(1, r.id());
          ps.setString(2, r.organizations().isEmpty() ? "" : r.organizations().get(0).name());
          ps.setString(3, r.firstDate());
          ps.setString(4, toJson(r));
          ps.setString(5, now);
          ps.setString(6, now);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  public long count() {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cases"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  static String toJson(CaseRecord r) {
    try {
      return Json.MAPPER.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case record not serialisable", e);
    }
  }

  static CaseRecord fromJson(String json) {
    try {
      return Json.MAPPER.readValue(json, CaseRecord.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt case record: " + e.getOriginalMessage(), e);
    }
  }
}
