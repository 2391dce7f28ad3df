package jiken.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored articles ({@code documents} table). One article is stored once, keyed by its canonical
 * URL; storing it again with the same content hash changes nothing, with a new hash it updates the
 * row and gives it a new {@code seq} so the indexer sees the change. Thread-safe.
 */
public final class DocumentStore {
  private final Database db;

  public DocumentStore(Database db) {
    this.db = db;
    CrawlerSchema.migrate(db);
  }

  /** What {@link #upsert} did. */
  public enum Outcome { NEW, UPDATED, UNCHANGED }

  /** The stored document's id and what happened to it. */
  public record Upserted(long id, Outcome outcome) {}

  /** Inserts or updates by canonical URL; see the class comment. */
  public Upserted upsert(CrawledDocument d) {
    return db.inTransaction(c -> upsert(c, d));
  }

  /** Same as {@link #upsert(CrawledDocument)} inside the caller's transaction (batch writes). */
  public Upserted upsert(Connection c, CrawledDocument d) throws SQLException {
    Long existingId = null;
    String existingHash = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT id, content_hash FROM documents WHERE canonical_url = ?")) {
      ps.setString(1, d.canonicalUrl());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          existingId = rs.getLong(1);
          existingHash = rs.getString(2);
        }
      }
    }
    if (existingId != null && existingHash.equals(d.contentHash())) {
      return new Upserted(existingId, Outcome.UNCHANGED);
    }
    long seq = nextSeq(c);
    if (existingId == null) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents(" + DocumentRows.WRITE_COLUMNS
          + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
        DocumentRows.bind(ps, seq, d);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          return new Upserted(keys.getLong(1), Outcome.NEW);
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET seq=?, url=?, canonical_url=?, source_id=?,"
        + " fetched_at=?, http_status=?, charset=?, title=?, published=?, body=?, content_hash=?, simhash=?,"
        + " duplicate_of=?, tags=? WHERE id=?")) {
      DocumentRows.bind(ps, seq, d);
      ps.setLong(DocumentRows.WRITE_PARAMETERS + 1, existingId);
      ps.executeUpdate();
    }
    return new Upserted(existingId, Outcome.UPDATED);
  }

  private static long nextSeq(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public Optional<CrawledDocument> get(long id) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + DocumentRows.COLUMNS + " FROM documents WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(DocumentRows.map(rs)) : Optional.empty();
        }
      }
    });
  }

  public Optional<CrawledDocument> findByCanonicalUrl(String canonicalUrl) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + DocumentRows.COLUMNS + " FROM documents WHERE canonical_url = ?")) {
        ps.setString(1, canonicalUrl);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(DocumentRows.map(rs)) : Optional.empty();
        }
      }
    });
  }

  /** A document together with the change sequence number it was read at. */
  public record Change(long seq, CrawledDocument document) {}

  /** Up to {@code limit} documents changed after {@code seq}, in change order. */
  public List<Change> changedAfter(long seq, int limit) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + DocumentRows.COLUMNS + " FROM documents WHERE seq > ? ORDER BY seq LIMIT ?")) {
        ps.setLong(1, seq);
        ps.setInt(2, limit);
        List<Change> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Change(rs.getLong("seq"), DocumentRows.map(rs)));
          }
        }
        return out;
      }
    });
  }

  /**
   * The documents with the given ids that exist, read on the caller's connection in a few
   * {@code IN (…)} queries instead of one query (and one pooled connection) per document.
   */
  public Map<Long, CrawledDocument> getAll(Connection c, Collection<Long> ids) throws SQLException {
    List<Long> list = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<Long, CrawledDocument> out = new HashMap<>();
    for (int from = 0; from < list.size(); from += IN_CHUNK) {
      List<Long> chunk = list.subList(from, Math.min(list.size(), from + IN_CHUNK));
      try (PreparedStatement ps = c.prepareStatement("SELECT " + DocumentRows.COLUMNS + " FROM documents WHERE id IN ("
          + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            CrawledDocument d = DocumentRows.map(rs);
            out.put(d.id(), d);
          }
        }
      }
    }
    return out;
  }

  /** Same as {@link #getAll(Connection, Collection)} on a connection of its own. */
  public Map<Long, CrawledDocument> getAll(Collection<Long> ids) {
    return db.read(c -> getAll(c, ids));
  }

  private static final int IN_CHUNK = 500;

  /** How many documents changed after {@code seq} (what an index run has ahead of it). */
  public long countChangedAfter(long seq) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents WHERE seq > ?")) {
        ps.setLong(1, seq);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  public long count() {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
