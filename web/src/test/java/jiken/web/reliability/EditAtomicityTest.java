package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.Editorial;
import jiken.indexer.cases.EditorialChange;
import jiken.web.WebContext;
import jiken.web.WebFixture;
import jiken.web.audit.AuditLog;
import jiken.web.auth.UserStore;
import jiken.web.tags.Writer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editorial change and its audit entry are one SQLite transaction: when recording the entry
 * fails, the change is rolled back (nothing applied, nothing marked dirty); when it succeeds both
 * are there, and a revert, its entry and the mark on the reverted entry go together. Cases an
 * interrupted run left dirty, and ids a merge redirected, are finished by {@code syncPending}.
 * The process-level version of the same promise is {@link KillEditTest}.
 */
class EditAtomicityTest {
  static final UserStore.User WENDY = new UserStore.User("wendy", "writer");
  static final UserStore.User ADA = new UserStore.User("ada", "admin");

  @TempDir Path dir;
  WebContext web;
  Editorial editorial;
  AuditLog audit;
  List<String> ids;

  @BeforeEach
  void setUp() {
    WebFixture.build(dir);
    web = new WebContext(dir, false);
    editorial = new Editorial(web.db(), web.index());
    audit = new AuditLog(web.db());
    ids = web.cases().all().stream().map(CaseRecord::id).toList();
  }

  @AfterEach
  void tearDown() {
    web.close();
  }

  @Test
  void a_failing_audit_entry_rolls_the_change_back() {
    String id = ids.get(0);
    assertThatThrownBy(() -> editorial.journalled((c, ch) -> {
      audit.record(c, "wendy", ch);
      throw new SQLException("simulated failure after the audit insert");
    }, () -> editorial.addTag(id, "原子性")))
        .hasMessageContaining("simulated failure");
    assertThat(web.cases().get(id).orElseThrow().tags()).doesNotContain("原子性");
    assertThat(audit.forCase(id, 10)).isEmpty();
    assertThat(web.cases().dirty()).isEmpty();

    assertThatThrownBy(() -> editorial.journalled((c, ch) -> {
      throw new SQLException("simulated failure");
    }, () -> editorial.merge(ids.get(0), ids.get(1))))
        .hasMessageContaining("simulated failure");
    assertThat(web.cases().get(ids.get(1))).isPresent();
    assertThat(web.cases().resolve(ids.get(1))).isEqualTo(ids.get(1));
    assertThat(audit.recent(10)).isEmpty();
  }

  @Test
  void a_change_and_its_entry_commit_together_and_so_does_a_revert() {
    Writer writer = new Writer(editorial, audit);
    String id = ids.get(0);
    writer.apply(WENDY, () -> editorial.addTag(id, "原子性"));
    assertThat(web.cases().get(id).orElseThrow().tags()).contains("原子性");
    assertThat(audit.forCase(id, 10)).singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(EditorialChange.TAG_ADD));
    long entry = audit.forCase(id, 10).get(0).id();

    writer.revert(ADA, entry);
    assertThat(web.cases().get(id).orElseThrow().tags()).doesNotContain("原子性");
    assertThat(audit.get(entry).orElseThrow().revertedBy()).isNotNull();
    assertThat(audit.forCase(id, 10)).hasSize(2);

    // a second revert of the same entry changes nothing and logs nothing
    assertThatThrownBy(() -> writer.revert(ADA, entry)).isInstanceOf(IllegalArgumentException.class);
    assertThat(audit.forCase(id, 10)).hasSize(2);
  }

  @Test
  void sync_pending_finishes_what_a_killed_process_left_dirty() throws Exception {
    Writer writer = new Writer(editorial, audit);
    writer.apply(WENDY, () -> editorial.merge(ids.get(0), ids.get(1)));
    try (Connection c = web.db().connection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO case_marks(case_id, mark, marked_at) VALUES (?, 1, '2026-01-01T00:00:00Z')")) {
      ps.setString(1, ids.get(2)); // as if killed between the SQLite commit and the Lucene write
      ps.executeUpdate();
    }
    assertThat(web.cases().dirty()).containsExactly(ids.get(2));
    assertThat(editorial.syncPending()).containsExactlyInAnyOrder(ids.get(2), ids.get(1));
    assertThat(web.cases().dirty()).isEmpty();
  }
}
