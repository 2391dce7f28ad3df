package jiken.indexer.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.crawler.store.StoreException;
import jiken.indexer.Json;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.Extraction;
import jiken.indexer.index.CaseIndex;

/**
 * The index run: extracts facts from every document changed since the last run, groups incident
 * articles into cases, rebuilds the affected case records, links and tags, and brings the Lucene
 * index up to date.
 *
 * <p>Incremental and resumable: each batch of documents is committed to SQLite in one transaction
 * together with the new watermark, and the cases it touched are marked dirty; Lucene is then
 * synced from the dirty cases and they are marked clean. A crash at any point leaves either the
 * old or the new state of a batch plus dirty marks, and the next run finishes the work without
 * duplicates. Not thread-safe: one run at a time per data directory.
 */
public final class CaseIndexer {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseIndexer.class);
  private static final int BATCH = 200;

  private final Database db;
  private final DocumentStore documents;
  private final CaseStore cases;
  private final CaseLinkStore links;
  private final java.util.function.Function<ArticleInput, Extraction> extractor;
  private final CaseGrouper grouper = new CaseGrouper();

  public CaseIndexer(Database db, ArticleExtractor extractor) {
    this(db, extractor::extract);
  }

  /** With any extraction function (tests use hand-made extractions). */
  public CaseIndexer(Database db, java.util.function.Function<ArticleInput, Extraction> extractor) {
    this.db = db;
    this.documents = new DocumentStore(db);
    this.cases = new CaseStore(db);
    this.links = new CaseLinkStore(db);
    this.extractor = extractor;
  }

  /** What a run did. */
  public record Report(int documents, int incidents, int casesTouched, int casesInIndex, long millis) {}

  /** Processes every document changed since the last run, then syncs the index. */
  public Report run(CaseIndex index) {
    long started = System.currentTimeMillis();
    loadKeys();
    int docs = 0;
    int incidents = 0;
    Set<String> touched = new LinkedHashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      long seq = cases.watermark();
      while (true) {
        List<DocumentStore.Change> batch = documents.changedAfter(seq, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        List<Extraction> extractions = extractAll(pool, batch);
        long lastSeq = batch.get(batch.size() - 1).seq();
        BatchResult r = db.inTransaction(c -> applyBatch(c, batch, extractions, lastSeq));
        docs += batch.size();
        incidents += r.incidents();
        touched.addAll(r.touched());
        seq = lastSeq;
        LOG.info("indexed {} documents ({} incidents, {} cases touched so far)", docs, incidents, touched.size());
      }
    } finally {
      pool.shutdownNow();
    }
    int synced = syncIndex(index);
    return new Report(docs, incidents, touched.size(), synced, System.currentTimeMillis() - started);
  }

  /** Rebuilds the Lucene index from the case records in SQLite ({@code jiken reindex}). */
  public Report rebuild(CaseIndex index) {
    long started = System.currentTimeMillis();
    List<CaseRecord> all = cases.all();
    index.write(batch -> {
      batch.deleteAll();
      for (CaseRecord r : all) {
        if (r.id() != null) {
          batch.update(r, texts(r));
        }
      }
    });
    cases.markClean(all.stream().map(CaseRecord::id).toList());
    return new Report(0, 0, 0, all.size(), System.currentTimeMillis() - started);
  }

  private List<Extraction> extractAll(ExecutorService pool, List<DocumentStore.Change> batch) {
    List<Future<Extraction>> futures = new ArrayList<>();
    for (DocumentStore.Change ch : batch) {
      CrawledDocument d = ch.document();
      ArticleInput in = new ArticleInput(Long.toString(d.id()), d.url(), d.title(), d.text(), d.published());
      futures.add(pool.submit(() -> extractor.apply(in)));
    }
    List<Extraction> out = new ArrayList<>();
    for (Future<Extraction> f : futures) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("extraction failed", e.getCause());
      }
    }
    return out;
  }

  private record BatchResult(int incidents, Set<String> touched) {}

  private BatchResult applyBatch(Connection c, List<DocumentStore.Change> batch, List<Extraction> extractions,
      long lastSeq) throws SQLException {
    Set<String> touched = new LinkedHashSet<>();
    int incidents = 0;
    for (int i : organisationsFirst(extractions)) {
      CrawledDocument doc = batch.get(i).document();
      Extraction ex = extractions.get(i);
      FactRows.replace(c, doc.id(), ex);
      // A report naming only a service (no organisation) may still join the case of its operator.
      boolean incident = (ex.looksLikeIncident() || namesOnlyAService(ex)) && !NonIncidentPages.isNonIncident(doc);
      String old = cases.caseOf(c, doc.id()).orElse(null);
      String target = incident ? place(c, doc, ex, old) : null;
      markExtracted(c, doc.id(), batch.get(i).seq(),
          target != null ? INCIDENT : incident && ex.organizations().isEmpty() ? WAITING_FOR_SERVICE : NOT_INCIDENT);
      if (old != null && !old.equals(target)) {
        cases.unassign(c, doc.id());
        touched.add(old);
      }
      if (target != null) {
        cases.assign(c, doc.id(), target);
        touched.add(target);
        incidents++;
        rebuildCase(c, target); // keeps grouping keys current for the next article of the batch
      }
    }
    incidents += placeWaiting(c, touched);
    for (String id : touched) {
      rebuildCase(c, id);
    }
    for (String id : touched) {
      CaseKey key = grouper.get(id);
      if (key != null) {
        links.replaceAuto(c, id, CaseLinker.linksOf(key, grouper, this::primaryName));
      }
    }
    cases.setWatermark(c, lastSeq);
    return new BatchResult(incidents, touched);
  }

  /** An incident article without an organisation: it may join a case by a service it names, never open one. */
  private static boolean namesOnlyAService(Extraction ex) {
    return ex.organizations().isEmpty() && !ex.incidentTypes().isEmpty();
  }

  private final Map<String, String> names = new java.util.HashMap<>();

  private String primaryName(String caseId) {
    return names.getOrDefault(caseId, caseId);
  }

  /** The case for an incident article: its current one if it still fits, a matching one, or a new one. */
  private String place(Connection c, CrawledDocument doc, Extraction ex, String current) throws SQLException {
    String pinned = EditorialPins.pinned(c, doc.id()); // an editor merged or split it there
    if (pinned != null) {
      return pinned;
    }
    if (doc.duplicateOf() != null) {
      var original = cases.caseOf(c, doc.duplicateOf());
      if (original.isPresent()) {
        return original.get();
      }
    }
    ArticleKeys keys = ArticleKeys.of(new CaseMember(doc, ex));
    if (keys.primaryOrg() == null) {
      return grouper.chooseByService(keys, doc.title()); // never opens a case: no organisation to name it after
    }
    String chosen = grouper.choose(keys);
    if (chosen != null) {
      return chosen;
    }
    if (current != null && grouper.get(current) != null && grouper.get(current).orgs().contains(keys.primaryOrg())) {
      return current;
    }
    String anchor = keys.dates().stream().min(java.util.Comparator.naturalOrder()).map(Object::toString).orElse(null);
    String type = keys.types().isEmpty() ? null : keys.types().iterator().next();
    String id = CaseIds.make(anchor, keys.primaryName(), type, candidate -> {
      try {
        return cases.exists(c, candidate);
      } catch (SQLException e) {
        throw new StoreException(e.getMessage(), e);
      }
    });
    cases.create(c, id, keys.primaryOrg(), anchor);
    return id;
  }

  private void rebuildCase(Connection c, String caseId) throws SQLException {
    List<Long> memberIds = cases.members(c, caseId);
    if (memberIds.isEmpty()) {
      cases.delete(c, caseId);
      grouper.remove(caseId);
      return;
    }
    List<CaseMember> members = new ArrayList<>();
    for (long id : memberIds) {
      CrawledDocument d = documents.get(id).orElse(null);
      if (d != null) {
        members.add(new CaseMember(d, FactRows.read(c, id)));
      }
    }
    if (members.isEmpty()) {
      return;
    }
    List<String> autoTags = AutoTags.of(members);
    links.setAutoTags(c, caseId, autoTags);
    // editors' corrections and tag removals survive every re-assembly (see EditorialOverrides)
    CaseRecord record = EditorialOverrides.apply(c, CaseAssembler.assemble(caseId, members, links.tags(c, caseId)));
    cases.save(c, record);
    CaseKey key = keyOf(caseId, members, record);
    saveKey(c, key);
    grouper.put(key);
    names.put(caseId, members.stream().map(m -> ArticleKeys.of(m).primaryName()).filter(java.util.Objects::nonNull)
        .findFirst().orElse(caseId));
  }

  static CaseKey keyOf(String caseId, List<CaseMember> members, CaseRecord record) {
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> vendors = new LinkedHashSet<>();
    Set<String> systems = new LinkedHashSet<>(record.systems());
    Set<String> types = new LinkedHashSet<>(record.incidentTypes());
    String unnamed = null;
    java.time.LocalDate first = null;
    java.time.LocalDate last = null;
    for (CaseMember m : members) {
      ArticleKeys k = ArticleKeys.of(m);
      if (k.primaryOrg() != null) {
        orgs.add(k.primaryOrg());
      }
      vendors.addAll(k.vendors());
      unnamed = unnamed == null ? k.unnamedVendor() : unnamed;
      for (java.time.LocalDate d : k.dates()) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    vendors.removeAll(orgs);
    return new CaseKey(caseId, orgs, vendors, systems, types, first, last, unnamed);
  }

  static void saveKey(Connection c, CaseKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET keys = ? WHERE id = ?")) {
      ps.setString(1, Json.MAPPER.writeValueAsString(key));
      ps.setString(2, key.id());
      ps.executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void loadKeys() {
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, keys, primary_org FROM cases"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          try {
            CaseKey k = Json.MAPPER.readValue(rs.getString(2), CaseKey.class);
            if (k.id() != null && k.first() != null) {
              grouper.put(k);
            }
          } catch (JsonProcessingException e) {
            LOG.warn("case {} has unreadable keys; it will be rebuilt when its articles change", rs.getString(1));
          }
        }
      }
      return null;
    });
    for (CaseRecord r : cases.all()) {
      if (r.id() != null) {
        r.organizations().stream().filter(o -> o.role().equals("victim")).findFirst()
            .or(() -> r.organizations().stream().findFirst())
            .ifPresent(o -> names.put(r.id(), o.name()));
      }
    }
  }

  /** {@code extractions.is_incident}: 1 in a case, 0 not an incident, 2 an orgless report waiting for its case. */
  private static final int NOT_INCIDENT = 0;
  private static final int INCIDENT = 1;
  private static final int WAITING_FOR_SERVICE = 2;
  /** How many waiting orgless reports (newest first) are retried per batch; they are rare. */
  private static final int MAX_WAITING = 500;

  /** Articles with an organisation first, so a report naming only a service finds its case in the same batch. */
  private static List<Integer> organisationsFirst(List<Extraction> extractions) {
    List<Integer> order = new ArrayList<>();
    for (boolean withOrg : new boolean[] {true, false}) {
      for (int i = 0; i < extractions.size(); i++) {
        if (extractions.get(i).organizations().isEmpty() != withOrg) {
          order.add(i);
        }
      }
    }
    return order;
  }

  /**
   * Orgless reports that found no case when they arrived try again after this batch touched cases:
   * the operator's own report may come later than the one naming only its service.
   */
  private int placeWaiting(Connection c, Set<String> touched) throws SQLException {
    if (touched.isEmpty()) {
      return 0;
    }
    List<long[]> waiting = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT document_id, seq FROM extractions WHERE is_incident = ? ORDER BY seq DESC LIMIT ?")) {
      ps.setInt(1, WAITING_FOR_SERVICE);
      ps.setInt(2, MAX_WAITING);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          waiting.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    int placed = 0;
    for (long[] w : waiting) {
      CrawledDocument doc = documents.get(w[0]).orElse(null);
      if (doc == null || cases.caseOf(c, doc.id()).isPresent()) {
        continue;
      }
      String target = place(c, doc, FactRows.read(c, doc.id()), null);
      if (target != null) {
        cases.assign(c, doc.id(), target);
        markExtracted(c, doc.id(), w[1], INCIDENT);
        touched.add(target);
        rebuildCase(c, target);
        placed++;
      }
    }
    return placed;
  }

  private static void markExtracted(Connection c, long documentId, long seq, int incident) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO extractions(document_id, seq, is_incident, extracted_at)"
        + " VALUES (?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET seq = excluded.seq,"
        + " is_incident = excluded.is_incident, extracted_at = excluded.extracted_at")) {
      ps.setLong(1, documentId);
      ps.setLong(2, seq);
      ps.setInt(3, incident);
      ps.setString(4, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  private int syncIndex(CaseIndex index) {
    List<String> dirty = cases.dirty();
    Set<String> existing = new LinkedHashSet<>();
    index.write(batch -> {
      for (String id : dirty) {
        var record = cases.get(id);
        if (record.isPresent() && record.get().id() != null) {
          batch.update(record.get(), texts(record.get()));
          existing.add(id);
        } else {
          batch.delete(id);
        }
      }
    });
    cases.markClean(dirty);
    LOG.info("index synced: {} cases updated", existing.size());
    return existing.size();
  }

  private List<String> texts(CaseRecord r) {
    List<String> out = new ArrayList<>();
    for (CaseRecord.Article a : r.articles()) {
      documents.get(a.id()).ifPresent(d -> out.add(d.text()));
    }
    return out;
  }
}
