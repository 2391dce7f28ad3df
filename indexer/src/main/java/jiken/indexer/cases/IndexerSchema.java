package jiken.indexer.cases;

import java.util.List;
import jiken.crawler.store.Database;

/**
 * The indexer's tables. Steps are append-only once shipped.
 *
 * <ul>
 *   <li>{@code extractions}: one row per processed document and whether it reads
 *       as an incident;</li>
 *   <li>{@code facts}: every extracted fact with provenance (kind, value, role/event, span,
 *       sentence);</li>
 *   <li>{@code cases}, {@code case_documents}: case records (JSON) and membership; {@code case_keys}:
 *       each case's grouping key ({@link CaseKeyCodec}) and the name links show it by; {@code dirty}
 *       marks cases whose Lucene document is stale, so a crash between the SQLite commit and the
 *       Lucene commit is repaired by the next run;</li>
 *   <li>{@code case_links}: related cases and vendor → victim links, each with its reason;</li>
 *   <li>{@code case_tags}: automatic and editorial tags; {@code case_redirects}: merged ids;</li>
 *   <li>{@code indexer_state}: the last processed document {@code seq}.</li>
 * </ul>
 */
public final class IndexerSchema {
  public static final String MODULE = "indexer";

  static final List<String> STEPS = List.of(
      "CREATE TABLE extractions (document_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL,"
          + " is_incident INTEGER NOT NULL, extracted_at TEXT NOT NULL)",
      "CREATE TABLE facts (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, kind TEXT NOT NULL,"
          + " value TEXT NOT NULL, role TEXT, text TEXT NOT NULL, start_offset INTEGER NOT NULL,"
          + " end_offset INTEGER NOT NULL, sentence TEXT NOT NULL)",
      "CREATE INDEX facts_document ON facts(document_id)",
      "CREATE INDEX facts_kind_value ON facts(kind, value)",
      // keys: grouping keys as JSON, moved to case_keys below
      "CREATE TABLE cases (id TEXT PRIMARY KEY, primary_org TEXT NOT NULL, anchor_date TEXT,"
          + " json TEXT NOT NULL, keys TEXT NOT NULL DEFAULT '{}', dirty INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL,"
          + " updated_at TEXT NOT NULL)",
      "CREATE INDEX cases_dirty ON cases(dirty)",
      "CREATE TABLE case_documents (document_id INTEGER PRIMARY KEY, case_id TEXT NOT NULL)",
      "CREATE INDEX case_documents_case ON case_documents(case_id)",
      "CREATE TABLE case_links (from_case TEXT NOT NULL, to_case TEXT NOT NULL, kind TEXT NOT NULL,"
          + " reason TEXT NOT NULL, evidence TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'auto',"
          + " PRIMARY KEY (from_case, to_case, kind))",
      "CREATE TABLE case_tags (case_id TEXT NOT NULL, tag TEXT NOT NULL, source TEXT NOT NULL,"
          + " PRIMARY KEY (case_id, tag))",
      "CREATE TABLE case_redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)",
      "CREATE TABLE indexer_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      // links ending at a case are replaced on every index run: without this, a full scan per case
      "CREATE INDEX case_links_to ON case_links(to_case)",
      // the MoreLikeThis nouns of an article, kept from its extraction so the Lucene sync need not tokenise it again
      "ALTER TABLE extractions ADD COLUMN nouns TEXT",
      // its search tokens (index.AnalyzedText), so indexing and reindexing its case do not run Kuromoji again
      "ALTER TABLE extractions ADD COLUMN tokens BLOB",
      // the waiting orgless reports are read every batch: without this, a scan of every extraction
      // (tokens included) per batch, which slowed a 1,000,000-article run from 1,000 to 750 articles/s by 270,000
      "CREATE INDEX extractions_waiting ON extractions(is_incident, seq)",
      // grouping keys apart from the records (CaseKeyCodec): every index run reads all of them, and in the
      // cases row, after the record, reading them read every record too (26 s cold at 1,000,000 reports)
      // and the name link reasons show the case by, so linking need not read other cases' records
      "CREATE TABLE case_keys (case_id TEXT PRIMARY KEY, key BLOB NOT NULL, name TEXT)",
      "INSERT INTO case_keys(case_id, key, name) SELECT id, CAST(keys AS BLOB), COALESCE((SELECT json_extract(o.value, '$.name')"
          + " FROM json_each(cases.json, '$.organizations') o WHERE json_extract(o.value, '$.role') = 'victim' LIMIT 1),"
          + " json_extract(cases.json, '$.organizations[0].name'), id) FROM cases WHERE keys <> '{}' ORDER BY rowid",
      "ALTER TABLE cases DROP COLUMN keys",
      // no query reads facts by kind and value, and every fact written paid a random insert into it
      // (430 MB at 1,000,000 reports)
      "DROP INDEX IF EXISTS facts_kind_value",
      // the marks of cases whose Lucene document or record is stale, apart from the records: clearing a
      // mark in the cases row rewrote the row's first page (13.9 s against 1.0 s for 136,958 cases at
      // 1,000,000 reports); a case without a row here is clean; marked_at is when it was last marked
      "CREATE TABLE case_marks (case_id TEXT PRIMARY KEY, mark INTEGER NOT NULL, marked_at TEXT NOT NULL) WITHOUT ROWID",
      "INSERT INTO case_marks(case_id, mark, marked_at) SELECT id, dirty, updated_at FROM cases WHERE dirty <> 0",
      "DROP INDEX IF EXISTS cases_dirty",
      "ALTER TABLE cases DROP COLUMN dirty");

  private IndexerSchema() {}

  public static void migrate(Database db) {
    db.migrate(MODULE, STEPS);
  }
}
