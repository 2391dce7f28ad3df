package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merging case B into case A, and undoing it. A gets B's articles (pinned to A), editor tags,
 * corrections and editor links; B's row goes and its id (and any id that redirected to B) now
 * redirects to A. The {@code before} state records B's row and editorial state; {@code after}
 * records what was copied onto A, so an undo removes exactly that. Runs inside the caller's
 * transaction.
 */
final class EditorialMerge {
  private final EditorialRebuild rebuild;

  EditorialMerge(EditorialRebuild rebuild) {
    this.rebuild = rebuild;
  }

  EditorialChange merge(Connection c, String a, String b) throws SQLException {
    if (a.equals(b)) {
      throw new IllegalArgumentException("a case cannot be merged into itself");
    }
    rebuild.require(c, a);
    rebuild.require(c, b);
    CaseStore cases = rebuild.cases();
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("survivor", a);
    before.put("absorbed", b);
    List<Long> docs = cases.members(c, b);
    List<List<Object>> pins = new ArrayList<>();
    for (long d : docs) {
      pins.add(java.util.Arrays.asList(d, EditorialRows.pin(c, d)));
    }
    before.put("pins", pins);
    before.put("row", strings(c, "SELECT primary_org, anchor_date FROM cases WHERE id = ?", 2, b).get(0));
    before.put("tags", strings(c, "SELECT tag, source FROM case_tags WHERE case_id = ? AND source = 'editor'", 2, b));
    before.put("removals", strings(c, "SELECT tag FROM editorial_tag_removals WHERE case_id = ?", 1, b));
    before.put("overrides", EditorialRows.overrides(c, b));
    before.put("links", EditorialRows.editorLinks(c, b));
    before.put("redirects", strings(c, "SELECT old_id FROM case_redirects WHERE new_id = ?", 1, b));

    for (long d : docs) {
      cases.assign(c, d, a);
      EditorialRows.setPin(c, d, a);
    }
    List<String> movedTags = new ArrayList<>();
    for (List<String> t : strings(c, "SELECT tag FROM case_tags WHERE case_id = ? AND source = 'editor'", 1, b)) {
      if (EditorialRows.one(c, "SELECT 1 FROM case_tags WHERE case_id = ? AND tag = ?", a, t.get(0)) == null) {
        EditorialRows.setTagState(c, a, t.get(0), "editor", false);
        movedTags.add(t.get(0));
      }
    }
    List<List<String>> movedOverrides = new ArrayList<>();
    for (List<String> o : EditorialRows.overrides(c, b)) {
      if (EditorialRows.override(c, a, o.get(0), o.get(1)) == null) {
        EditorialRows.setOverride(c, a, o.get(0), o.get(1), o.get(2));
        movedOverrides.add(o.subList(0, 2));
      }
    }
    List<List<String>> movedLinks = new ArrayList<>();
    for (List<String> l : EditorialRows.editorLinks(c, b)) {
      String from = l.get(0).equals(b) ? a : l.get(0);
      String to = l.get(1).equals(b) ? a : l.get(1);
      if (!from.equals(to) && EditorialRows.link(c, from, to, l.get(2)) == null) {
        EditorialRows.putLink(c, from, to, l.get(2), l.get(3), l.get(4), "editor");
        movedLinks.add(List.of(from, to, l.get(2)));
      }
    }
    for (String table : List.of("case_tags", "editorial_tag_removals", "editorial_overrides")) {
      EditorialRows.run(c, "DELETE FROM " + table + " WHERE case_id = ?", b);
    }
    cases.delete(c, b);
    EditorialRows.run(c, "UPDATE editorial_pins SET case_id = ? WHERE case_id = ?", a, b);
    EditorialRows.run(c, "UPDATE case_redirects SET new_id = ? WHERE new_id = ?", a, b);
    EditorialRows.run(c, "INSERT INTO case_redirects(old_id, new_id) VALUES (?,?)", b, a);
    rebuild.rebuild(c, a);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("documents", docs);
    after.put("moved_tags", movedTags);
    after.put("moved_overrides", movedOverrides);
    after.put("moved_links", movedLinks);
    return new EditorialChange(EditorialChange.MERGE, a, before, after);
  }

  /** Brings B back with its articles and editorial state, and removes what the merge copied onto A. */
  @SuppressWarnings("unchecked")
  void revert(Connection c, Map<String, Object> before, Map<String, Object> after) throws SQLException {
    String a = (String) before.get("survivor");
    String b = (String) before.get("absorbed");
    rebuild.require(c, a);
    CaseStore cases = rebuild.cases();
    if (cases.get(c, b).isPresent()) {
      throw new IllegalArgumentException("case " + b + " already exists again");
    }
    EditorialRows.run(c, "DELETE FROM case_redirects WHERE old_id = ?", b);
    for (List<String> r : (List<List<String>>) before.get("redirects")) {
      EditorialRows.run(c, "UPDATE case_redirects SET new_id = ? WHERE old_id = ?", b, r.get(0));
    }
    List<String> row = (List<String>) before.get("row");
    cases.create(c, b, row.get(0), row.get(1));
    for (List<Object> p : (List<List<Object>>) before.get("pins")) {
      long d = ((Number) p.get(0)).longValue();
      if (cases.caseOf(c, d).map(a::equals).orElse(false)) {
        cases.assign(c, d, b);
      }
      EditorialRows.setPin(c, d, (String) p.get(1));
    }
    for (List<String> t : (List<List<String>>) before.get("tags")) {
      EditorialRows.setTagState(c, b, t.get(0), t.get(1), false);
    }
    for (List<String> t : (List<List<String>>) before.get("removals")) {
      EditorialRows.setTagState(c, b, t.get(0), null, true);
    }
    for (List<String> o : (List<List<String>>) before.get("overrides")) {
      EditorialRows.setOverride(c, b, o.get(0), o.get(1), o.get(2));
    }
    for (List<String> l : (List<List<String>>) before.get("links")) {
      EditorialRows.putLink(c, l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), "editor");
    }
    for (String t : (List<String>) after.get("moved_tags")) {
      EditorialRows.run(c, "DELETE FROM case_tags WHERE case_id = ? AND tag = ? AND source = 'editor'", a, t);
    }
    for (List<String> o : (List<List<String>>) after.get("moved_overrides")) {
      EditorialRows.setOverride(c, a, o.get(0), o.get(1), null);
    }
    for (List<String> l : (List<List<String>>) after.get("moved_links")) {
      EditorialRows.deleteLink(c, l.get(0), l.get(1), l.get(2));
    }
    rebuild.rebuild(c, a);
    rebuild.rebuild(c, b);
  }

  static List<String> touched(EditorialChange ch) {
    return List.of((String) ch.before().get("survivor"), (String) ch.before().get("absorbed"));
  }

  private static List<List<String>> strings(Connection c, String sql, int columns, String arg) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> r = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            r.add(rs.getString(i));
          }
          out.add(r);
        }
      }
    }
    return out;
  }
}
