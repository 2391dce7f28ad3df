package jiken.crawler.store;

import java.sql.PreparedStatement;

/**
 * Records what happened to a fetched frontier entry and when it is due next. Every call is one
 * committed statement, so a crawl killed at any moment resumes where it stopped: a URL being
 * fetched when the process died has no outcome yet, is still due and is fetched again. The state
 * machine deciding which outcome to record lives in the caller ({@code UrlWorker}). Times are
 * epoch milliseconds; a {@code null} next fetch means never. Thread-safe.
 */
public final class FrontierOutcomes {
  /** Longer errors are cut: the column is for a human reading the frontier, not for a stack trace. */
  static final int MAX_ERROR_LENGTH = 500;

  private final Database db;

  FrontierOutcomes(Database db) {
    this.db = db;
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
        FrontierRows.setNullableLong(ps, i++, nextFetchAt);
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
        FrontierRows.setNullableLong(ps, 3, nextFetchAt);
        ps.setLong(4, now);
        ps.setString(5, error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH));
        ps.setString(6, url);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Pushes every entry of a host scheduled before {@code until} to {@code until}: used when the
   * host asks us to go away (Retry-After) or its robots.txt is unreachable. Entries never due
   * again (null) stay so.
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
}
