package jiken.web.pages;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import jiken.crawler.store.Database;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.CaseStore;

/**
 * Tags and their cases, read straight from the indexer's {@code case_tags} table (read only), so a
 * tag a writer has just added shows on the tag page before the search index catches up. Only tags
 * of live cases count. Thread-safe.
 */
public final class TagStore {
  private final Database db;
  private final CaseStore cases;

  public TagStore(Database db, CaseStore cases) {
    this.db = db;
    this.cases = cases;
  }

  /** A tag and the number of cases that carry it. */
  public record TagCount(String tag, long count) {}

  /** Every tag, most used first. */
  public List<TagCount> all() {
    return db.read(c -> {
      List<TagCount> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT t.tag, COUNT(DISTINCT t.case_id) FROM case_tags t"
          + " JOIN cases k ON k.id = t.case_id GROUP BY t.tag ORDER BY 2 DESC, 1");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new TagCount(rs.getString(1), rs.getLong(2)));
        }
      }
      return out;
    });
  }

  /** How many live cases carry {@code tag}. */
  public long count(String tag) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT t.case_id) FROM case_tags t"
          + " JOIN cases k ON k.id = t.case_id WHERE t.tag = ?")) {
        ps.setString(1, tag);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) : 0L;
        }
      }
    });
  }

  /** One page of the cases with {@code tag}, newest anchor date first. */
  public List<CaseRecord> cases(String tag, int offset, int limit) {
    List<String> ids = db.read(c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT k.id, k.anchor_date FROM case_tags t"
          + " JOIN cases k ON k.id = t.case_id WHERE t.tag = ? ORDER BY k.anchor_date DESC, k.id LIMIT ? OFFSET ?")) {
        ps.setString(1, tag);
        ps.setInt(2, limit);
        ps.setInt(3, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
    return ids.stream().map(cases::get).flatMap(java.util.Optional::stream).toList();
  }
}
