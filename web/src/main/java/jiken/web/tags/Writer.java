package jiken.web.tags;

import java.util.function.Supplier;
import jiken.indexer.cases.Editorial;
import jiken.indexer.cases.EditorialChange;
import jiken.web.audit.AuditEntry;
import jiken.web.audit.AuditLog;
import jiken.web.auth.UserStore;

/**
 * Editorial changes made on behalf of a user, each recorded in the audit log inside the change's
 * own SQLite transaction ({@link Editorial#journalled}): after a crash at any moment a change is
 * either applied and logged, or neither. A revert, its log entry and the mark on the entry it
 * undoes are one transaction too. Thread-safe.
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
    return editorial.journalled((c, done) -> audit.record(c, user.name(), done), change);
  }

  /** Undoes audit entry {@code id} for an admin; the undo is logged and marked on the entry. */
  public EditorialChange revert(UserStore.User admin, long id) {
    synchronized (this) { // one revert of the same entry at a time
      AuditEntry entry = audit.get(id).orElseThrow(() -> new java.util.NoSuchElementException("no such audit entry: " + id));
      if (!entry.revertible()) {
        throw new IllegalArgumentException("entry " + id + " cannot be reverted (already reverted, or a revert itself)");
      }
      return editorial.journalled((c, undo) -> {
        long by = audit.record(c, admin.name(), undo);
        if (!audit.markReverted(c, id, by)) { // reverted meanwhile by another process: undo nothing
          throw new IllegalArgumentException("entry " + id + " is already reverted");
        }
      }, () -> editorial.revert(entry.change()));
    }
  }
}
