package jiken.indexer.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import jiken.indexer.Json;

/**
 * Reads the grouping keys of every case ({@code cases.keys}) at the start of an index run. With a
 * large base this is most of what adding a few documents costs (750,000 keys at 1,000,000
 * reports), so the JSON is parsed on all cores while this thread reads rows; keys are handed over
 * in row order all the same, since the order cases enter the grouper breaks ties. Unreadable keys
 * are logged and skipped: their case is rebuilt when its articles change.
 */
final class StoredKeys {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoredKeys.class);
  private static final int CHUNK = 2_000;

  private StoredKeys() {}

  /** Passes every readable key with an id and a first date to {@code into}, on this thread, in row order. */
  static void load(Database db, Consumer<CaseKey> into) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, new jiken.crawler.NamedThreads("jiken-keys"));
    try {
      db.read(c -> {
        Deque<Future<List<CaseKey>>> inFlight = new ArrayDeque<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, keys FROM cases"); ResultSet rs = ps.executeQuery()) {
          List<String[]> rows = new ArrayList<>(CHUNK);
          while (rs.next()) {
            rows.add(new String[] {rs.getString(1), rs.getString(2)});
            if (rows.size() == CHUNK) {
              List<String[]> chunk = rows;
              inFlight.add(pool.submit(() -> parse(chunk)));
              rows = new ArrayList<>(CHUNK);
              // bounded: a few chunks per thread ahead of the grouper, however many cases there are
              while (inFlight.size() > 2 * threads) {
                take(inFlight).forEach(into);
              }
            }
          }
          List<String[]> last = rows;
          inFlight.add(pool.submit(() -> parse(last)));
        }
        while (!inFlight.isEmpty()) {
          take(inFlight).forEach(into);
        }
        return null;
      });
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<CaseKey> parse(List<String[]> rows) {
    List<CaseKey> out = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      try {
        CaseKey k = row[1] == null ? null : Json.MAPPER.readValue(row[1], CaseKey.class);
        if (k != null && k.id() != null && k.first() != null) {
          out.add(k);
        } else if (k == null) {
          LOG.warn("case {} has no keys; it will be rebuilt when its articles change", row[0]);
        }
      } catch (JsonProcessingException e) {
        LOG.warn("case {} has unreadable keys; it will be rebuilt when its articles change", row[0]);
      }
    }
    return out;
  }

  private static List<CaseKey> take(Deque<Future<List<CaseKey>>> inFlight) {
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
