package jiken.indexer.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jiken.crawler.NamedThreads;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.Progress;
import jiken.indexer.index.ArticleText;
import jiken.indexer.index.CaseIndex;

/**
 * Writes the Lucene documents of cases from their records in SQLite: chunks of records and their
 * article texts (with what was kept from extraction: nouns, search tokens) are read in bulk, and
 * Lucene's writer takes documents from several threads. Marks are the caller's business. Thread-safe:
 * it holds no state of its own beyond the stores.
 */
final class IndexSync {
  static final int CHUNK = 250;

  private final Database db;
  private final CaseStore cases;
  private final DocumentStore documents;

  IndexSync(Database db, CaseStore cases, DocumentStore documents) {
    this.db = db;
    this.cases = cases;
    this.documents = documents;
  }

  /**
   * Writes the documents of {@code ids} on all cores; with {@code followRedirects}, a merged case's
   * id gets its surviving case's document and a removed case's document is deleted. Returns the ids
   * written.
   */
  Set<String> write(CaseIndex.Batch batch, List<String> ids, boolean followRedirects, Progress progress)
      throws IOException {
    Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreads("jiken-index"));
    try {
      CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
      int submitted = 0;
      int finished = 0;
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        done.submit(() -> writeChunk(batch, chunk, followRedirects, written));
        submitted++;
        // at most two chunks per thread in flight: bounded memory however many cases there are
        while (submitted - finished >= 2 * threads) {
          progress.advance(take(done));
          finished++;
        }
      }
      while (finished < submitted) {
        progress.advance(take(done));
        finished++;
      }
    } finally {
      pool.shutdownNow();
    }
    return written;
  }

  /** Writes one chunk on the calling thread; returns its size. */
  int writeChunk(CaseIndex.Batch batch, List<String> chunk, boolean followRedirects, Set<String> written)
      throws IOException {
    for (Map.Entry<String, Optional<Loaded>> e : load(chunk, followRedirects).entrySet()) {
      var loaded = e.getValue();
      if (loaded.isPresent() && loaded.get().record().id() != null) {
        batch.put(loaded.get().record(), loaded.get().articles());
        written.add(e.getKey());
      } else if (followRedirects) {
        batch.delete(e.getKey());
      }
    }
    return chunk.size();
  }

  private static int take(CompletionService<Integer> done) throws IOException {
    try {
      return result(done.take());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The result of {@code f}, waiting for it; a failure is rethrown as it was thrown (checked ones other than I/O wrapped). */
  static <T> T result(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }


  private record Loaded(CaseRecord record, List<ArticleText> articles) {}

  /** The records of {@code ids} (following merge redirects if asked) with their article texts, in order. */
  private Map<String, Optional<Loaded>> load(List<String> ids, boolean followRedirects) {
    return db.read(c0 -> {
      try (CachedStatements cached = new CachedStatements(c0)) {
        return load(cached.connection(), ids, followRedirects);
      }
    });
  }

  private Map<String, Optional<Loaded>> load(Connection c, List<String> ids, boolean followRedirects)
      throws SQLException {
    Map<String, Optional<CaseRecord>> records = new java.util.LinkedHashMap<>();
    List<Long> articleIds = new ArrayList<>();
    for (String id : ids) {
      var r = cases.get(c, followRedirects ? cases.resolve(c, id) : id);
      records.put(id, r);
      r.ifPresent(record -> record.articles().forEach(a -> articleIds.add(a.id())));
    }
    Map<Long, CrawledDocument> docs = documents.getAll(c, articleIds);
    Map<Long, Kept> kept = kept(c, articleIds);
    Map<String, Optional<Loaded>> out = new java.util.LinkedHashMap<>();
    records.forEach((id, r) -> out.put(id, r.map(record -> {
      List<ArticleText> articles = new ArrayList<>();
      for (CaseRecord.Article a : record.articles()) {
        CrawledDocument d = docs.get(a.id());
        if (d != null) {
          Kept k = kept.get(a.id());
          articles.add(k == null ? ArticleText.of(d.text()) : new ArticleText(d.text(), k.nouns(), k.tokens()));
        }
      }
      return new Loaded(record, articles);
    })));
    return out;
  }

  /** What was kept from an article's extraction: its nouns and search tokens, either null. */
  private record Kept(String nouns, byte[] tokens) {}

  /** What was kept from the extraction of each of {@code ids} that has something (older databases and test extractors have none). */
  private static Map<Long, Kept> kept(Connection c, List<Long> ids) throws SQLException {
    Map<Long, Kept> out = new java.util.HashMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      try (PreparedStatement ps = c.prepareStatement("SELECT document_id, nouns, tokens FROM extractions WHERE"
          + " (nouns IS NOT NULL OR tokens IS NOT NULL)"
          + " AND document_id IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getLong(1), new Kept(rs.getString(2), rs.getBytes(3)));
          }
        }
      }
    }
    return out;
  }
}
