package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class CachedStatementsTest {
  private static Connection memory() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
    }
    return c;
  }

  @Test
  void a_closed_statement_is_reused_with_fresh_parameters() throws SQLException {
    try (Connection real = memory(); CachedStatements cached = new CachedStatements(real)) {
      Connection c = cached.connection();
      PreparedStatement first;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO t(k, v) VALUES (?, ?)")) {
        first = ps;
        ps.setInt(1, 1);
        ps.setString(2, "一");
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO t(k, v) VALUES (?, ?)")) {
        assertThat(ps).isSameAs(first);
        ps.setInt(1, 2);
        ps.setString(2, "二");
        ps.executeUpdate();
      }
      assertThat(values(c)).isEqualTo("一,二");
    }
  }

  @Test
  void a_nested_use_of_the_same_sql_gets_its_own_statement() throws SQLException {
    try (Connection real = memory(); CachedStatements cached = new CachedStatements(real)) {
      Connection c = cached.connection();
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO t(k, v) VALUES (?, ?)")) {
        for (int i = 1; i <= 3; i++) {
          ins.setInt(1, i);
          ins.setString(2, "v" + i);
          ins.addBatch();
        }
        ins.executeBatch();
      }
      StringBuilder seen = new StringBuilder();
      try (PreparedStatement outer = c.prepareStatement("SELECT v FROM t WHERE k >= ? ORDER BY k");) {
        outer.setInt(1, 1);
        try (ResultSet rs = outer.executeQuery()) {
          while (rs.next()) {
            try (PreparedStatement inner = c.prepareStatement("SELECT v FROM t WHERE k >= ? ORDER BY k")) {
              assertThat(inner).isNotSameAs(outer);
              inner.setInt(1, 3);
              try (ResultSet r2 = inner.executeQuery()) {
                r2.next();
                seen.append(rs.getString(1)).append(':').append(r2.getString(1)).append(' ');
              }
            }
          }
        }
      }
      assertThat(seen.toString().trim()).isEqualTo("v1:v3 v2:v3 v3:v3");
    }
  }

  @Test
  void closing_the_cache_closes_its_statements_but_not_the_connection() throws SQLException {
    try (Connection real = memory()) {
      CachedStatements cached = new CachedStatements(real);
      cached.connection().close(); // code it is handed to may close it: a no-op
      try (PreparedStatement ps = cached.connection().prepareStatement("SELECT COUNT(*) FROM t")) {
        assertThat(ps.isClosed()).isFalse();
      }
      cached.close();
      assertThat(real.isClosed()).isFalse();
      assertThat(values(real)).isEmpty();
    }
  }

  private static String values(Connection c) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (PreparedStatement ps = c.prepareStatement("SELECT v FROM t ORDER BY k"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        b.append(b.length() == 0 ? "" : ",").append(rs.getString(1));
      }
    }
    return b.toString();
  }
}
