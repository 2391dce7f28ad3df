package jiken.crawler.store;

import static jiken.crawler.store.FrontierRows.bindAll;
import static jiken.crawler.store.FrontierRows.placeholders;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which frontier entries are due, for the crawl loop: the hosts to hand to workers, each host's
 * next batch, and when to wake up. Read-only.
 *
 * <p>Every query is limited to the sources of the current run and to entries not finished in that
 * run: an entry finished after {@code runStart} is not due again in the same run, whatever its
 * schedule says, so a short revisit interval or a re-offered list page cannot fetch it twice in
 * one run; pending entries and retries stay due.
 * Times are epoch milliseconds. Thread-safe.
 */
public final class FrontierSchedule {
  private static final String NOT_DONE_IN_RUN =
      " AND (status IN ('pending', 'retry') OR last_fetched_at IS NULL OR last_fetched_at < ?)";

  private final Database db;

  FrontierSchedule(Database db) {
    this.db = db;
  }

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

  /**
   * Up to {@code limit} due entries of one host: feeds, sitemaps and lists first (they discover
   * the articles), then by due time, then by URL so the order is stable.
   */
  public List<FrontierEntry> due(String host, Collection<String> sourceIds, long now, long runStart, int limit) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + FrontierRows.COLUMNS + " FROM frontier"
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
            out.add(FrontierRows.map(rs));
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

  /** Number of entries of the given sources due at {@code now} (the progress line's {@code queued=}). */
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
}
