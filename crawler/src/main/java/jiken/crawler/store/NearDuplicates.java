package jiken.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Near-duplicate lookup over stored SimHashes ({@code document_simhash} table). The 64-bit hash
 * is split into four 16-bit bands; by pigeonhole, two hashes within Hamming distance 3 agree on
 * at least one band, so an indexed band lookup finds every candidate without scanning all
 * documents. Only documents of <em>another</em> source count (a site republishing its own story
 * is an update, not a duplicate), and matches point at the original, not at another duplicate.
 */
public final class NearDuplicates {
  /** Two texts within this many differing SimHash bits are the same story. */
  public static final int MAX_DISTANCE = 3;
  /** Shorter texts give unstable hashes; they are never marked. */
  public static final int MIN_TEXT_LENGTH = 100;

  private NearDuplicates() {}

  /** The id of an earlier original from another source, or {@code null}. */
  public static Long findOriginal(Connection c, long simhash, String sourceId, String canonicalUrl)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.simhash FROM document_simhash s"
        + " JOIN documents d ON d.id = s.doc_id WHERE (s.b0 = ? OR s.b1 = ? OR s.b2 = ? OR s.b3 = ?)"
        + " AND d.source_id <> ? AND d.canonical_url <> ? AND d.duplicate_of IS NULL ORDER BY d.id LIMIT 200")) {
      for (int b = 0; b < 4; b++) {
        ps.setInt(b + 1, band(simhash, b));
      }
      ps.setString(5, sourceId);
      ps.setString(6, canonicalUrl);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (TextFingerprints.hammingDistance(simhash, rs.getLong(2)) <= MAX_DISTANCE) {
            return rs.getLong(1);
          }
        }
      }
    }
    return null;
  }

  /** Stores (or replaces) a document's bands. */
  public static void record(Connection c, long docId, long simhash) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_simhash(doc_id, b0, b1, b2, b3)"
        + " VALUES (?,?,?,?,?) ON CONFLICT(doc_id) DO UPDATE SET b0 = excluded.b0, b1 = excluded.b1,"
        + " b2 = excluded.b2, b3 = excluded.b3")) {
      ps.setLong(1, docId);
      for (int b = 0; b < 4; b++) {
        ps.setInt(b + 2, band(simhash, b));
      }
      ps.executeUpdate();
    }
  }

  static int band(long simhash, int b) {
    return (int) ((simhash >>> (16 * b)) & 0xffffL);
  }
}
