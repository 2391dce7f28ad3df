package jiken.web.tags;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.EditorialChange;
import jiken.indexer.cases.EditorialOverrides;
import jiken.web.audit.AuditEntry;
import jiken.web.audit.AuditLog;
import jiken.web.auth.Sessions;

/**
 * Model of the case page's editing partial ({@code edit/tools.jte}): the case's edit history for
 * everyone, and the writer forms for a logged-in writer. The case page belongs to another stage,
 * so who is looking reaches the partial through a per-request thread-local set by a
 * {@code before("/cases/*")} handler and cleared after; rendering is synchronous on the request
 * thread. Without one (a page rendered outside a request) the viewer is anonymous.
 */
public final class CaseTools {
  static final int HISTORY = 20;
  private static final ThreadLocal<RequestState> CURRENT = new ThreadLocal<>();

  private final CaseRecord record;
  private final Sessions.Session session;
  private final List<AuditEntry> history;

  private CaseTools(CaseRecord record, Sessions.Session session, List<AuditEntry> history) {
    this.record = record;
    this.session = session;
    this.history = history;
  }

  record RequestState(Optional<Sessions.Session> session, AuditLog audit) {}

  static void set(RequestState state) {
    CURRENT.set(state);
  }

  static void clear() {
    CURRENT.remove();
  }

  /** The tools for {@code record} as the current request's viewer sees them. */
  public static CaseTools current(CaseRecord record) {
    RequestState s = CURRENT.get();
    if (s == null) {
      return new CaseTools(record, null, List.of());
    }
    return new CaseTools(record, s.session().orElse(null), s.audit().forCase(record.id(), HISTORY));
  }

  public CaseRecord record() {
    return record;
  }

  public boolean writer() {
    return session != null && session.user().canWrite();
  }

  public boolean admin() {
    return session != null && session.user().isAdmin();
  }

  public String csrf() {
    return session == null ? "" : session.csrf();
  }

  public List<AuditEntry> history() {
    return history;
  }

  public List<String> fields() {
    return List.of(EditorialOverrides.COUNT, EditorialOverrides.ROLE, EditorialOverrides.STATUS, EditorialOverrides.TITLE);
  }

  /** One line saying what an entry changed, in Japanese. */
  public static String describe(AuditEntry e) {
    EditorialChange ch = e.change();
    Map<String, Object> b = ch.before();
    Map<String, Object> a = ch.after();
    return switch (e.action()) {
      case EditorialChange.TAG_ADD, EditorialChange.TAG_REMOVE -> "「" + a.get("tag") + "」";
      case EditorialChange.LINK -> a.get("from") + " → " + a.get("to") + " (" + a.get("kind") + ")";
      case EditorialChange.MERGE -> b.get("absorbed") + " を統合";
      case EditorialChange.SPLIT -> "記事 " + a.get("document") + " を " + a.get("new_case") + " に分離";
      case EditorialChange.CORRECT -> a.get("field") + (String.valueOf(a.get("key")).isEmpty() ? "" : "[" + a.get("key") + "]")
          + ": " + b.get("value") + " → " + a.get("value");
      case EditorialChange.REVERT -> String.valueOf(a.get("reverted_action")) + " を取り消し";
      default -> "";
    };
  }
}
