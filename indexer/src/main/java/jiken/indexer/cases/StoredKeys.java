package jiken.indexer.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import jiken.crawler.store.Database;

/**
 * Reads the grouping keys of every case ({@code case_keys}, {@link CaseKeyCodec}) at the start of
 * an index run. With a large base this is most of what adding a few documents costs (670,000 keys
 * at 1,000,000 reports), so keys are decoded on all cores while this thread reads rows; they are
 * handed over in row order all the same, since the order cases enter the grouper breaks ties.
 * Unreadable keys are logged and skipped: their case is rebuilt when its articles change.
 */
final class StoredKeys {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoredKeys.class);
  private static final int CHUNK = 2_000;

  private StoredKeys() {}

  /**
   * A grouper holding every readable stored key, filled on two threads ({@link CaseGrouper#putAll});
   * keys still stored as JSON are stored again compactly ({@link #compact}).
   */
  static CaseGrouper grouper(Database db) {
    long started = System.nanoTime();
    List<CaseKey> keys = new ArrayList<>();
    List<CaseKey> json = load(db, keys::add);
    long read = System.nanoTime();
    CaseGrouper grouper = new CaseGrouper();
    ExecutorService pool = Executors.newSingleThreadExecutor(new jiken.crawler.NamedThreads("jiken-keys"));
    try {
      grouper.putAll(keys, pool);
    } finally {
      pool.shutdownNow();
    }
    LOG.info("{} grouping keys read in {} ms, indexed in {} ms", keys.size(), (read - started) / 1_000_000,
        (System.nanoTime() - read) / 1_000_000);
    if (!json.isEmpty()) {
      compact(db, json);
    }
    return grouper;
  }

  /**
   * Passes every readable key with an id and a first date to {@code into}, on this thread, in row
   * order. Returns those of them still stored as JSON (by a version before {@link CaseKeyCodec}),
   * for {@link #compact}.
   */
  static List<CaseKey> load(Database db, Consumer<CaseKey> into) {
    List<CaseKey> json = new ArrayList<>();
    // one copy of each name and date for all keys: a third of the keys' memory, and of the collector's work
    java.util.Map<Object, Object> canon = new java.util.concurrent.ConcurrentHashMap<>();
    Consumer<List<Decoded>> hand = decoded -> {
      for (Decoded d : decoded) {
        into.accept(d.key());
        if (d.json()) {
          json.add(d.key());
        }
      }
    };
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, new jiken.crawler.NamedThreads("jiken-keys"));
    try {
      db.read(c -> {
        Deque<Future<List<Decoded>>> inFlight = new ArrayDeque<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, key FROM case_keys"); ResultSet rs = ps.executeQuery()) {
          List<Row> rows = new ArrayList<>(CHUNK);
          while (rs.next()) {
            rows.add(new Row(rs.getString(1), rs.getBytes(2)));
            if (rows.size() == CHUNK) {
              List<Row> chunk = rows;
              inFlight.add(pool.submit(() -> parse(chunk, canon)));
              rows = new ArrayList<>(CHUNK);
              // bounded: a few chunks per thread ahead of the grouper, however many cases there are
              while (inFlight.size() > 2 * threads) {
                hand.accept(take(inFlight));
              }
            }
          }
          List<Row> last = rows;
          inFlight.add(pool.submit(() -> parse(last, canon)));
        }
        while (!inFlight.isEmpty()) {
          hand.accept(take(inFlight));
        }
        return null;
      });
    } finally {
      pool.shutdownNow();
    }
    return json;
  }

  /**
   * Stores {@code keys} again in the compact form, in chunks of a transaction each: once, after the
   * first run of a version that has it, so that later runs read them quickly.
   */
  static void compact(Database db, List<CaseKey> keys) {
    CaseStore store = new CaseStore(db);
    for (int from = 0; from < keys.size(); from += 5_000) {
      List<CaseKey> chunk = keys.subList(from, Math.min(keys.size(), from + 5_000));
      db.inTransaction(c -> {
        for (CaseKey k : chunk) {
          store.saveKey(c, k.id(), CaseKeyCodec.encode(k), null);
        }
        return null;
      });
    }
    LOG.info("{} grouping keys stored in the compact form", keys.size());
  }

  private record Row(String caseId, byte[] key) {}

  private record Decoded(CaseKey key, boolean json) {}

  private static List<Decoded> parse(List<Row> rows, java.util.Map<Object, Object> canon) {
    List<Decoded> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      try {
        CaseKey k = row.key() == null ? null : CaseKeyCodec.decode(row.key(), canon);
        if (k != null && k.id() != null && k.first() != null) {
          out.add(new Decoded(k, CaseKeyCodec.isJson(row.key())));
        } else if (k == null) {
          LOG.warn("case {} has no keys; it will be rebuilt when its articles change", row.caseId());
        }
      } catch (IllegalArgumentException e) {
        LOG.warn("case {} has unreadable keys ({}); it will be rebuilt when its articles change", row.caseId(), e.getMessage());
      }
    }
    return out;
  }

  private static List<Decoded> take(Deque<Future<List<Decoded>>> inFlight) {
    try {
      return inFlight.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }
}
