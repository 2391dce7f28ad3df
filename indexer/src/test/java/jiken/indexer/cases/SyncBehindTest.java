package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.index.ArticleText;
import jiken.indexer.index.CaseIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SyncBehind}: chunks offered while assembly goes on are written on its thread, at most
 * {@value SyncBehind#MAX_IN_FLIGHT} at a time (the rest are declined, never waited for), each with
 * the moment its records were read, so a case saved again after that keeps its mark.
 */
class SyncBehindTest {
  @TempDir Path dir;

  private static CaseRecord record(String id, String title) {
    return new CaseRecord(id, title, title + "と発表した。", "ongoing",
        List.of(new CaseRecord.Org("あおば電機", "victim", List.of(), "", 0)), List.of("unauthorized_access"), null,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "2025-04-01", "2025-04-01");
  }

  /** A batch that records what it is given and holds its first put until released. */
  private static final class HeldBatch implements CaseIndex.Batch {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> put = Collections.synchronizedList(new ArrayList<>());
    volatile String failOn;

    @Override
    public void put(CaseRecord record, List<ArticleText> articles) throws IOException {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      if (record.id().equals(failOn)) {
        throw new IOException("disk full");
      }
      put.add(record.id() + ":" + record.title());
    }

    @Override
    public void delete(String caseId) {
      put.add("-" + caseId);
    }

    @Override
    public void deleteAll() {
      throw new UnsupportedOperationException();
    }
  }

  /** Cases as an index run's assembly leaves them: records saved, documents stale. */
  private CaseStore saved(Database db, String... ids) {
    CaseStore store = new CaseStore(db);
    db.inTransaction(c -> {
      for (String id : ids) {
        store.create(c, id, "あおば電機", "2025-04-01");
        store.saveAssembled(c, record(id, "あおば電機で不正アクセス " + id), null, new byte[] {1}, "あおば電機");
      }
      return null;
    });
    return store;
  }

  @Test
  void declines_chunks_while_the_thread_is_behind_and_clears_only_marks_read_before_a_save() throws Exception {
    try (Database db = Database.open(dir)) {
      CaseStore store = saved(db, "a", "b", "c", "d", "e");
      IndexSync sync = new IndexSync(db, store, new DocumentStore(db));
      HeldBatch batch = new HeldBatch();
      List<CaseStore.Synced> synced;
      Instant offered = Instant.now();
      try (SyncBehind behind = new SyncBehind(sync, batch)) {
        assertThat(behind.offer(List.of("a", "b"))).isTrue();
        assertThat(batch.entered.await(30, TimeUnit.SECONDS)).isTrue(); // "a" has been read and is being written
        assertThat(behind.offer(List.of("c"))).isTrue();
        assertThat(behind.offer(List.of("d", "e"))).as("two chunks in flight").isFalse();

        // "a" is saved again while its chunk is being written: the index gets the older record
        Thread.sleep(5);
        db.inTransaction(c -> {
          store.save(c, record("a", "あおば電機で不正アクセス 続報"));
          return null;
        });
        batch.release.countDown();
        synced = behind.finish();
        assertThat(behind.written()).containsExactlyInAnyOrder("a", "b", "c");
      }
      assertThat(batch.put).containsExactly("a:あおば電機で不正アクセス a", "b:あおば電機で不正アクセス b",
          "c:あおば電機で不正アクセス c");
      assertThat(synced).extracting(CaseStore.Synced::ids).containsExactly(List.of("a", "b"), List.of("c"));
      assertThat(synced).allSatisfy(s -> assertThat(s.readFrom()).isAfterOrEqualTo(offered));

      store.markClean(synced);
      assertThat(store.dirty()).as("the declined chunk and the case saved after its read").containsExactly("a", "d", "e");
    }
  }

  @Test
  void a_failed_write_reaches_the_assembling_thread() throws Exception {
    try (Database db = Database.open(dir)) {
      CaseStore store = saved(db, "a", "b");
      HeldBatch batch = new HeldBatch();
      batch.failOn = "b";
      batch.release.countDown();
      try (SyncBehind behind = new SyncBehind(new IndexSync(db, store, new DocumentStore(db)), batch)) {
        assertThat(behind.offer(List.of("a", "b"))).isTrue();
        assertThatThrownBy(behind::finish).isInstanceOf(IOException.class).hasMessageContaining("disk full");
      }
      assertThat(store.dirty()).containsExactly("a", "b");
    }
  }

  @Test
  void a_case_removed_before_its_chunk_is_read_has_its_document_deleted() throws Exception {
    try (Database db = Database.open(dir)) {
      CaseStore store = saved(db, "a", "b");
      db.inTransaction(c -> {
        store.delete(c, "b");
        return null;
      });
      HeldBatch batch = new HeldBatch();
      batch.release.countDown();
      try (SyncBehind behind = new SyncBehind(new IndexSync(db, store, new DocumentStore(db)), batch)) {
        behind.offer(List.of("a", "b"));
        behind.finish();
        assertThat(behind.written()).containsExactly("a");
      }
      assertThat(batch.put).containsExactly("a:あおば電機で不正アクセス a", "-b");
    }
  }
}
