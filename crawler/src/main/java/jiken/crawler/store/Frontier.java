package jiken.crawler.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jiken.crawler.fetch.HostKey;

/**
 * The URL frontier in SQLite ({@code frontier} table). Every state change is one committed
 * statement, so a crawl killed at any moment resumes where it stopped: a URL being fetched when
 * the process died is still due and is fetched again, and documents are upserted by canonical URL,
 * so the rerun neither duplicates nor loses anything. Times are epoch milliseconds. Thread-safe.
 */
public final class Frontier {
  private static final String COLUMNS = "url, host, source_id, kind, depth, etag, last_modified, status,"
      + " failures, hint_title, hint_published";

  private final Database db;

  public Frontier(Database db) {
    this.db = db;
    CrawlerSchema.migrate(db);
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
   * {@code refreshBefore} (list pages and child sitemaps of a changed parent). Returns whether
   * the URL was new.
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

  /**
   * A URL finished in the current run (started at {@code runStart}) is not due again in that
   * run, whatever its schedule says; only pending ones and retries are.
   */
  private static final String NOT_DONE_IN_RUN =
      " AND (status IN ('pending', 'retry') OR last_fetched_at IS NULL OR last_fetched_at < ?)";

  /** Hosts with entries of the given sources due at {@code now} in a run started at {@code runStart}. */
  public List<String> dueHosts(Collection<String> sourceIds, long now, long runStart) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT host FROM frontier"
          + " WHERE next_fetch_at <= ?" + NOT_DONE_IN_RUN + " AND source_id IN (" + placeholders(sourceIds.size()) + ")")) {
        ps.setLong(1, now);
        ps.setLong(2, runStart);
        bindAll(ps, 3, sourceIds);
        List<String> hosts = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            hosts.add(rs.getString(1));
          }
        }
        return hosts;
      }
    });
  }

  /** Up to {@code limit} due entries of one host: feeds, sitemaps and lists first, then by due time. */
  public List<FrontierEntry> due(String host, Collection<String> sourceIds, long now, long runStart, int limit) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM frontier"
          + " WHERE host = ? AND next_fetch_at <= ?" + NOT_DONE_IN_RUN
          + " AND source_id IN (" + placeholders(sourceIds.size()) + ")"
          + " ORDER BY CASE kind WHEN 'article' THEN 1 ELSE 0 END, next_fetch_at, url LIMIT ?")) {
        ps.setString(1, host);
        ps.setLong(2, now);
        ps.setLong(3, runStart);
        int i = bindAll(ps, 4, sourceIds);
        ps.setInt(i, limit);
        List<FrontierEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(map(rs));
          }
        }
        return out;
      }
    });
  }

  /** The earliest scheduled fetch of the given sources, or {@code null} when nothing is scheduled. */
  public Long earliestDue(Collection<String> sourceIds, long runStart) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT MIN(next_fetch_at) FROM frontier"
          + " WHERE next_fetch_at IS NOT NULL" + NOT_DONE_IN_RUN
          + " AND source_id IN (" + placeholders(sourceIds.size()) + ")")) {
        ps.setLong(1, runStart);
        bindAll(ps, 2, sourceIds);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long v = rs.getLong(1);
          return rs.wasNull() ? null : v;
        }
      }
    });
  }

  /**
   * Records a finished fetch: resets failures; validators are replaced only when non-null
   * ({@code keepValidators} keeps the stored ones, e.g. after a 304). {@code nextFetchAt} null
   * means never.
   */
  public void complete(String url, String status, int httpStatus, String etag, String lastModified,
      boolean keepValidators, Long nextFetchAt, long now) {
    db.inTransaction(c -> {
      String validators = keepValidators ? "" : ", etag = ?, last_modified = ?";
      try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET status = ?, http_status = ?,"
          + " failures = 0, next_fetch_at = ?, last_fetched_at = ?, last_error = NULL" + validators
          + " WHERE url = ?")) {
        int i = 1;
        ps.setString(i++, status);
        ps.setInt(i++, httpStatus);
        setLong(ps, i++, nextFetchAt);
        ps.setLong(i++, now);
        if (!keepValidators) {
          ps.setString(i++, etag);
          ps.setString(i++, lastModified);
        }
        ps.setString(i, url);
        return ps.executeUpdate();
      }
    });
  }

  /** Records a failed attempt: increments failures and schedules the next attempt. */
  public void fail(String url, String status, int httpStatus, String error, Long nextFetchAt, long now) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET status = ?, http_status = ?,"
          + " failures = failures + 1, next_fetch_at = ?, last_fetched_at = ?, last_error = ? WHERE url = ?")) {
        ps.setString(1, status);
        ps.setInt(2, httpStatus);
        setLong(ps, 3, nextFetchAt);
        ps.setLong(4, now);
        ps.setString(5, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
        ps.setString(6, url);
        return ps.executeUpdate();
      }
    });
  }

  /** Moves an entry's next fetch without counting a failure (host deferred, politeness). */
  public void reschedule(String url, long nextFetchAt) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET next_fetch_at = ? WHERE url = ?")) {
        ps.setLong(1, nextFetchAt);
        ps.setString(2, url);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Pushes every entry of a host scheduled before {@code until} to {@code until}: used when the
   * host asks us to go away (Retry-After) or its robots.txt is unreachable.
   */
  public void postponeHost(String host, long until) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET next_fetch_at = ?"
          + " WHERE host = ? AND next_fetch_at IS NOT NULL AND next_fetch_at < ?")) {
        ps.setLong(1, until);
        ps.setString(2, host);
        ps.setLong(3, until);
        return ps.executeUpdate();
      }
    });
  }

  /** The entry for a URL, or {@code null}. */
  public FrontierEntry get(String url) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM frontier WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? map(rs) : null;
        }
      }
    });
  }

  /** Number of entries (all sources). */
  public long size() {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM frontier"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** Number of entries of the given sources due at {@code now}. */
  public long countDue(Collection<String> sourceIds, long now, long runStart) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM frontier WHERE next_fetch_at <= ?"
          + NOT_DONE_IN_RUN + " AND source_id IN (" + placeholders(sourceIds.size()) + ")")) {
        ps.setLong(1, now);
        ps.setLong(2, runStart);
        bindAll(ps, 3, sourceIds);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  private static FrontierEntry map(ResultSet rs) throws SQLException {
    String hp = rs.getString("hint_published");
    return new FrontierEntry(rs.getString("url"), rs.getString("host"), rs.getString("source_id"),
        FrontierKind.fromDb(rs.getString("kind")), rs.getInt("depth"), rs.getString("etag"),
        rs.getString("last_modified"), rs.getString("status"), rs.getInt("failures"),
        rs.getString("hint_title"), hp == null ? null : LocalDate.parse(hp));
  }

  private static String placeholders(int n) {
    if (n == 0) {
      return "NULL";
    }
    return "?" + ",?".repeat(n - 1);
  }

  private static int bindAll(PreparedStatement ps, int start, Collection<String> values) throws SQLException {
    int i = start;
    for (String v : values) {
      ps.setString(i++, v);
    }
    return i;
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setLong(i, v);
    }
  }
}
