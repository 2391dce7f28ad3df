package jiken.crawler.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The URL frontier in SQLite ({@code frontier} table, see {@link CrawlerSchema}). It owns the
 * table and hands each part of the crawl the narrow view it needs: {@link #admissions()} (seeding
 * and discovered links), {@link #schedule()} (what is due) and {@link #outcomes()} (what a fetch
 * did). Each of those commits every change on its own, which is what makes a killed crawl
 * resumable. Thread-safe.
 */
public final class Frontier {
  private final Database db;
  private final FrontierAdmissions admissions;
  private final FrontierSchedule schedule;
  private final FrontierOutcomes outcomes;

  /** Opens the frontier, creating or migrating the crawler's tables first. */
  public Frontier(Database db) {
    this.db = db;
    CrawlerSchema.migrate(db);
    this.admissions = new FrontierAdmissions(db);
    this.schedule = new FrontierSchedule(db);
    this.outcomes = new FrontierOutcomes(db);
  }

  /** Seeding sources and offering discovered URLs. */
  public FrontierAdmissions admissions() {
    return admissions;
  }

  /** Due hosts, due batches and the next wake-up time of a run. */
  public FrontierSchedule schedule() {
    return schedule;
  }

  /** Recording fetch outcomes and backing off from hosts. */
  public FrontierOutcomes outcomes() {
    return outcomes;
  }

  /** The entry for a URL, or {@code null}. */
  public FrontierEntry get(String url) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + FrontierRows.COLUMNS + " FROM frontier WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? FrontierRows.map(rs) : null;
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
}
