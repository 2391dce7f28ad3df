package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import jiken.crawler.store.StoreException;

/**
 * Splitting one article out of a case into a new case, and undoing it. The article is pinned to
 * its new case so a re-crawl does not regroup it. Runs inside the caller's transaction; stateless
 * apart from its collaborators.
 */
final class EditorialSplit {
  private final EditorialRebuild rebuild;

  EditorialSplit(EditorialRebuild rebuild) {
    this.rebuild = rebuild;
  }

  EditorialChange split(Connection c, String caseId, long documentId) throws SQLException {
    rebuild.require(c, caseId);
    CaseStore cases = rebuild.cases();
    List<Long> members = cases.members(c, caseId);
    if (!members.contains(documentId)) {
      throw new NoSuchElementException("article " + documentId + " is not in case " + caseId);
    }
    if (members.size() < 2) {
      throw new IllegalArgumentException("a case with one article cannot be split");
    }
    CaseMember member = rebuild.member(c, documentId)
        .orElseThrow(() -> new NoSuchElementException("no such article: " + documentId));
    ArticleKeys keys = ArticleKeys.of(member);
    String anchor = keys.dates().stream().min(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
    String type = keys.types().isEmpty() ? null : keys.types().iterator().next();
    String name = keys.primaryName() == null ? "org" : keys.primaryName();
    String newId = CaseIds.make(anchor, name, type, candidate -> {
      try {
        return cases.exists(c, candidate);
      } catch (SQLException e) {
        throw new StoreException(e.getMessage(), e);
      }
    });
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("case", caseId);
    before.put("document", documentId);
    before.put("pin", EditorialRows.pin(c, documentId));
    cases.create(c, newId, keys.primaryOrg() == null ? "" : keys.primaryOrg(), anchor);
    cases.assign(c, documentId, newId);
    EditorialRows.setPin(c, documentId, newId);
    rebuild.rebuild(c, caseId);
    rebuild.rebuild(c, newId);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("new_case", newId);
    after.put("document", documentId);
    return new EditorialChange(EditorialChange.SPLIT, caseId, before, after);
  }

  /** Puts the article back; the emptied new case is removed and its id redirects to the old one. */
  void revert(Connection c, Map<String, Object> before, Map<String, Object> after) throws SQLException {
    String caseId = (String) before.get("case");
    String newId = (String) after.get("new_case");
    long documentId = ((Number) before.get("document")).longValue();
    rebuild.require(c, caseId);
    CaseStore cases = rebuild.cases();
    if (cases.caseOf(c, documentId).map(newId::equals).orElse(false)) {
      cases.assign(c, documentId, caseId);
    }
    EditorialRows.setPin(c, documentId, (String) before.get("pin"));
    rebuild.rebuild(c, newId);
    rebuild.rebuild(c, caseId);
    if (cases.get(c, newId).isEmpty()) {
      EditorialRows.run(c, "INSERT INTO case_redirects(old_id, new_id) VALUES (?,?) ON CONFLICT(old_id) DO NOTHING",
          newId, caseId);
    }
  }

  static List<String> touched(EditorialChange ch) {
    return List.of((String) ch.before().get("case"), (String) ch.after().get("new_case"));
  }
}
