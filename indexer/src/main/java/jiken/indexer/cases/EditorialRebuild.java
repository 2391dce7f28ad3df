package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.index.CaseIndex;

/**
 * Re-assembles cases after an editorial change, the way the index run does (automatic tags,
 * {@link CaseAssembler}, {@link EditorialOverrides}, grouping keys), and brings their Lucene
 * documents up to date. Thread-safe.
 */
final class EditorialRebuild {
  private final Database db;
  private final DocumentStore documents;
  private final CaseStore cases;
  private final CaseLinkStore links;

  EditorialRebuild(Database db) {
    this.db = db;
    this.documents = new DocumentStore(db);
    this.cases = new CaseStore(db);
    this.links = new CaseLinkStore(db);
  }

  CaseStore cases() {
    return cases;
  }

  /** Re-assembles {@code caseId} inside the caller's transaction; a case without articles is removed. */
  void rebuild(Connection c, String caseId) throws SQLException {
    List<CaseMember> full = new ArrayList<>();
    for (long id : cases.members(c, caseId)) {
      Optional<CrawledDocument> d = documents.get(id);
      if (d.isPresent()) {
        full.add(new CaseMember(d.get(), FactRows.read(c, id)));
      }
    }
    if (full.isEmpty()) {
      EditorialRows.run(c, "DELETE FROM case_tags WHERE case_id = ?", caseId);
      EditorialRows.run(c, "DELETE FROM editorial_overrides WHERE case_id = ?", caseId);
      EditorialRows.run(c, "DELETE FROM editorial_tag_removals WHERE case_id = ?", caseId);
      cases.delete(c, caseId);
      return;
    }
    links.setAutoTags(c, caseId, AutoTags.of(full));
    CaseRecord record = EditorialOverrides.apply(c, CaseAssembler.assemble(caseId, full, links.tags(c, caseId)));
    cases.save(c, record);
    cases.saveKey(c, caseId, CaseKeyCodec.encode(CaseIndexer.keyOf(caseId, full, record)), null);
  }

  /** The record of exactly {@code caseId}, or {@link java.util.NoSuchElementException}. */
  CaseRecord require(Connection c, String caseId) throws SQLException {
    return cases.get(c, caseId).orElseThrow(() -> new java.util.NoSuchElementException("no such case: " + caseId));
  }

  /** One article with its stored facts. */
  Optional<CaseMember> member(Connection c, long documentId) throws SQLException {
    Optional<CrawledDocument> d = documents.get(documentId);
    return d.isEmpty() ? Optional.empty() : Optional.of(new CaseMember(d.get(), FactRows.read(c, documentId)));
  }

  /** The record of exactly {@code caseId} (no redirects followed). */
  Optional<CaseRecord> record(Connection c, String caseId) throws SQLException {
    return cases.get(c, caseId);
  }

  /** Updates (or deletes, when the case is gone) the Lucene documents of {@code ids}, then marks them clean. */
  void sync(CaseIndex index, Collection<String> ids) {
    java.time.Instant readFrom = java.time.Instant.now();
    List<String> clean = new ArrayList<>();
    index.write(batch -> {
      for (String id : ids) {
        Optional<CaseRecord> r = db.read(c -> cases.get(c, id));
        if (r.isPresent() && r.get().id() != null) {
          batch.update(r.get(), texts(r.get()));
          clean.add(id);
        } else {
          batch.delete(id);
        }
      }
    });
    cases.markClean(clean, readFrom);
  }

  private List<String> texts(CaseRecord r) {
    List<String> out = new ArrayList<>();
    for (CaseRecord.Article a : r.articles()) {
      documents.get(a.id()).map(CrawledDocument::text).ifPresent(out::add);
    }
    return out;
  }
}
