package jiken.indexer.cases;

import java.util.Map;

/**
 * One editorial change as the audit log records it: what was done to which case, and the state
 * before and after in plain JSON-ready maps (strings, numbers, booleans, lists, maps). The
 * {@code before} map holds everything {@link Editorial#revert} needs to undo the change.
 *
 * @param action {@code tag_add}, {@code tag_remove}, {@code link}, {@code merge}, {@code split},
 *     {@code correct} or {@code revert}
 * @param caseId the case the change belongs to (for a merge, the surviving case)
 */
public record EditorialChange(String action, String caseId, Map<String, Object> before, Map<String, Object> after) {
  public static final String TAG_ADD = "tag_add";
  public static final String TAG_REMOVE = "tag_remove";
  public static final String LINK = "link";
  public static final String MERGE = "merge";
  public static final String SPLIT = "split";
  public static final String CORRECT = "correct";
  public static final String REVERT = "revert";

  public EditorialChange {
    // not Map.copyOf: "no value before" is recorded as null
    before = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
    after = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
  }
}
