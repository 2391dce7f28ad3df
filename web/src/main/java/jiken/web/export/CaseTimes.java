package jiken.web.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jiken.crawler.store.Database;

/**
 * When cases were first built and last changed, read from the indexer's {@code cases} table (read
 * only: the table belongs to the indexer). Thread-safe.
 */
final class CaseTimes {
  private CaseTimes() {}

  /** Created and updated instants of one case; epoch when unknown. */
  record Times(Instant created, Instant updated) {}

  static Times of(Database db, String caseId) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT created_at, updated_at FROM cases WHERE id = ?")) {
        ps.setString(1, caseId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? new Times(instant(rs.getString(1)), instant(rs.getString(2)))
              : new Times(Instant.EPOCH, Instant.EPOCH);
        }
      }
    });
  }

  /** Ids of the most recently created or updated cases, newest first. */
  static List<String> recentlyUpdated(Database db, int limit) {
    return db.read(c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases ORDER BY updated_at DESC, id LIMIT ?")) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  private static Instant instant(String s) {
    try {
      return s == null ? Instant.EPOCH : Instant.parse(s);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
