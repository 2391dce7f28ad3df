package jiken.crawler.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The {@code robots} table: the last robots.txt response per origin ({@code scheme://host:port})
 * with its expiry, so that a new run (or a restart after a kill) within the TTL asks no host for
 * robots.txt again. Stores the raw response, not parsed rules: the rules depend on our product
 * token and on the matcher version. Thread-safe.
 */
public final class RobotsStore {
  private final Database db;

  /** A stored response; {@code body} is empty for non-2xx. */
  public record Stored(int status, byte[] body, long fetchedAt, long expiresAt) {}

  public RobotsStore(Database db) {
    this.db = db;
    CrawlerSchema.migrate(db);
  }

  /** The stored response for {@code origin} if it has not expired at {@code now}, else {@code null}. */
  public Stored get(String origin, long now) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT http_status, body, fetched_at, expires_at FROM robots WHERE origin = ? AND expires_at > ?")) {
        ps.setString(1, origin);
        ps.setLong(2, now);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          byte[] body = rs.getBytes(2);
          return new Stored(rs.getInt(1), body == null ? new byte[0] : body, rs.getLong(3), rs.getLong(4));
        }
      }
    });
  }

  /** Records a response (replacing the previous one). */
  public void put(String origin, Stored s) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO robots(origin, http_status, body, fetched_at, expires_at) VALUES (?,?,?,?,?)"
              + " ON CONFLICT(origin) DO UPDATE SET http_status = excluded.http_status, body = excluded.body,"
              + " fetched_at = excluded.fetched_at, expires_at = excluded.expires_at")) {
        ps.setString(1, origin);
        ps.setInt(2, s.status());
        ps.setBytes(3, s.body());
        ps.setLong(4, s.fetchedAt());
        ps.setLong(5, s.expiresAt());
        return ps.executeUpdate();
      }
    });
  }
}
