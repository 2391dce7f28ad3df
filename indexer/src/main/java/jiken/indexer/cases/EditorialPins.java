package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The index run's view of editor-placed articles: a document an editor merged or split into a
 * case stays there when it is re-crawled, instead of being regrouped. Stateless.
 */
final class EditorialPins {
  private EditorialPins() {}

  /** The case an editor placed {@code documentId} in, if that case still exists; else null. */
  static String pinned(Connection c, long documentId) throws SQLException {
    if (!EditorialSchema.present(c)) {
      return null;
    }
    return EditorialRows.one(c, "SELECT p.case_id FROM editorial_pins p JOIN cases k ON k.id = p.case_id"
        + " WHERE p.document_id = ?", documentId);
  }
}
