package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import jiken.crawler.store.Database;

/**
 * The indexer's editorial tables, migrated as their own module ({@value #MODULE}) so the
 * extraction schema in {@link IndexerSchema} stays untouched. Steps are append-only once shipped.
 *
 * <ul>
 *   <li>{@code editorial_overrides}: fact corrections (field, key, value) applied every time a case
 *       is assembled, so they survive re-indexing;</li>
 *   <li>{@code editorial_tag_removals}: automatic tags an editor removed; the indexer would add
 *       them back otherwise;</li>
 *   <li>{@code editorial_pins}: documents an editor placed in a case (merge, split); the grouper
 *       is not asked again when such a document is re-crawled.</li>
 * </ul>
 */
final class EditorialSchema {
  static final String MODULE = "indexer-editorial";

  static final List<String> STEPS = List.of(
      "CREATE TABLE editorial_overrides (case_id TEXT NOT NULL, field TEXT NOT NULL, key TEXT NOT NULL,"
          + " value TEXT NOT NULL, PRIMARY KEY (case_id, field, key))",
      "CREATE TABLE editorial_tag_removals (case_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (case_id, tag))",
      "CREATE TABLE editorial_pins (document_id INTEGER PRIMARY KEY, case_id TEXT NOT NULL)");

  private EditorialSchema() {}

  static void migrate(Database db) {
    db.migrate(MODULE, STEPS);
  }

  /**
   * Whether the tables exist on this connection. The indexer's hooks run inside its own
   * transaction on databases that may never have seen an editor; they must not migrate there.
   */
  static boolean present(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'editorial_pins'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }
}
