package jiken.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import jiken.indexer.Json;
import jiken.indexer.cases.EditorialChange;

/**
 * One row of the audit log.
 *
 * @param at ISO instant (UTC)
 * @param before the state the change replaced, JSON
 * @param after the state it left, JSON
 * @param revertedBy the id of the entry that undid this one, or null
 */
public record AuditEntry(long id, String at, String user, String action, String caseId, String before, String after,
    Long revertedBy) {

  /** The change this entry records, as {@link jiken.indexer.cases.Editorial#revert} takes it. */
  public EditorialChange change() {
    return new EditorialChange(action, caseId, map(before), map(after));
  }

  /** A short Japanese label for the action. */
  public String label() {
    return switch (action) {
      case EditorialChange.TAG_ADD -> "タグ追加";
      case EditorialChange.TAG_REMOVE -> "タグ削除";
      case EditorialChange.LINK -> "事案の関連付け";
      case EditorialChange.MERGE -> "事案の統合";
      case EditorialChange.SPLIT -> "記事の分離";
      case EditorialChange.CORRECT -> "事実の訂正";
      case EditorialChange.REVERT -> "取り消し";
      default -> action;
    };
  }

  /** Whether an admin may still revert it (reverts themselves are not reverted). */
  public boolean revertible() {
    return revertedBy == null && !action.equals(EditorialChange.REVERT);
  }

  private static Map<String, Object> map(String json) {
    try {
      return Json.MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt audit entry", e);
    }
  }
}
