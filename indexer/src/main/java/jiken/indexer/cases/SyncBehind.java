package jiken.indexer.cases;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jiken.crawler.NamedThreads;
import jiken.indexer.index.CaseIndex;

/**
 * Writes the Lucene documents of cases while their records are still being assembled, on one
 * thread beside the assembling one. Assembly is bound by the one thread that writes SQLite and
 * leaves the other core mostly idle (63 s of CPU in 57 s at 200,000 reports), while the sync that
 * follows it is bound by CPU on both cores; what is written here is not written there.
 *
 * <p>The assembling thread {@linkplain #offer offers} each chunk of case ids after the transaction
 * that saved their records has committed. When chunks are still in flight here the offer is
 * declined, and those cases are left to the sync, which writes every case still marked: the
 * assembling thread never waits. Each chunk's records are read after it is accepted, so its marks
 * may be cleared as of that moment once the index has committed ({@link #finish}).
 *
 * <p>Documents are written with the caller's {@link CaseIndex.Batch}, which must outlive {@link
 * #finish}. {@link #offer} and {@link #finish} are for one thread, the assembling one.
 */
final class SyncBehind implements AutoCloseable {
  /** Chunks accepted and not yet written: enough to keep the thread busy, few enough that the sync gets the rest. */
  static final int MAX_IN_FLIGHT = 2;

  private final IndexSync sync;
  private final CaseIndex.Batch batch;
  private final ExecutorService thread;
  private final Deque<Future<CaseStore.Synced>> inFlight = new ArrayDeque<>();
  private final List<CaseStore.Synced> done = new ArrayList<>();
  private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();

  SyncBehind(IndexSync sync, CaseIndex.Batch batch) {
    this.sync = sync;
    this.batch = batch;
    this.thread = Executors.newSingleThreadExecutor(new NamedThreads("jiken-index-behind"));
  }

  /**
   * Accepts {@code ids}, whose records are committed, for writing unless {@value #MAX_IN_FLIGHT}
   * chunks are in flight. Rethrows the failure of an earlier chunk.
   *
   * @return whether the chunk was accepted
   */
  boolean offer(List<String> ids) throws IOException {
    while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
      done.add(IndexSync.result(inFlight.poll()));
    }
    if (inFlight.size() >= MAX_IN_FLIGHT) {
      return false;
    }
    List<String> chunk = List.copyOf(ids);
    inFlight.add(thread.submit(() -> {
      Instant readFrom = Instant.now(); // before the read: a save after it keeps its mark
      sync.writeChunk(batch, chunk, true, written);
      return new CaseStore.Synced(chunk, readFrom);
    }));
    return true;
  }

  /** Waits for the chunks in flight; returns every chunk written, with the moment its records were read. */
  List<CaseStore.Synced> finish() throws IOException {
    while (!inFlight.isEmpty()) {
      done.add(IndexSync.result(inFlight.poll()));
    }
    return List.copyOf(done);
  }

  /** The ids whose documents were written (a removed case's was deleted instead). */
  Set<String> written() {
    return Set.copyOf(written);
  }

  /**
   * Lets a chunk in flight finish rather than interrupting it: an interrupt inside Lucene's writer
   * would close the writer the caller still commits with.
   */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(10, TimeUnit.MINUTES)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.shutdownNow();
    }
  }
}
