package jiken.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
  @TempDir Path dir;

  private static CrawledDocument doc(String url, String text, String hash) {
    return new CrawledDocument(0, url, url, "site-a", Instant.parse("2025-10-30T01:00:00Z"), 200, "UTF-8",
        "見出し", LocalDate.of(2025, 10, 30), text, hash, 42L, null, List.of("不正アクセス"));
  }

  @Test
  void same_canonical_url_is_stored_once_and_changes_get_a_new_seq() {
    try (Database db = Database.open(dir)) {
      DocumentStore store = new DocumentStore(db);
      var first = store.upsert(doc("http://a.test/1", "本文", "h1"));
      var again = store.upsert(doc("http://a.test/1", "本文", "h1"));
      assertThat(first.outcome()).isEqualTo(DocumentStore.Outcome.NEW);
      assertThat(again).isEqualTo(new DocumentStore.Upserted(first.id(), DocumentStore.Outcome.UNCHANGED));
      assertThat(store.changedAfter(0, 10)).hasSize(1);
      long seq = store.changedAfter(0, 10).get(0).seq();

      var updated = store.upsert(doc("http://a.test/1", "本文(更新)", "h2"));
      assertThat(updated.outcome()).isEqualTo(DocumentStore.Outcome.UPDATED);
      List<DocumentStore.Change> changes = store.changedAfter(seq, 10);
      assertThat(changes).singleElement().satisfies(ch -> {
        assertThat(ch.document().text()).isEqualTo("本文(更新)");
        assertThat(ch.document().tags()).containsExactly("不正アクセス");
        assertThat(ch.document().published()).isEqualTo(LocalDate.of(2025, 10, 30));
      });
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void migration_is_idempotent_across_reopen() {
    try (Database db = Database.open(dir)) {
      new DocumentStore(db).upsert(doc("http://a.test/2", "x", "h"));
    }
    try (Database db = Database.open(dir)) {
      assertThat(new DocumentStore(db).count()).isEqualTo(1);
    }
  }
}
