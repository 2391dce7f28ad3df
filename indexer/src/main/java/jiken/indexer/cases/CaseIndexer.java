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
import jiken.indexer.Progress;
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
    Set<String> touched = new java.util.HashSet<>();
    long seq = cases.watermark();
    Progress progress = new Progress("index", documents.countChangedAfter(seq));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
      Thread t = new Thread(r, "jiken-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      // Extraction of the next batch runs on the pool while this thread applies the current one.
      List<DocumentStore.Change> batch = documents.changedAfter(seq, BATCH);
      List<Future<Extraction>> pending = extractAsync(pool, batch);
      while (!batch.isEmpty()) {
        long lastSeq = batch.get(batch.size() - 1).seq();
        List<DocumentStore.Change> next = documents.changedAfter(lastSeq, BATCH);
        List<Future<Extraction>> nextPending = extractAsync(pool, next);
        List<Extraction> extractions = await(pending);
        List<DocumentStore.Change> current = batch;
        BatchResult r = db.inTransaction(c -> applyBatch(c, current, extractions, lastSeq));
        docs += batch.size();
        incidents += r.incidents();
        touched.addAll(r.touched());
        progress.advance(batch.size());
        batch = next;
        pending = nextPending;
      }
    } finally {
      pool.shutdownNow();
    }
    LOG.info("indexed {} documents ({} incidents, {} cases touched)", docs, incidents, touched.size());
    int synced = syncIndex(index);
    return new Report(docs, incidents, touched.size(), synced, System.currentTimeMillis() - started);
  }

  /** Rebuilds the Lucene index from the case records in SQLite ({@code jiken reindex}). */
  public Report rebuild(CaseIndex index) {
    long started = System.currentTimeMillis();
    List<String> all = cases.ids();
    index.write(batch -> {
      batch.deleteAll();
      writeCases(batch, all, false, new Progress("reindex", all.size()));
    });
    cases.markClean(all);
    return new Report(0, 0, 0, all.size(), System.currentTimeMillis() - started);
  }

  /**
   * Writes the Lucene documents of {@code ids} (deleting those whose record is gone) on all cores:
   * chunks of records and their article texts are read from SQLite in bulk, and Lucene's writer
   * takes documents from several threads. Returns the ids written.
   */
  private Set<String> writeCases(CaseIndex.Batch batch, List<String> ids, boolean followRedirects, Progress progress)
      throws java.io.IOException {
    Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jiken-index");
      t.setDaemon(true);
      return t;
    });
    try {
      java.util.concurrent.CompletionService<Integer> done = new java.util.concurrent.ExecutorCompletionService<>(pool);
      int submitted = 0;
      int finished = 0;
      for (int from = 0; from < ids.size(); from += SYNC_CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SYNC_CHUNK));
        done.submit(() -> {
          for (Map.Entry<String, java.util.Optional<Loaded>> e : load(chunk, followRedirects).entrySet()) {
            var loaded = e.getValue();
            if (loaded.isPresent() && loaded.get().record().id() != null) {
              batch.update(loaded.get().record(), loaded.get().texts());
              written.add(e.getKey());
            } else if (followRedirects) {
              batch.delete(e.getKey());
            }
          }
          return chunk.size();
        });
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

  private static int take(java.util.concurrent.CompletionService<Integer> done) throws java.io.IOException {
    try {
      return done.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof java.io.IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static final int SYNC_CHUNK = 250;

  private record Loaded(CaseRecord record, List<String> texts) {}

  /** The records of {@code ids} (following merge redirects if asked) with their article texts, in order. */
  private Map<String, java.util.Optional<Loaded>> load(List<String> ids, boolean followRedirects) {
    return db.read(c -> {
      Map<String, java.util.Optional<CaseRecord>> records = new java.util.LinkedHashMap<>();
      List<Long> articleIds = new ArrayList<>();
      for (String id : ids) {
        var r = cases.get(c, followRedirects ? cases.resolve(c, id) : id);
        records.put(id, r);
        r.ifPresent(record -> record.articles().forEach(a -> articleIds.add(a.id())));
      }
      Map<Long, CrawledDocument> docs = documents.getAll(c, articleIds);
      Map<String, java.util.Optional<Loaded>> out = new java.util.LinkedHashMap<>();
      records.forEach((id, r) -> out.put(id, r.map(record -> {
        List<String> texts = new ArrayList<>();
        for (CaseRecord.Article a : record.articles()) {
          CrawledDocument d = docs.get(a.id());
          if (d != null) {
            texts.add(d.text());
          }
        }
        return new Loaded(record, texts);
      })));
      return out;
    });
  }

  private List<Future<Extraction>> extractAsync(ExecutorService pool, List<DocumentStore.Change> batch) {
    List<Future<Extraction>> futures = new ArrayList<>();
    for (DocumentStore.Change ch : batch) {
      CrawledDocument d = ch.document();
      ArticleInput in = new ArticleInput(Long.toString(d.id()), d.url(), d.title(), d.text(), d.published());
      futures.add(pool.submit(() -> extractor.apply(in)));
    }
    return futures;
  }

  private static List<Extraction> await(List<Future<Extraction>> futures) {
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
    stale.clear();
    opened.clear();
    int incidents = 0;
    for (int i : organisationsFirst(extractions)) {
      CrawledDocument doc = batch.get(i).document();
      Extraction ex = extractions.get(i);
      FactRows.replace(c, doc.id(), ex);
      waitingCache.remove(doc.id()); // re-extracted: a cached copy would be out of date
      // A report naming only a service (no organisation) may still join the case of its operator.
      boolean incident = (ex.looksLikeIncident() || namesOnlyAService(ex)) && !NonIncidentPages.isNonIncident(doc);
      String old = cases.caseOf(c, doc.id()).orElse(null);
      String target = incident ? place(c, doc, ex, old) : null;
      markExtracted(c, doc.id(), batch.get(i).seq(),
          target != null ? INCIDENT : incident && ex.organizations().isEmpty() ? WAITING_FOR_SERVICE : NOT_INCIDENT);
      if (old != null && !old.equals(target)) {
        cases.unassign(c, doc.id());
        touched.add(old);
        stale.add(old); // its key still counts the article that left; rebuilt in full if another joins
      }
      if (target != null) {
        cases.assign(c, doc.id(), target);
        touched.add(target);
        incidents++;
        joined(c, target, new CaseMember(doc, ex), target.equals(old));
      }
    }
    incidents += placeWaiting(c, touched);
    rebuildCases(c, touched);
    for (String id : touched) {
      CaseKey key = grouper.get(id);
      if (key != null) {
        links.replaceAuto(c, id, CaseLinker.linksOf(key, grouper, this::primaryName));
      }
    }
    cases.setWatermark(c, lastSeq);
    return new BatchResult(incidents, touched);
  }

  /** Cases whose in-memory key may count an article that has left them during this batch. */
  private final Set<String> stale = new java.util.HashSet<>();
  /** Cases opened during this batch (their key starts empty). */
  private final Set<String> opened = new java.util.HashSet<>();

  /**
   * Keeps the grouping key of {@code caseId} current after {@code member} joined it, for the next
   * articles of the batch; the record itself is assembled once, at the end of the batch. The key of
   * a case is the union of its articles' keys ({@link #keyOf}), so adding one article is a union —
   * except when the article was already a member (its old facts would stay counted) or an article
   * left the case: then the case is re-assembled from SQLite as before.
   */
  private void joined(Connection c, String caseId, CaseMember member, boolean wasMember) throws SQLException {
    CaseKey old = grouper.get(caseId);
    boolean fresh = opened.remove(caseId);
    if (wasMember || stale.contains(caseId) || (old == null && !fresh)) {
      rebuildCase(c, caseId);
      stale.remove(caseId);
      return;
    }
    ArticleKeys k = ArticleKeys.of(member);
    Set<String> orgs = new LinkedHashSet<>(old == null ? Set.of() : old.orgs());
    Set<String> vendors = new LinkedHashSet<>(old == null ? Set.of() : old.vendors());
    Set<String> systems = new LinkedHashSet<>(old == null ? Set.of() : old.systems());
    Set<String> types = new LinkedHashSet<>(old == null ? Set.of() : old.types());
    java.time.LocalDate first = old == null ? null : old.first();
    java.time.LocalDate last = old == null ? null : old.last();
    if (k.primaryOrg() != null) {
      orgs.add(k.primaryOrg());
    }
    vendors.addAll(k.vendors());
    vendors.removeAll(orgs);
    systems.addAll(member.extraction().systemValues());
    types.addAll(member.extraction().incidentTypeValues());
    for (java.time.LocalDate d : k.dates()) {
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    String unnamed = old != null && old.unnamedVendor() != null ? old.unnamedVendor() : k.unnamedVendor();
    grouper.put(new CaseKey(caseId, orgs, vendors, systems, types, first, last, unnamed));
  }

  /** An incident article without an organisation: it may join a case by a service it names, never open one. */
  private static boolean namesOnlyAService(Extraction ex) {
    return ex.organizations().isEmpty() && !ex.incidentTypes().isEmpty();
  }

  private final Map<String, String> names = new java.util.HashMap<>();

  private String primaryName(String caseId) {
    String name = names.get(caseId);
    if (name == null) {
      name = cases.get(caseId).filter(r -> r.id() != null).map(CaseIndexer::storedName).orElse(caseId);
      names.put(caseId, name);
    }
    return name;
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
    opened.add(id);
    return id;
  }

  private void rebuildCase(Connection c, String caseId) throws SQLException {
    rebuildCases(c, List.of(caseId));
  }

  /**
   * Re-assembles the records, automatic tags and keys of {@code caseIds} from SQLite; a case left
   * without articles is removed. Members, documents and facts are read in a few bulk queries.
   */
  private void rebuildCases(Connection c, java.util.Collection<String> caseIds) throws SQLException {
    List<String> ids = new ArrayList<>(caseIds);
    for (int from = 0; from < ids.size(); from += REBUILD_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + REBUILD_CHUNK));
      Map<String, List<Long>> memberIds = cases.members(c, chunk);
      List<Long> all = memberIds.values().stream().flatMap(List::stream).toList();
      Map<Long, CrawledDocument> docs = documents.getAll(c, all);
      Map<Long, Extraction> facts = FactRows.readAll(c, all);
      for (String caseId : chunk) {
        List<Long> members = memberIds.getOrDefault(caseId, List.of());
        if (members.isEmpty()) {
          cases.delete(c, caseId);
          grouper.remove(caseId);
          continue;
        }
        List<CaseMember> loaded = new ArrayList<>();
        for (long id : members) {
          CrawledDocument d = docs.get(id);
          if (d != null) {
            loaded.add(new CaseMember(d, facts.get(id)));
          }
        }
        assemble(c, caseId, loaded);
      }
    }
  }

  private static final int REBUILD_CHUNK = 200;

  private void assemble(Connection c, String caseId, List<CaseMember> members) throws SQLException {
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
    // names of cases this run does not rebuild are read when a link needs them (primaryName)
  }

  /** The name a case not rebuilt in this run is shown by in link reasons: its victim's, else its first organisation's. */
  private static String storedName(CaseRecord r) {
    return r.organizations().stream().filter(o -> o.role().equals("victim")).findFirst()
        .or(() -> r.organizations().stream().findFirst()).map(CaseRecord.Org::name).orElse(null);
  }

  /** {@code extractions.is_incident}: 1 in a case, 0 not an incident, 2 an orgless report waiting for its case. */
  private static final int NOT_INCIDENT = 0;
  private static final int INCIDENT = 1;
  private static final int WAITING_FOR_SERVICE = 2;
  /** How many waiting orgless reports (newest first) are retried per batch; they are rare. */
  private static final int MAX_WAITING = 500;
  private final Map<Long, CaseMember> waitingCache = new java.util.HashMap<>();

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
    // The same reports are retried batch after batch: keep them (bounded by MAX_WAITING) instead of re-reading.
    Set<Long> ids = new java.util.HashSet<>();
    waiting.forEach(w -> ids.add(w[0]));
    waitingCache.keySet().retainAll(ids);
    List<Long> missing = ids.stream().filter(id -> !waitingCache.containsKey(id)).toList();
    Map<Long, CrawledDocument> docs = documents.getAll(c, missing);
    Map<Long, Extraction> facts = FactRows.readAll(c, missing);
    for (long id : missing) {
      if (docs.containsKey(id)) {
        waitingCache.put(id, new CaseMember(docs.get(id), facts.get(id)));
      }
    }
    for (long[] w : waiting) {
      CaseMember m = waitingCache.get(w[0]);
      if (m == null || cases.caseOf(c, m.document().id()).isPresent()) {
        continue;
      }
      CrawledDocument doc = m.document();
      String target = place(c, doc, m.extraction(), null);
      if (target != null) {
        cases.assign(c, doc.id(), target);
        markExtracted(c, doc.id(), w[1], INCIDENT);
        touched.add(target);
        joined(c, target, m, false);
        waitingCache.remove(w[0]);
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
    Set<String> existing = new java.util.HashSet<>();
    index.write(batch -> existing.addAll(writeCases(batch, dirty, true, new Progress("index sync", dirty.size()))));
    cases.markClean(dirty);
    LOG.info("index synced: {} cases updated", existing.size());
    return existing.size();
  }
}
