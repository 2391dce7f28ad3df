package jiken.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.CaseStore;
import jiken.indexer.index.CaseIndex;
import jiken.indexer.index.CaseSearcher;
import jiken.indexer.index.SearchRequest;
import jiken.web.WebFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
  @TempDir Path tmp;

  @Test
  void a_restored_backup_has_the_same_documents_cases_and_search_results() throws Exception {
    Path live = tmp.resolve("live");
    WebFixture.build(live);
    Path file = tmp.resolve("backups/jiken-backup.db");
    Backups.backup(live, file);

    Path restored = tmp.resolve("restored");
    assertThat(Backups.restore(file, restored, false)).isEqualTo(3);

    assertThat(snapshot(restored)).isEqualTo(snapshot(live));
    try (CaseIndex index = new CaseIndex(restored)) {
      assertThat(new CaseSearcher(index).search(SearchRequest.query("不正アクセス")).hits())
          .extracting(h -> h.id()).containsExactly("2025-10-kaku-shoji-unauthorized-access");
    }
  }

  @Test
  void restore_refuses_to_overwrite_without_force() throws Exception {
    Path live = tmp.resolve("live");
    WebFixture.build(live);
    Path file = tmp.resolve("b.db");
    Backups.backup(live, file);
    assertThatThrownBy(() -> Backups.restore(file, live, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--force");
    assertThat(Backups.restore(file, live, true)).isEqualTo(3);
    assertThatThrownBy(() -> Backups.restore(tmp.resolve("missing.db"), tmp.resolve("x"), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Object> snapshot(Path dir) {
    try (Database db = Database.open(dir)) {
      List<CaseRecord> cases = new CaseStore(db).all();
      return List.of(new DocumentStore(db).count(), cases);
    }
  }
}
