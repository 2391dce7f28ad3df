package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jiken.crawler.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys an index run starts from: every readable one, in row order, whatever the chunking and the stored form. */
class StoredKeysTest {
  @TempDir Path dir;

  @Test
  void every_readable_key_comes_back_in_row_order_and_broken_ones_are_skipped() {
    List<String> expected = new ArrayList<>();
    List<String> asJson = new ArrayList<>();
    try (Database db = Database.open(dir)) {
      new CaseStore(db);
      db.inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_keys(case_id, key) VALUES (?, ?)")) {
          // more rows than one chunk, so that chunks decoded on other threads must come back in order;
          // ids out of order, so that row order is not id order
          for (int i = 0; i < 4_500; i++) {
            String id = String.format(java.util.Locale.ROOT, "case-%05d", (i * 7_919) % 4_500);
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i);
            CaseKey key = new CaseKey(id, Set.of("org" + i % 13), Set.of(), Set.of(), Set.of("ransomware"), day, day, null);
            byte[] stored;
            if (i % 97 == 5) {
              stored = ("{\"id\":\"" + id + "\",\"orgs\":[\"broken").getBytes(StandardCharsets.UTF_8); // cut short
            } else if (i % 89 == 7) {
              stored = "{}".getBytes(StandardCharsets.UTF_8); // a migrated case whose run crashed before its key was saved
            } else if (i % 83 == 3) {
              byte[] whole = CaseKeyCodec.encode(key);
              stored = Arrays.copyOf(whole, whole.length - 3); // cut short
            } else {
              // keys stored as JSON before the compact form, and in it
              stored = i % 3 == 0 ? LegacyKeys.json(key).getBytes(StandardCharsets.UTF_8) : CaseKeyCodec.encode(key);
              expected.add(id);
              if (i % 3 == 0) {
                asJson.add(id);
              }
            }
            ps.setString(1, id);
            ps.setBytes(2, stored);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return null;
      });
      List<String> loaded = new ArrayList<>();
      List<CaseKey> json = StoredKeys.load(db, k -> loaded.add(k.id()));
      assertThat(loaded).hasSize(expected.size()).containsExactlyElementsOf(expected);
      assertThat(json).extracting(CaseKey::id).containsExactlyElementsOf(asJson);
      // stored again in the compact form, they keep their place and are read alike
      StoredKeys.compact(db, json);
      List<String> again = new ArrayList<>();
      assertThat(StoredKeys.load(db, k -> again.add(k.id()))).isEmpty();
      assertThat(again).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void keys_stored_in_the_cases_rows_move_to_their_table_in_row_order_when_the_schema_is_migrated() {
    List<String> expected = new ArrayList<>();
    int before = IndexerSchema.STEPS.indexOf("ALTER TABLE cases DROP COLUMN keys") - 2;
    assertThat(IndexerSchema.STEPS.get(before)).startsWith("CREATE TABLE case_keys");
    try (Database db = Database.open(dir)) {
      db.migrate(IndexerSchema.MODULE, IndexerSchema.STEPS.subList(0, before)); // a database of the previous version
      db.inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases(id, primary_org, json, keys, created_at, updated_at)"
            + " VALUES (?, 'org', ?, ?, 'now', 'now')")) {
          for (int i = 0; i < 300; i++) {
            String id = "case-" + (char) ('z' - i % 26) + i;
            String keys = "{}";
            if (i % 10 != 4) {
              LocalDate day = LocalDate.of(2019, 12, 31).plusDays(i);
              keys = LegacyKeys.json(new CaseKey(id, Set.of("市" + i % 7), Set.of("ベンダー"), Set.of(), Set.of(), day, day, null));
              expected.add(id);
            }
            // records naming a victim after another organisation, naming no victim, not assembled yet
            String json = i % 3 == 0 ? "{\"organizations\":[{\"name\":\"委託先\",\"role\":\"vendor\"},{\"name\":\"被害市" + i
                + "\",\"role\":\"victim\"}]}" : i % 3 == 1 ? "{\"organizations\":[{\"name\":\"最初の社\",\"role\":\"other\"}]}" : "{}";
            ps.setString(1, id);
            ps.setString(2, json);
            ps.setString(3, keys);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return null;
      });
      CaseStore store = new CaseStore(db); // migrates
      // the names link reasons show them by come with the keys, as an index run would have read them from the records
      assertThat(store.linkName(expected.get(0))).contains("被害市0");
      assertThat(store.linkName(expected.get(1))).contains("最初の社");
      assertThat(store.linkName(expected.get(2))).contains(expected.get(2));
      assertThat(store.linkName("case-none")).isEmpty();
      List<CaseKey> loaded = new ArrayList<>();
      StoredKeys.compact(db, StoredKeys.load(db, loaded::add));
      assertThat(loaded).extracting(CaseKey::id).containsExactlyElementsOf(expected);
      List<CaseKey> compacted = new ArrayList<>();
      assertThat(StoredKeys.load(db, compacted::add)).isEmpty();
      assertThat(compacted).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(loaded);
      assertThat(loaded.get(1).vendors()).containsExactly("ベンダー");
      assertThat(loaded.get(1).first()).isEqualTo(LocalDate.of(2020, 1, 1));
      boolean columnGone = db.read(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM pragma_table_info('cases') WHERE name = 'keys'")) {
          return rs.next() && rs.getInt(1) == 0;
        }
      });
      assertThat(columnGone).isTrue();
    }
  }
}
