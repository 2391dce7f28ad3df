package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes one recorded {@link EditorialChange} by restoring its {@code before} state. Later
 * changes to the same tag, link or field are overwritten (the undo restores what the change
 * replaced); merges and splits undo only what they moved. A revert itself cannot be reverted:
 * make the change again instead. Runs inside the caller's transaction.
 */
final class EditorialReverter {
  private final EditorialRebuild rebuild;
  private final EditorialMerge merges;
  private final EditorialSplit splits;

  EditorialReverter(EditorialRebuild rebuild, EditorialMerge merges, EditorialSplit splits) {
    this.rebuild = rebuild;
    this.merges = merges;
    this.splits = splits;
  }

  EditorialChange revert(Connection c, EditorialChange done) throws SQLException {
    Map<String, Object> b = done.before();
    switch (done.action()) {
      case EditorialChange.TAG_ADD, EditorialChange.TAG_REMOVE -> {
        rebuild.require(c, done.caseId());
        EditorialRows.setTagState(c, done.caseId(), (String) b.get("tag"), (String) b.get("source"),
            Boolean.TRUE.equals(b.get("removed")));
        rebuild.rebuild(c, done.caseId());
      }
      case EditorialChange.LINK -> {
        @SuppressWarnings("unchecked")
        Map<String, Object> old = (Map<String, Object>) b.get("existing");
        String from = (String) b.get("from");
        String to = (String) b.get("to");
        String kind = (String) b.get("kind");
        if (old == null) {
          EditorialRows.deleteLink(c, from, to, kind);
        } else {
          EditorialRows.putLink(c, from, to, kind, (String) old.get("reason"), (String) old.get("evidence"),
              (String) old.get("source"));
        }
      }
      case EditorialChange.CORRECT -> {
        rebuild.require(c, done.caseId());
        EditorialRows.setOverride(c, done.caseId(), (String) b.get("field"), (String) b.get("key"), (String) b.get("value"));
        rebuild.rebuild(c, done.caseId());
      }
      case EditorialChange.MERGE -> merges.revert(c, b, done.after());
      case EditorialChange.SPLIT -> splits.revert(c, b, done.after());
      default -> throw new IllegalArgumentException("a " + done.action() + " cannot be reverted");
    }
    Map<String, Object> now = new LinkedHashMap<>(done.before());
    now.put("reverted_action", done.action());
    return new EditorialChange(EditorialChange.REVERT, done.caseId(), done.after(), now);
  }

  /** The cases whose Lucene documents an undo of {@code done} changes. */
  List<String> touched(EditorialChange done) {
    return switch (done.action()) {
      case EditorialChange.MERGE -> EditorialMerge.touched(done);
      case EditorialChange.SPLIT -> EditorialSplit.touched(done);
      case EditorialChange.LINK -> List.of();
      default -> List.of(done.caseId());
    };
  }
}
