package jiken.crawler.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the write-ahead log of a database into the database file on a thread of its own, so
 * that a committing writer mostly does not. SQLite's automatic checkpoint runs inside the
 * {@code COMMIT} that crosses its threshold: at 200,000 reports the index run's transactions spent
 * 55 s of the applying thread in commits, half of it the checkpoints' {@code fsync}s. This thread
 * runs a {@code PASSIVE} checkpoint every {@code intervalMillis}: it never blocks readers or the
 * writer and copies what has been committed. It cannot by itself let the log start afresh while a
 * writer commits back to back (the writer is always ahead of it), so {@link Database} keeps a far
 * higher automatic threshold on its connections: a commit crossing it finds the log copied but for
 * the last moments, and its checkpoint is short.
 *
 * <p>Durability is unchanged: with {@code synchronous=NORMAL} in WAL mode a commit is not synced
 * either way, and a checkpoint syncs the log before copying and the database after. If the process
 * dies, the log is still there and the next connection replays it. Thread-safe; {@link #close}
 * stops the thread, and the pool's last connection copies the rest of the log as it closes.
 */
final class WalCheckpointer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

  private final String url;
  private final long intervalMillis;
  private final Thread thread;
  private volatile boolean closed;
  /** Whether a failed checkpoint has been logged; read and written by the checkpointing thread only. */
  private boolean warned;

  /**
   * Starts checkpointing the database at {@code url} every {@code intervalMillis}.
   *
   * @throws IllegalArgumentException when the interval is not positive
   */
  WalCheckpointer(String url, long intervalMillis) {
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("interval must be positive: " + intervalMillis);
    }
    this.url = url;
    this.intervalMillis = intervalMillis;
    this.thread = new Thread(this::loop, "jiken-wal-checkpoint");
    thread.setDaemon(true); // a process that forgets to close the database still exits; the log is replayed on open
    thread.start();
  }

  private void loop() {
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA busy_timeout = 30000");
      }
      while (!closed) {
        try {
          TimeUnit.MILLISECONDS.sleep(intervalMillis);
        } catch (InterruptedException e) {
          if (closed) {
            break;
          }
          Thread.currentThread().interrupt();
          return;
        }
        try {
          checkpoint(c);
        } catch (SQLException e) {
          // e.g. locked out by a schema change for longer than the busy timeout: try again next time
          if (!warned) {
            warned = true;
            LOG.warn("a background WAL checkpoint of {} failed (logged once): {}", url, e.getMessage());
          }
        }
      }
    } catch (SQLException e) {
      // commits still succeed and checkpoint the log themselves once it is large (see Database)
      LOG.warn("background WAL checkpoints stopped for {}: {}", url, e.getMessage());
    }
  }

  private void checkpoint(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
      rs.next(); // busy, frames in the log, frames copied: nothing to do about either
    }
  }

  /** Stops the thread, waiting for a checkpoint under way. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(TimeUnit.MINUTES.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
