package jiken.web.tags;

import java.util.function.Supplier;
import jiken.indexer.cases.Editorial;
import jiken.indexer.cases.EditorialChange;
import jiken.web.audit.AuditEntry;
import jiken.web.audit.AuditLog;
import jiken.web.auth.UserStore;

/**
 * Editorial changes made on behalf of a user, each recorded in the audit log. The change commits
 * first and is logged right after; a crash in between would leave one change unlogged, never a
 * logged change that did not happen. Thread-safe.
 */
public final class Writer {
  private final Editorial editorial;
  private final AuditLog audit;

  public Writer(Editorial editorial, AuditLog audit) {
    this.editorial = editorial;
    this.audit = audit;
  }

  public Editorial editorial() {
    return editorial;
  }

  public AuditLog audit() {
    return audit;
  }

  /** Runs one change for {@code user} and logs it. */
  public EditorialChange apply(UserStore.User user, Supplier<EditorialChange> change) {
    EditorialChange done = change.get();
    audit.record(user.name(), done);
    return done;
  }

  /** Undoes audit entry {@code id} for an admin; the undo is logged and marked on the entry. */
  public EditorialChange revert(UserStore.User admin, long id) {
    synchronized (this) { // one revert of the same entry at a time
      AuditEntry entry = audit.get(id).orElseThrow(() -> new java.util.NoSuchElementException("no such audit entry: " + id));
      if (!entry.revertible()) {
        throw new IllegalArgumentException("entry " + id + " cannot be reverted (already reverted, or a revert itself)");
      }
      EditorialChange undo = editorial.revert(entry.change());
      long by = audit.record(admin.name(), undo);
      audit.markReverted(id, by);
      return undo;
    }
  }
}
