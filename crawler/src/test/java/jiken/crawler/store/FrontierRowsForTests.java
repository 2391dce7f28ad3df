package jiken.crawler.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Reads the frontier columns that {@link FrontierEntry} does not carry, for assertions. */
final class FrontierRowsForTests {
  private FrontierRowsForTests() {}

  /** {@code next_fetch_at} of a URL; {@code null} means never again. */
  static Long nextFetchAt(Database db, String url) {
    return column(db, url, "next_fetch_at") instanceof Number n ? n.longValue() : null;
  }

  /** {@code last_error} of a URL. */
  static String lastError(Database db, String url) {
    return (String) column(db, url, "last_error");
  }

  private static Object column(Database db, String url, String column) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM frontier WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("not in the frontier: " + url);
          }
          return rs.getObject(1);
        }
      }
    });
  }
}
