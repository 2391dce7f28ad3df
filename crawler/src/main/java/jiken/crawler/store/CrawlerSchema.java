package jiken.crawler.store;

import java.util.List;

/**
 * The crawler's tables. Steps are append-only: a shipped step is never edited.
 *
 * <p>{@code documents.seq} increases on every insert or content change, so a consumer (the
 * indexer) can resume from the last {@code seq} it processed and see each change exactly once.
 */
public final class CrawlerSchema {
  public static final String MODULE = "crawler";

  static final List<String> STEPS = List.of(
      "CREATE TABLE documents ("
          + " id INTEGER PRIMARY KEY,"
          + " seq INTEGER NOT NULL,"
          + " url TEXT NOT NULL,"
          + " canonical_url TEXT NOT NULL UNIQUE,"
          + " source_id TEXT NOT NULL,"
          + " fetched_at TEXT NOT NULL,"
          + " http_status INTEGER NOT NULL,"
          + " charset TEXT,"
          + " title TEXT NOT NULL,"
          + " published TEXT,"
          + " body TEXT NOT NULL,"
          + " content_hash TEXT NOT NULL,"
          + " simhash INTEGER NOT NULL DEFAULT 0,"
          + " duplicate_of INTEGER,"
          + " tags TEXT NOT NULL DEFAULT '')",
      "CREATE UNIQUE INDEX documents_seq ON documents(seq)",
      "CREATE INDEX documents_hash ON documents(content_hash)",
      "CREATE INDEX documents_url ON documents(url)",
      // sources as last seen in sources.json (for reports and the web's source list)
      "CREATE TABLE sources ("
          + " id TEXT PRIMARY KEY,"
          + " name TEXT NOT NULL,"
          + " kind TEXT NOT NULL,"
          + " url TEXT NOT NULL,"
          + " config TEXT NOT NULL,"
          + " updated_at TEXT NOT NULL)",
      // The URL frontier. Times are epoch milliseconds; next_fetch_at NULL means "never again".
      "CREATE TABLE frontier ("
          + " url TEXT PRIMARY KEY,"
          + " host TEXT NOT NULL,"
          + " source_id TEXT NOT NULL,"
          + " kind TEXT NOT NULL,"
          + " depth INTEGER NOT NULL DEFAULT 0,"
          + " etag TEXT,"
          + " last_modified TEXT,"
          + " status TEXT NOT NULL,"
          + " http_status INTEGER,"
          + " failures INTEGER NOT NULL DEFAULT 0,"
          + " next_fetch_at INTEGER,"
          + " last_fetched_at INTEGER,"
          + " discovered_at INTEGER NOT NULL,"
          + " hint_title TEXT,"
          + " hint_published TEXT,"
          + " last_error TEXT)",
      "CREATE INDEX frontier_due ON frontier(next_fetch_at)",
      "CREATE INDEX frontier_host_due ON frontier(host, next_fetch_at)",
      // SimHash split in four 16-bit bands: two hashes within Hamming distance 3 share a band.
      "CREATE TABLE document_simhash ("
          + " doc_id INTEGER PRIMARY KEY,"
          + " b0 INTEGER NOT NULL, b1 INTEGER NOT NULL, b2 INTEGER NOT NULL, b3 INTEGER NOT NULL)",
      "CREATE INDEX document_simhash_b0 ON document_simhash(b0)",
      "CREATE INDEX document_simhash_b1 ON document_simhash(b1)",
      "CREATE INDEX document_simhash_b2 ON document_simhash(b2)",
      "CREATE INDEX document_simhash_b3 ON document_simhash(b3)",
      // robots.txt responses per origin, so a restart within the TTL does not refetch them
      "CREATE TABLE robots ("
          + " origin TEXT PRIMARY KEY,"
          + " http_status INTEGER NOT NULL,"
          + " body BLOB,"
          + " fetched_at INTEGER NOT NULL,"
          + " expires_at INTEGER NOT NULL)");

  private CrawlerSchema() {}

  /** Creates or migrates the crawler's tables. Idempotent. */
  public static void migrate(Database db) {
    db.migrate(MODULE, STEPS);
  }
}
