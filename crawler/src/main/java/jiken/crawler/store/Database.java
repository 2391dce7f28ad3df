package jiken.crawler.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * The one SQLite database of a Jiken data directory ({@code DATA_DIR/jiken.db}).
 *
 * <p>Opened in WAL mode with a busy timeout, so readers never block the single writer and a
 * writer waits instead of failing with {@code SQLITE_BUSY}. Pragmas are set through driver
 * properties, not SQL: sqlite-jdbc silently runs only the first statement of a multi-statement
 * string. Write transactions start {@code IMMEDIATE} to avoid lock-upgrade deadlocks.
 *
 * <p>Each module owns its tables and migrates them itself with {@link #migrate(String, List)};
 * versions are kept per module in {@code schema_version}. Thread-safe.
 */
public final class Database implements AutoCloseable {
  /** How often the log is copied into the database ({@link WalCheckpointer}). */
  private static final long CHECKPOINT_INTERVAL_MS = 1_000;

  private final HikariDataSource dataSource;
  private final Path file;
  private final WalCheckpointer checkpointer;

  private Database(Path file, HikariDataSource dataSource, WalCheckpointer checkpointer) {
    this.file = file;
    this.dataSource = dataSource;
    this.checkpointer = checkpointer;
  }

  /** Opens (creating if needed) {@code dataDir/jiken.db}. */
  public static Database open(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
    }
    Path file = dataDir.resolve("jiken.db").toAbsolutePath();
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl("jdbc:sqlite:" + file);
    hc.addDataSourceProperty("journal_mode", "WAL");
    hc.addDataSourceProperty("busy_timeout", "30000");
    hc.addDataSourceProperty("foreign_keys", "true");
    hc.addDataSourceProperty("synchronous", "NORMAL");
    // 64 MiB of page cache per connection (SQLite's default is 2 MiB): at a million documents the
    // index pages that batch inserts touch at random (cases by id, facts by kind and value) no
    // longer fit the default, and every miss is a read from the OS
    hc.addDataSourceProperty("cache_size", "-65536");
    hc.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    // The log is copied into the database on a thread of its own (WalCheckpointer), not inside the
    // commit that crosses SQLite's threshold of 1,000 pages. A commit still checkpoints once the log
    // holds 16,384 pages (64 MiB): by then the thread has copied all but the last second of it, and
    // only a checkpoint between a writer's transactions lets the next one start the log afresh
    // (without it the log of a 200,000-report index run grew to 8 GB). The file is cut back to
    // 64 MiB when it starts afresh.
    hc.addDataSourceProperty("wal_autocheckpoint", "16384");
    hc.addDataSourceProperty("journal_size_limit", Long.toString(64L << 20));
    hc.setMaximumPoolSize(4);
    hc.setMinimumIdle(1);
    hc.setPoolName("jiken-sqlite");
    HikariDataSource dataSource = new HikariDataSource(hc); // creates the file in WAL mode before the checkpointer opens it
    return new Database(file, dataSource, new WalCheckpointer(hc.getJdbcUrl(), CHECKPOINT_INTERVAL_MS));
  }

  public Path file() {
    return file;
  }

  /** A pooled connection in auto-commit mode; the caller closes it. */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** Runs {@code work} in one transaction, committing on success and rolling back on failure. */
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** Runs {@code work} on a connection outside an explicit transaction (for reads). */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = connection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /**
   * Applies the migration steps of {@code module} that have not run yet. Step {@code i} (0-based)
   * brings the module to version {@code i + 1}; steps are single SQL statements and are never
   * edited once shipped, only appended.
   */
  public void migrate(String module, List<String> steps) {
    inTransaction(c -> {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS schema_version (module TEXT PRIMARY KEY, version INTEGER NOT NULL)");
      }
      int current = 0;
      try (PreparedStatement ps = c.prepareStatement("SELECT version FROM schema_version WHERE module = ?")) {
        ps.setString(1, module);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            current = rs.getInt(1);
          }
        }
      }
      for (int i = current; i < steps.size(); i++) {
        try (Statement st = c.createStatement()) {
          st.execute(steps.get(i));
        }
      }
      if (steps.size() > current) {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO schema_version(module, version) VALUES(?, ?) "
                + "ON CONFLICT(module) DO UPDATE SET version = excluded.version")) {
          ps.setString(1, module);
          ps.setInt(2, steps.size());
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  @Override
  public void close() {
    checkpointer.close();
    dataSource.close();
  }

  /** A unit of JDBC work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }
}
