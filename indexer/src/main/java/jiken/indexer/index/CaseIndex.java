package jiken.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import jiken.indexer.cases.CaseRecord;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of cases under {@code DATA_DIR/index}: derived data, always rebuildable from
 * SQLite. One process writes at a time (Lucene's {@code write.lock}); the writer is opened per
 * {@link #write} call, so a running {@code serve} and a separate {@code index} run take turns
 * instead of failing. Searches ({@link #withSearcher}) see changes committed by any process after
 * {@link #refresh()}, which web requests call: it checks the commit point at most every
 * {@value #REFRESH_INTERVAL_MS} ms, and only one thread reopens while the others keep searching the
 * old reader. This process's own {@link #write}s are visible at once. Per-reader state (facet
 * ordinals, the organisation suggester) is built by warmers ({@link #addWarmer}) before a new reader
 * is published, so no request pays for it. Thread-safe.
 */
public final class CaseIndex implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseIndex.class);
  private static final long LOCK_WAIT_MS = 120_000;
  static final long REFRESH_INTERVAL_MS = 100;

  private final Directory directory;
  private final int bulkChanges;
  private final String schema;
  private final Object writeLock = new Object();
  private volatile SearcherManager searchers;
  private final java.util.concurrent.atomic.AtomicLong lastCheck = new java.util.concurrent.atomic.AtomicLong();
  private final List<IoConsumer<IndexReader>> warmers = new java.util.concurrent.CopyOnWriteArrayList<>();

  public CaseIndex(Path dataDir) {
    this(dataDir, BULK_CHANGES);
  }

  /** {@code bulkChanges}: see {@link #BULK_CHANGES} (tests set it low). */
  CaseIndex(Path dataDir, int bulkChanges) {
    this(dataDir, bulkChanges, schema());
  }

  /** {@code schema}: what {@link #write} stamps a rebuilt index with (tests make an index of another version). */
  CaseIndex(Path dataDir, int bulkChanges, String schema) {
    this.bulkChanges = bulkChanges;
    this.schema = schema;
    try {
      Path dir = dataDir.resolve("index");
      Files.createDirectories(dir);
      this.directory = FSDirectory.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index under " + dataDir, e);
    }
  }

  /** A batch of index changes made through one writer, committed together. */
  public interface Batch {
    /** Adds or replaces the document of {@code record}, analysing the texts of its articles. */
    default void update(CaseRecord record, List<String> articleTexts) throws IOException {
      put(record, articleTexts.stream().map(ArticleText::of).toList());
    }

    /**
     * Adds or replaces the document of {@code record} with the texts of its articles, in order,
     * using what was kept from their extraction (nouns, search tokens) where it is still valid.
     */
    void put(CaseRecord record, List<ArticleText> articles) throws IOException;

    void delete(String caseId) throws IOException;

    void deleteAll() throws IOException;

    /**
     * Starts merging the documents written so far toward the segments a bulk write ends with, in
     * the background, once they are a bulk write's worth: a caller with more to write calls it so
     * that the merge runs beside the rest instead of after it. The write still ends merged.
     */
    default void mergeWrittenSoFar() throws IOException {}
  }

  /**
   * Runs {@code work} with a writer and commits; waits while another process holds the index. A
   * bulk write (at least {@value #BULK_CHANGES} documents added, replaced or deleted: a `reindex`,
   * a first large `index`) ends by merging the index down to {@value #SEGMENTS_AFTER_BULK} segments.
   */
  public void write(IoConsumer<Batch> work) {
    synchronized (writeLock) {
      try (IndexWriter writer = openWriter()) {
        // counted from every thread the work writes with
        java.util.concurrent.atomic.LongAdder changes = new java.util.concurrent.atomic.LongAdder();
        boolean[] cleared = {writer.getDocStats().maxDoc == 0};
        work.accept(new Batch() {
          @Override
          public void put(CaseRecord record, List<ArticleText> articles) throws IOException {
            writer.updateDocument(new Term(CaseFields.ID, record.id()),
                CaseFields.facetsConfig().build(CaseDocument.of(record, articles)));
            changes.increment();
          }

          @Override
          public void delete(String caseId) throws IOException {
            writer.deleteDocuments(new Term(CaseFields.ID, caseId));
            changes.increment();
          }

          @Override
          public void deleteAll() throws IOException {
            writer.deleteAll();
            cleared[0] = true;
          }

          @Override
          public void mergeWrittenSoFar() throws IOException {
            if (changes.sum() >= bulkChanges) {
              writer.forceMerge(SEGMENTS_AFTER_BULK, false);
            }
          }
        });
        if (changes.sum() >= bulkChanges) {
          mergeDown(writer);
        }
        stamp(writer, cleared[0]);
        writer.commit();
      } catch (IOException e) {
        throw new UncheckedIOException("index write failed: " + e.getMessage(), e);
      }
    }
    refreshNow();
  }

  /** The commit-data key of {@link #schema()}. */
  static final String SCHEMA_KEY = "jiken.schema";
  /** Bump when the case document's fields change: 2, the combined fields {@code all} and {@code all_sh}. */
  private static final int FIELDS_REVISION = 2;

  /**
   * What this version makes the index's documents with: the revision of their fields and the search
   * analyzer's fingerprint (Lucene, its dictionary, the user dictionary, the spelling variants). A
   * query analysed differently from the documents misses them (クラウド is one token since the user
   * dictionary has it, two before).
   */
  static String schema() {
    return FIELDS_REVISION + ":" + JapaneseSearchAnalyzer.fingerprint();
  }

  /**
   * Stamps the commit with {@link #schema} when every document in it was written by this version (the
   * index was empty or cleared before this write). Otherwise the writer commits the stamp it opened
   * with, so an old index topped up with new cases is still found stale by {@link #current}.
   */
  private void stamp(IndexWriter writer, boolean rebuilt) {
    if (rebuilt) {
      writer.setLiveCommitData(java.util.Map.of(SCHEMA_KEY, schema).entrySet());
    }
  }

  /**
   * Whether the index's documents were made by this version ({@link #schema}): an absent or empty
   * index is; one written by another version, or by one before the stamp existed, is not, and should
   * be rebuilt from the case records ({@code CaseIndexer#run} does so).
   */
  public boolean current() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return true;
      }
      org.apache.lucene.index.SegmentInfos infos = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
      return infos.totalMaxDoc() == 0 || schema.equals(infos.getUserData().get(SCHEMA_KEY));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index's last commit", e);
    }
  }

  /** Changes in one {@link #write} from which it merges the index down afterwards. */
  static final int BULK_CHANGES = 100_000;
  /**
   * Segments a bulk write leaves at most. A search runs every segment's term lookups, scorers and
   * sample windows: at 1,000,000 cases the 23-query mix took 178 ms of CPU over the 19 segments a
   * build in parts had left, 140 ms over 5 and 135 ms over 1 (BENCHMARKS.md, "Search pass 7");
   * merging 3.2 GB down to 5 took 41 s, and needs free disk space of up to the index's size while it
   * runs (readers keep the old files until they reopen). Later small writes add segments that the
   * merge policy folds in as usual.
   */
  static final int SEGMENTS_AFTER_BULK = 5;

  private static void mergeDown(IndexWriter writer) throws IOException {
    long start = System.nanoTime();
    String before = segments(writer);
    writer.forceMerge(SEGMENTS_AFTER_BULK);
    LOG.info("merged the index down from {} to {} in {} ms", before, segments(writer),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The writer's segments and their sizes, for the log (flushes what it buffers, as a merge would). */
  private static String segments(IndexWriter writer) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      List<Long> mb = new java.util.ArrayList<>();
      for (var leaf : r.leaves()) {
        if (leaf.reader() instanceof org.apache.lucene.index.SegmentReader segment) {
          mb.add(segment.getSegmentInfo().sizeInBytes() >> 20);
        }
      }
      mb.sort(java.util.Comparator.reverseOrder());
      return mb.size() + " segments (MB: " + mb + ")";
    }
  }

  private IndexWriter openWriter() throws IOException {
    long deadline = System.currentTimeMillis() + LOCK_WAIT_MS;
    while (true) {
      try {
        IndexWriterConfig cfg = new IndexWriterConfig(CaseFields.analyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(64);
        return new IndexWriter(directory, cfg);
      } catch (LockObtainFailedException e) {
        if (System.currentTimeMillis() > deadline) {
          throw e;
        }
        LOG.info("index is locked by another process; waiting");
        sleep();
      }
    }
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(500);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the index lock", ie);
    }
  }

  /**
   * Picks up changes committed by this or another process. Cheap enough to call per request: at
   * most one commit-point check every {@value #REFRESH_INTERVAL_MS} ms, and never blocks on another
   * thread's reopen.
   */
  public void refresh() {
    long now = System.nanoTime();
    long last = lastCheck.get();
    if (now - last < REFRESH_INTERVAL_MS * 1_000_000 || !lastCheck.compareAndSet(last, now)) {
      return;
    }
    try {
      SearcherManager m = searcherManager();
      if (m != null) {
        m.maybeRefresh();
      }
    } catch (IOException e) {
      LOG.warn("index refresh failed: {}", e.toString());
    }
  }

  /** Picks up committed changes now, waiting for a reopen in progress (after writes; tests). */
  public void refreshNow() {
    try {
      SearcherManager m = searcherManager();
      if (m != null) {
        m.maybeRefreshBlocking();
      }
    } catch (IOException e) {
      LOG.warn("index refresh failed: {}", e.toString());
    }
  }

  /**
   * Registers work to run on every new reader before searches see it (the reader already open is
   * not warmed: users of per-reader state build it lazily too). A failing warmer is logged; the
   * reader is published anyway.
   */
  public void addWarmer(IoConsumer<IndexReader> warmer) {
    warmers.add(warmer);
  }

  private IndexSearcher warm(IndexReader reader) {
    for (IoConsumer<IndexReader> w : warmers) {
      try {
        w.accept(reader);
      } catch (IOException | RuntimeException e) {
        LOG.warn("index warmer failed: {}", e.toString());
      }
    }
    return new IndexSearcher(reader);
  }

  /** Runs {@code query} on a current searcher; the searcher is released afterwards. */
  public <T> T withSearcher(IoFunction<IndexSearcher, T> query, Supplier<T> whenEmpty) {
    try {
      SearcherManager m = searcherManager();
      if (m == null) {
        return whenEmpty.get();
      }
      IndexSearcher s = m.acquire();
      try {
        return query.apply(s);
      } finally {
        m.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  private SearcherManager searcherManager() throws IOException {
    SearcherManager m = searchers;
    if (m == null) {
      synchronized (this) {
        if (searchers == null && DirectoryReader.indexExists(directory)) {
          searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
              return warm(reader);
            }
          });
        }
        m = searchers;
      }
    }
    return m;
  }

  @Override
  public void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      directory.close();
    } catch (IOException e) {
      LOG.warn("closing index: {}", e.toString());
    }
  }

  /** A consumer that may throw IOException. */
  @FunctionalInterface
  public interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }

  /** A function that may throw IOException. */
  @FunctionalInterface
  public interface IoFunction<T, R> {
    R apply(T t) throws IOException;
  }
}
