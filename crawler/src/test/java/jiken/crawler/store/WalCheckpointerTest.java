package jiken.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-ahead log reaches the database file without a writer's commit doing it: the
 * connections of {@link Database} do not checkpoint, its {@link WalCheckpointer} does.
 */
class WalCheckpointerTest {
  @TempDir Path dir;

  @Test
  void committed_rows_reach_the_database_file_in_the_background() throws Exception {
    Path data = dir.resolve("data");
    try (Database db = Database.open(data)) {
      db.migrate("walcheck", List.of("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
      // 2 MB: below SQLite's own checkpoint threshold (1,000 pages), so only the background thread copies it
      db.inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes(body) VALUES(?)")) {
          for (int i = 0; i < 2_000; i++) {
            ps.setString(1, "お知らせ " + i + " " + "あ".repeat(300));
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return null;
      });
      assertThat(Files.size(data.resolve("jiken.db-wal"))).as("the commit went to the log").isGreaterThan(1_000_000);
      long deadline = System.nanoTime() + 20_000_000_000L;
      int inFile = -1;
      while (System.nanoTime() < deadline && inFile != 2_000) {
        Thread.sleep(200);
        inFile = rowsInFileAlone(data.resolve("jiken.db"));
      }
      assertThat(inFile).as("rows in jiken.db without its log").isEqualTo(2_000);
    }
    assertThat(data.resolve("jiken.db-wal")).as("the last connection removes the copied log").doesNotExist();
    assertThat(rowsInFileAlone(data.resolve("jiken.db"))).isEqualTo(2_000);
  }

  @Test
  void the_log_stays_bounded_while_a_writer_commits_back_to_back() throws Exception {
    Path data = dir.resolve("busy");
    long largest = 0;
    try (Database db = Database.open(data)) {
      db.migrate("walcheck", List.of("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
      String body = "続報 " + "い".repeat(2_000); // ~6 KB a row: 160 MB in all, 2.5 times the log's limit
      for (int t = 0; t < 800; t++) {
        db.inTransaction(c -> {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes(body) VALUES(?)")) {
            for (int i = 0; i < 33; i++) {
              ps.setString(1, body);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
        largest = Math.max(largest, Files.size(data.resolve("jiken.db-wal")));
      }
    }
    // the background thread alone is always behind such a writer: without the commits' own
    // checkpoint at 64 MiB the log grew with everything written
    assertThat(largest).as("largest log").isGreaterThan(8L << 20).isLessThan(96L << 20);
  }

  @Test
  void the_interval_must_be_positive() {
    assertThatThrownBy(() -> new WalCheckpointer("jdbc:sqlite:" + dir.resolve("x.db"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Rows of {@code notes} in a copy of the database file made without its log (-1 when not readable yet). */
  private int rowsInFileAlone(Path db) throws Exception {
    Path copy = dir.resolve("copy-" + System.nanoTime() + ".db");
    Files.copy(db, copy);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM notes")) {
      return rs.next() ? rs.getInt(1) : -1;
    } catch (SQLException e) {
      return -1; // the table is not in the file yet
    }
  }
}
