package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import jiken.crawler.store.Database;
import jiken.indexer.index.CaseIndex;

/**
 * Editors' changes to cases: tags, links, fact corrections, merges and splits, and their undo.
 * Each change runs in one SQLite transaction, then the touched cases are re-assembled and their
 * Lucene documents updated. Everything an editor sets survives re-indexing: editor tags and links
 * are {@code source = 'editor'} rows, removed automatic tags and corrections are applied whenever
 * a case is assembled ({@link EditorialOverrides}), and moved articles are pinned to their case.
 *
 * <p>Misuse gets {@link IllegalArgumentException} (bad tag, field, kind…) or
 * {@link NoSuchElementException} (unknown case, tag or article). Case ids are taken literally:
 * callers resolve merge redirects first. Thread-safe: changes are serialised.
 */
public final class Editorial {
  private static final Pattern BAD_TAG = Pattern.compile("[\\p{Cntrl}/\\\\?#%<>\"]");
  public static final int MAX_TAG = 40;

  private final Database db;
  private final CaseIndex index;
  private final EditorialRebuild rebuild;
  private final EditorialMerge merges;
  private final EditorialSplit splits;
  /** The journal of the {@link #journalled} call in progress; guarded by {@code this}. */
  private Journal journal;

  public Editorial(Database db, CaseIndex index) {
    EditorialSchema.migrate(db);
    this.db = db;
    this.index = index;
    this.rebuild = new EditorialRebuild(db);
    this.merges = new EditorialMerge(rebuild);
    this.splits = new EditorialSplit(rebuild);
  }

  /** A tag as stored: NFKC, trimmed, inner whitespace collapsed; 1-40 characters, no {@code / ? # % < > "}. */
  public static String normaliseTag(String raw) {
    String t = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    if (t.isEmpty() || t.length() > MAX_TAG || BAD_TAG.matcher(t).find()) {
      throw new IllegalArgumentException("a tag is 1-" + MAX_TAG + " characters without / \\ ? # % < > \" or control characters");
    }
    return t;
  }

  public synchronized EditorialChange addTag(String caseId, String rawTag) {
    String tag = normaliseTag(rawTag);
    return change(List.of(caseId), c -> {
      requireCase(c, caseId);
      Map<String, Object> before = EditorialRows.tagState(c, caseId, tag);
      EditorialRows.setTagState(c, caseId, tag, "editor", false);
      return new EditorialChange(EditorialChange.TAG_ADD, caseId, before, EditorialRows.tagState(c, caseId, tag));
    });
  }

  public synchronized EditorialChange removeTag(String caseId, String rawTag) {
    String tag = normaliseTag(rawTag);
    return change(List.of(caseId), c -> {
      requireCase(c, caseId);
      Map<String, Object> before = EditorialRows.tagState(c, caseId, tag);
      if (before.get("source") == null) {
        throw new NoSuchElementException("the case has no tag " + tag);
      }
      EditorialRows.setTagState(c, caseId, tag, null, true);
      return new EditorialChange(EditorialChange.TAG_REMOVE, caseId, before, EditorialRows.tagState(c, caseId, tag));
    });
  }

  /** Links two cases; for {@code vendor_of}, {@code from} is the vendor's case and {@code to} the victim's. */
  public synchronized EditorialChange link(String from, String to, String kind, String reason) {
    if (!CaseLink.RELATED.equals(kind) && !CaseLink.VENDOR_OF.equals(kind)) {
      throw new IllegalArgumentException("kind must be related or vendor_of");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("a case cannot be linked to itself");
    }
    String why = reason == null || reason.isBlank() ? "編集部による関連付け" : reason.strip();
    if (why.length() > 300) {
      throw new IllegalArgumentException("reason must be at most 300 characters");
    }
    return change(List.of(), c -> {
      requireCase(c, from);
      requireCase(c, to);
      Map<String, Object> before = linkKey(from, to, kind);
      before.put("existing", EditorialRows.link(c, from, to, kind));
      EditorialRows.putLink(c, from, to, kind, why, "", "editor");
      Map<String, Object> after = linkKey(from, to, kind);
      after.put("existing", EditorialRows.link(c, from, to, kind));
      return new EditorialChange(EditorialChange.LINK, from, before, after);
    });
  }

  /** Corrects one fact; see {@link EditorialOverrides} for the fields. */
  public synchronized EditorialChange correct(String caseId, String field, String key, String value) {
    EditorialOverrides.validate(field, key, value);
    String k = EditorialOverrides.ROLE.equals(field) ? key.strip() : "";
    String stored = EditorialOverrides.COUNT.equals(field) ? EditorialOverrides.countValue(value) : value.strip();
    return change(List.of(caseId), c -> {
      CaseRecord r = requireCase(c, caseId);
      if (!k.isEmpty() && r.organizations().stream().noneMatch(o -> EditorialOverrides.names(o, k))) {
        throw new NoSuchElementException("the case names no organisation " + k);
      }
      Map<String, Object> before = override(field, k, EditorialRows.override(c, caseId, field, k));
      EditorialRows.setOverride(c, caseId, field, k, stored);
      return new EditorialChange(EditorialChange.CORRECT, caseId, before, override(field, k, stored));
    });
  }

  /** Moves one article out of {@code caseId} into a new case; the change's {@code after.new_case} is its id. */
  public synchronized EditorialChange split(String caseId, long documentId) {
    EditorialChange[] out = new EditorialChange[1];
    change(List.of(), c -> out[0] = splits.split(c, caseId, documentId));
    rebuild.sync(index, List.of(caseId, (String) out[0].after().get("new_case")));
    return out[0];
  }

  /** Merges {@code absorbed} into {@code survivor}: its articles and editorial state move, its id redirects. */
  public synchronized EditorialChange merge(String survivor, String absorbed) {
    EditorialChange ch = change(List.of(), c -> merges.merge(c, survivor, absorbed));
    rebuild.sync(index, List.of(survivor, absorbed));
    return ch;
  }

  /** Undoes a change recorded earlier; returns the change the undo made ({@code action = revert}). */
  public synchronized EditorialChange revert(EditorialChange done) {
    EditorialReverter undo = new EditorialReverter(rebuild, merges, splits);
    EditorialChange ch = change(List.of(), c -> undo.revert(c, done));
    rebuild.sync(index, undo.touched(done));
    return ch;
  }

  /**
   * Runs {@code edit}, a call of one of this class's change methods, with {@code journal} called
   * inside that change's SQLite transaction, after the change itself: the change and its record
   * (the audit entry) commit together or not at all, so a crash cannot leave an unlogged change or
   * a logged change that did not happen. A journal that throws rolls the change back. The Lucene
   * update follows the commit, as for every change; the case stays marked dirty until it is done.
   */
  public synchronized EditorialChange journalled(Journal journal, java.util.function.Supplier<EditorialChange> edit) {
    // the change methods are synchronized too: holding this monitor, only this thread's nested call sees the field
    this.journal = journal;
    try {
      return edit.get();
    } finally {
      this.journal = null;
    }
  }

  /**
   * Finishes Lucene updates that a crash cut short: every case still marked dirty is written to
   * the index (or deleted from it when its record is gone), and so is every id that redirects to
   * another case, since a merge deletes the absorbed case's row in SQLite before its Lucene
   * document goes. Idempotent; cheap when there is nothing to do. Returns the ids it synced.
   */
  public synchronized List<String> syncPending() {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(rebuild.cases().dirty());
    ids.addAll(db.read(c -> {
      List<String> out = new java.util.ArrayList<>();
      try (java.sql.PreparedStatement ps = c.prepareStatement(
          "SELECT old_id FROM case_redirects WHERE old_id NOT IN (SELECT id FROM cases)");
          java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }));
    if (!ids.isEmpty()) {
      rebuild.sync(index, ids);
    }
    return List.copyOf(ids);
  }

  private EditorialChange change(List<String> rebuildIds, Work work) {
    Journal j = journal;
    EditorialChange ch = db.inTransaction(c -> {
      EditorialChange r = work.run(c);
      for (String id : rebuildIds) {
        rebuild.rebuild(c, id);
      }
      if (j != null) {
        j.record(c, r);
      }
      return r;
    });
    if (!rebuildIds.isEmpty()) {
      rebuild.sync(index, rebuildIds);
    }
    return ch;
  }

  private CaseRecord requireCase(Connection c, String caseId) throws SQLException {
    return rebuild.require(c, caseId);
  }

  static Map<String, Object> linkKey(String from, String to, String kind) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", from);
    m.put("to", to);
    m.put("kind", kind);
    return m;
  }

  static Map<String, Object> override(String field, String key, String value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", field);
    m.put("key", key);
    m.put("value", value);
    return m;
  }

  /** Records a change inside its transaction (the audit log); throwing rolls the change back. */
  @FunctionalInterface
  public interface Journal {
    void record(Connection c, EditorialChange change) throws SQLException;
  }

  /** A unit of work in the change's transaction. */
  @FunctionalInterface
  private interface Work {
    EditorialChange run(Connection c) throws SQLException;
  }
}
