package jiken.crawler.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The mapping between {@link CrawledDocument} and a {@code documents} row, kept apart from the
 * queries in {@link DocumentStore} so the column order lives in one place. Dates are ISO strings;
 * tags are one text column joined by newlines. Stateless.
 */
final class DocumentRows {
  /** The columns {@link #map} reads, in a {@code SELECT} list. */
  static final String COLUMNS = "id, seq, url, canonical_url, source_id, fetched_at, http_status, charset, title,"
      + " published, body, content_hash, simhash, duplicate_of, tags";

  /** The columns {@link #bind} writes, in parameter order. */
  static final String WRITE_COLUMNS = "seq, url, canonical_url, source_id, fetched_at,"
      + " http_status, charset, title, published, body, content_hash, simhash, duplicate_of, tags";

  /** How many parameters {@link #bind} sets. */
  static final int WRITE_PARAMETERS = 14;

  private DocumentRows() {}

  /** Binds {@code seq} and every field but the id to parameters 1 to {@link #WRITE_PARAMETERS}. */
  static void bind(PreparedStatement ps, long seq, CrawledDocument d) throws SQLException {
    ps.setLong(1, seq);
    ps.setString(2, d.url());
    ps.setString(3, d.canonicalUrl());
    ps.setString(4, d.sourceId());
    ps.setString(5, d.fetchedAt().toString());
    ps.setInt(6, d.httpStatus());
    ps.setString(7, d.charset());
    ps.setString(8, d.title());
    if (d.published() == null) {
      ps.setNull(9, Types.VARCHAR);
    } else {
      ps.setString(9, d.published().toString());
    }
    ps.setString(10, d.text());
    ps.setString(11, d.contentHash());
    ps.setLong(12, d.simhash());
    if (d.duplicateOf() == null) {
      ps.setNull(13, Types.INTEGER);
    } else {
      ps.setLong(13, d.duplicateOf());
    }
    ps.setString(14, String.join("\n", d.tags()));
  }

  /** The document on the current row of a result selecting {@link #COLUMNS}. */
  static CrawledDocument map(ResultSet rs) throws SQLException {
    String published = rs.getString("published");
    long dup = rs.getLong("duplicate_of");
    Long duplicateOf = rs.wasNull() ? null : dup;
    String tags = rs.getString("tags");
    return new CrawledDocument(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("canonical_url"),
        rs.getString("source_id"),
        Instant.parse(rs.getString("fetched_at")),
        rs.getInt("http_status"),
        rs.getString("charset"),
        rs.getString("title"),
        published == null ? null : LocalDate.parse(published),
        rs.getString("body"),
        rs.getString("content_hash"),
        rs.getLong("simhash"),
        duplicateOf,
        tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")));
  }
}
