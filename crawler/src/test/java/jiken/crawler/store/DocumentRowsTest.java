package jiken.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field survives a write and a read, including the nullable ones and the joined tags. */
class DocumentRowsTest {
  @TempDir Path dir;

  @Test
  void a_full_document_round_trips_through_insert_update_and_every_read() {
    CrawledDocument original = new CrawledDocument(0, "http://kakuu-news.test/a/1?from=top", "http://kakuu-news.test/a/1",
        "kakuu", Instant.parse("2025-10-30T01:02:03Z"), 200, "windows-31j", "架空商事に不正アクセス",
        LocalDate.of(2025, 10, 30), "本文。", "hash-1", -1L, null, List.of("不正アクセス", "個人情報"));
    try (Database db = Database.open(dir)) {
      DocumentStore store = new DocumentStore(db);
      long id = store.upsert(original).id();
      CrawledDocument expected = original.withId(id);
      assertThat(store.get(id)).contains(expected);
      assertThat(store.findByCanonicalUrl("http://kakuu-news.test/a/1")).contains(expected);
      assertThat(store.getAll(List.of(id, id, 999L))).containsOnlyKeys(id).containsValue(expected);

      CrawledDocument duplicate = new CrawledDocument(0, original.url(), original.canonicalUrl(), "kakuu",
          original.fetchedAt(), 200, "UTF-8", "", null, "別の本文。", "hash-2", Long.MAX_VALUE, 7L, List.of());
      store.upsert(duplicate);
      assertThat(store.get(id)).contains(duplicate.withId(id));
      assertThat(store.changedAfter(0, 10)).extracting(DocumentStore.Change::document).containsExactly(duplicate.withId(id));
    }
  }
}
