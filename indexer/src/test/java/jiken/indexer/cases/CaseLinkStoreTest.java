package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import jiken.crawler.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a case's automatic links: the stored links become the new ones, editors' stay, and an unchanged set writes nothing. */
class CaseLinkStoreTest {
  @TempDir Path dir;

  private static CaseLink auto(String from, String to, String kind, String reason) {
    return new CaseLink(from, to, kind, reason, "", "auto");
  }

  @Test
  void only_what_differs_is_written_and_editors_links_stay() {
    try (Database db = Database.open(dir)) {
      CaseLinkStore store = new CaseLinkStore(db);
      CaseLink sameOrg = auto("a", "b", CaseLink.SAME_ORG, "同じ組織「あおば電機」の別の事案");
      CaseLink vendor = auto("v", "b", CaseLink.VENDOR_OF, "委託先・提供元「ソラノワ」の侵害による被害");
      CaseLink other = auto("b", "c", CaseLink.SAME_ORG, "同じ組織「あおば電機」の別の事案");
      CaseLink unrelated = auto("x", "y", CaseLink.SAME_ORG, "同じ組織「みなと運輸」の別の事案");
      store.addEditorLink(new CaseLink("b", "z", CaseLink.RELATED, "同じ攻撃グループ", "", "editor"));
      int changes = db.inTransaction(c -> {
        store.replaceAuto(c, "b", List.of(sameOrg, vendor, other));
        store.replaceAuto(c, "x", List.of(unrelated));
        int before = totalChanges(c);
        store.replaceAuto(c, "b", List.of(other, vendor, sameOrg)); // the same links in another order
        return totalChanges(c) - before;
      });
      assertThat(changes).isZero();

      CaseLink renamed = auto("v", "b", CaseLink.VENDOR_OF, "委託先・提供元「ソラノワ株式会社」の侵害による被害");
      CaseLink added = auto("b", "d", CaseLink.SAME_ORG, "同じ組織「あおば電機」の別の事案");
      // an editor's link is not replaced by an automatic one with the same ends and kind
      CaseLink overEditor = auto("b", "z", CaseLink.RELATED, "自動");
      changes = db.inTransaction(c -> {
        int before = totalChanges(c);
        store.replaceAuto(c, "b", List.of(renamed, added, sameOrg, overEditor));
        return totalChanges(c) - before;
      });
      assertThat(changes).as("one update, one insert, one delete").isEqualTo(3);
      assertThat(store.linksOf("b")).containsExactlyInAnyOrder(sameOrg, renamed, added,
          new CaseLink("b", "z", CaseLink.RELATED, "同じ攻撃グループ", "", "editor"));
      assertThat(store.linksOf("c")).isEmpty();
      assertThat(store.linksOf("y")).containsExactly(unrelated);
    }
  }

  private static int totalChanges(Connection c) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT total_changes()")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
