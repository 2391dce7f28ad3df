package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jiken.crawler.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marks {@link CaseStore} keeps apart from the records ({@code case_marks}): a case awaits
 * assembly from its creation until an index run assembles it, its Lucene document is stale from
 * every save until a sync that read the record after that save, and an editor's save never
 * cancels a pending assembly.
 */
class CaseMarksTest {
  @TempDir Path dir;

  private static CaseRecord record(String id) {
    return new CaseRecord(id, "あおば電機で不正アクセス", "あおば電機は不正アクセスを受けたと発表した。", "ongoing",
        List.of(new CaseRecord.Org("あおば電機", "victim", List.of(), "", 0)), List.of("unauthorized_access"), null,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "2025-04-01", "2025-04-01");
  }

  @Test
  void a_case_is_marked_from_creation_to_assembly_and_from_each_save_to_the_sync_after_it() throws Exception {
    try (Database db = Database.open(dir)) {
      CaseStore store = new CaseStore(db);
      db.inTransaction(c -> {
        store.create(c, "a", "あおば電機", "2025-04-01");
        store.create(c, "b", "みなと運輸", "2025-04-02");
        return null;
      });
      assertThat(store.awaitingAssembly()).containsExactly("a", "b");
      assertThat(store.dirty()).isEmpty();

      // an editor's save while the index run has not assembled the case yet keeps the assembly mark
      db.inTransaction(c -> {
        store.save(c, record("b"));
        store.saveAssembled(c, record("a"), null, new byte[] {1}, "あおば電機");
        return null;
      });
      assertThat(store.awaitingAssembly()).containsExactly("b");
      assertThat(store.dirty()).containsExactly("a");

      Thread.sleep(5);
      Instant read = Instant.now();
      store.markClean(List.of("a"), read);
      assertThat(store.dirty()).isEmpty();

      // saved again after the sync read it: stays marked, so the newer record reaches the index next time
      Instant staleRead = Instant.now();
      Thread.sleep(5);
      db.inTransaction(c -> {
        store.save(c, record("a"));
        return null;
      });
      store.markClean(List.of("a"), staleRead);
      assertThat(store.dirty()).containsExactly("a");

      db.inTransaction(c -> {
        store.saveKeyForAssembly(c, "a", new byte[] {1}, null);
        store.delete(c, "b");
        return null;
      });
      assertThat(store.awaitingAssembly()).containsExactly("a");
      assertThat(store.dirty()).isEmpty();
    }
  }

  @Test
  void reading_the_marked_cases_does_not_scan_the_records() {
    try (Database db = Database.open(dir)) {
      new CaseStore(db);
      List<String> plan = db.read(c -> {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + CaseStore.MARKED)) {
          ps.setInt(1, CaseStore.DIRTY_INDEX);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString("detail"));
            }
          }
        }
        return out;
      });
      // the cases table is the records, pages each: it is searched by id through its index, never scanned
      assertThat(plan).anyMatch(step -> step.startsWith("SCAN m"))
          .anyMatch(step -> step.contains("COVERING INDEX"))
          .noneMatch(step -> step.startsWith("SCAN cases"));
    }
  }
}
