package jiken.crawler.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Row mapping and statement binding shared by the frontier's SQL classes, so the column list and
 * the {@link FrontierEntry} mapping exist once. Stateless.
 */
final class FrontierRows {
  /** The columns {@link #map} reads, in a {@code SELECT} list. */
  static final String COLUMNS = "url, host, source_id, kind, depth, etag, last_modified, status,"
      + " failures, hint_title, hint_published";

  private FrontierRows() {}

  static FrontierEntry map(ResultSet rs) throws SQLException {
    String hp = rs.getString("hint_published");
    return new FrontierEntry(rs.getString("url"), rs.getString("host"), rs.getString("source_id"),
        FrontierKind.fromDb(rs.getString("kind")), rs.getInt("depth"), rs.getString("etag"),
        rs.getString("last_modified"), rs.getString("status"), rs.getInt("failures"),
        rs.getString("hint_title"), hp == null ? null : LocalDate.parse(hp));
  }

  /**
   * {@code n} comma-separated placeholders for an {@code IN (…)} list; {@code NULL} when
   * {@code n} is 0, because {@code IN ()} is a syntax error and {@code IN (NULL)} matches nothing.
   */
  static String placeholders(int n) {
    if (n == 0) {
      return "NULL";
    }
    return "?" + ",?".repeat(n - 1);
  }

  /** Binds {@code values} from parameter {@code start} on; returns the next free parameter index. */
  static int bindAll(PreparedStatement ps, int start, Collection<String> values) throws SQLException {
    int i = start;
    for (String v : values) {
      ps.setString(i++, v);
    }
    return i;
  }

  /** Binds a nullable epoch-millis time; SQL NULL means "never" in {@code next_fetch_at}. */
  static void setNullableLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setLong(i, v);
    }
  }
}
