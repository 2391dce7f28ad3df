package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jiken.crawler.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys an index run starts from: every readable one, in row order, whatever the chunking. */
class StoredKeysTest {
  @TempDir Path dir;

  @Test
  void every_readable_key_comes_back_in_row_order_and_broken_ones_are_skipped() {
    List<String> expected = new ArrayList<>();
    try (Database db = Database.open(dir)) {
      new CaseStore(db);
      db.inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases(id, primary_org, json, keys, created_at, updated_at)"
            + " VALUES (?, 'org', '{}', ?, 'now', 'now')")) {
          // more rows than one chunk, so that chunks parsed on other threads must come back in order
          for (int i = 0; i < 4_500; i++) {
            String id = String.format(java.util.Locale.ROOT, "case-%05d", i);
            String keys;
            if (i % 97 == 5) {
              keys = "{\"id\":\"" + id + "\",\"orgs\":[\"broken"; // cut short
            } else if (i % 89 == 7) {
              keys = "{}"; // a case created by a run that crashed before its key was saved
            } else {
              LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i);
              keys = CaseIndexer.keyJson(new CaseKey(id, Set.of("org" + i % 13), Set.of(), Set.of(), Set.of("ransomware"),
                  day, day, null));
              expected.add(id);
            }
            ps.setString(1, id);
            ps.setString(2, keys);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return null;
      });
      List<String> loaded = new ArrayList<>();
      StoredKeys.load(db, k -> loaded.add(k.id()));
      assertThat(loaded).hasSize(expected.size()).containsExactlyElementsOf(expected);
    }
  }
}
