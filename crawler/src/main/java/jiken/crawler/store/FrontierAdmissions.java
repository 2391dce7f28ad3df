package jiken.crawler.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import jiken.crawler.fetch.HostKey;

/**
 * How URLs enter the frontier: a source's own URL at the start of each run ({@link #seed}) and
 * the links found in feeds, sitemaps and list pages ({@link #offer}). Each call is one committed
 * transaction. Times are epoch milliseconds. Thread-safe (SQLite serialises the writes).
 */
public final class FrontierAdmissions {
  private final Database db;

  FrontierAdmissions(Database db) {
    this.db = db;
  }

  /** Adds a source's entry URL, or makes it due now if known (keeping its validators). */
  public void seed(String url, String sourceId, FrontierKind kind, long now) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO frontier(url, host, source_id, kind, depth,"
          + " status, next_fetch_at, discovered_at) VALUES (?,?,?,?,0,'pending',?,?)"
          + " ON CONFLICT(url) DO UPDATE SET next_fetch_at = excluded.next_fetch_at,"
          + " source_id = excluded.source_id, kind = excluded.kind, depth = 0")) {
        ps.setString(1, url);
        ps.setString(2, HostKey.of(URI.create(url)));
        ps.setString(3, sourceId);
        ps.setString(4, kind.dbValue());
        ps.setLong(5, now);
        ps.setLong(6, now);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Offers a discovered URL. New URLs are inserted due now; known ones are left alone unless
   * {@code refreshBefore > 0}, in which case they are made due now when not fetched since
   * {@code refreshBefore} (list pages and child sitemaps of a changed parent). A {@code gone}
   * URL is never revived. Returns whether the URL was new.
   */
  public boolean offer(String url, String sourceId, FrontierKind kind, int depth, String hintTitle,
      LocalDate hintPublished, long now, long refreshBefore) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO frontier(url, host, source_id, kind, depth,"
          + " status, next_fetch_at, discovered_at, hint_title, hint_published) VALUES (?,?,?,?,?,'pending',?,?,?,?)"
          + " ON CONFLICT(url) DO NOTHING")) {
        ps.setString(1, url);
        ps.setString(2, HostKey.of(URI.create(url)));
        ps.setString(3, sourceId);
        ps.setString(4, kind.dbValue());
        ps.setInt(5, depth);
        ps.setLong(6, now);
        ps.setLong(7, now);
        ps.setString(8, hintTitle);
        ps.setString(9, hintPublished == null ? null : hintPublished.toString());
        if (ps.executeUpdate() > 0) {
          return true;
        }
      }
      if (refreshBefore > 0) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET next_fetch_at = ?, depth = MIN(depth, ?)"
            + " WHERE url = ? AND status <> 'gone' AND (last_fetched_at IS NULL OR last_fetched_at < ?)")) {
          ps.setLong(1, now);
          ps.setInt(2, depth);
          ps.setString(3, url);
          ps.setLong(4, refreshBefore);
          ps.executeUpdate();
        }
      }
      return false;
    });
  }
}
