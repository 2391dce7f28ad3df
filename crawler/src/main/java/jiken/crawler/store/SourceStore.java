package jiken.crawler.store;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * The {@code sources} table: the sources as last loaded from {@code sources.json}, so other
 * modules can show source names without reading the file. Thread-safe.
 */
public final class SourceStore {
  private final Database db;

  public SourceStore(Database db) {
    this.db = db;
    CrawlerSchema.migrate(db);
  }

  /** Inserts or updates one source; {@code configJson} is the entry as configured. */
  public void save(String id, String name, String kind, String url, String configJson) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources(id, name, kind, url, config, updated_at)"
          + " VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
          + " url = excluded.url, config = excluded.config, updated_at = excluded.updated_at")) {
        ps.setString(1, id);
        ps.setString(2, name);
        ps.setString(3, kind);
        ps.setString(4, url);
        ps.setString(5, configJson);
        ps.setString(6, Instant.now().toString());
        return ps.executeUpdate();
      }
    });
  }

  /** The display name of a source, or {@code null}. */
  public String name(String id) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sources WHERE id = ?")) {
        ps.setString(1, id);
        try (var rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
  }
}
