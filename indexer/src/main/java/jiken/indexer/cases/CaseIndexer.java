package jiken.indexer.cases;

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
import jiken.indexer.Progress;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.Extraction;
import jiken.indexer.index.AnalyzedText;
import jiken.indexer.index.CaseIndex;

/**
 * The index run: extracts facts from every document changed since the last run, groups incident
 * articles into cases, rebuilds the affected case records, links and tags, and brings the Lucene
 * index up to date.
 *
 * <p>Incremental and resumable: each batch of documents is committed to SQLite in one transaction
 * together with the new watermark, and the cases it touched are marked dirty; their records are
 * then assembled, Lucene is synced from the dirty cases (most of them beside the assembly, see
 * {@link SyncBehind}) and, once it has committed, they are marked clean. A crash at any point
 * leaves either the old or the new state of a batch plus dirty marks, and the next run finishes
 * the work without duplicates. Not thread-safe: one run at a time per data directory.
 */
public final class CaseIndexer {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseIndexer.class);
  private static final int BATCH = 200;

  private final Database db;
  private final DocumentStore documents;
  private final CaseStore cases;
  private final CaseLinkStore links;
  private final ExtractStep extractor;
  private final IndexSync sync;
  /** The keys of every case, loaded afresh at the start of each run. */
  private CaseGrouper grouper = new CaseGrouper();

  /** What the extraction pool does with one article. */
  @FunctionalInterface
  private interface ExtractStep {
    Extracted apply(ArticleInput in);
  }

  /**
   * An article's facts, its MoreLikeThis nouns taken from the same tokens (null when not at hand),
   * its grouping features and its search tokens ({@link AnalyzedText}; null when it will not be in a case),
   * and whether it reports an incident (it looks like one or names only a service, and is not one of the
   * {@link NonIncidentPages}).
   */
  private record Extracted(Extraction facts, String nouns, ArticleKeys keys, byte[] tokens, boolean incident) {
    Extracted(Extraction facts, String nouns, byte[] tokens) {
      this(facts, nouns, null, tokens, false);
    }
  }

  /**
   * The grouping features of articles met in this run, by document id, so that placing an article,
   * updating its case's key and re-assembling the case compute them once. Replaced when an article is
   * re-extracted; bounded (least recently used out).
   */
  private final Map<Long, ArticleKeys> articleKeys = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, ArticleKeys> eldest) {
      return size() > 50_000;
    }
  };

  private ArticleKeys keysOf(CaseMember m) {
    return articleKeys.computeIfAbsent(m.document().id(), id -> ArticleKeys.of(m));
  }

  public CaseIndexer(Database db, ArticleExtractor extractor) {
    this(db, (ExtractStep) in -> {
      String[] nouns = new String[1];
      byte[][] kept = new byte[1][];
      Extraction facts = extractor.extractForIndex(in, a -> {
        // the extraction's words give the nouns field too: the Lucene sync need not tokenise the text again
        nouns[0] = CaseNouns.joined(a.tokens(), in.textOffset());
        // and the same Kuromoji pass's search-mode parts give the body's search tokens: one pass per article
        kept[0] = a.searchParts().isEmpty() ? null : AnalyzedText.encode(a.searchParts(), in.text(), 0);
      });
      return new Extracted(facts, nouns[0], kept[0]);
    });
  }

  /** With any extraction function (tests use hand-made extractions). */
  public CaseIndexer(Database db, java.util.function.Function<ArticleInput, Extraction> extractor) {
    this(db, (ExtractStep) in -> new Extracted(extractor.apply(in), null, null));
  }

  private CaseIndexer(Database db, ExtractStep extractor) {
    this.db = db;
    this.documents = new DocumentStore(db);
    this.cases = new CaseStore(db);
    this.links = new CaseLinkStore(db);
    this.extractor = extractor;
    this.sync = new IndexSync(db, cases, documents);
  }

  /** What a run did. */
  public record Report(int documents, int incidents, int casesTouched, int casesInIndex, long millis) {}

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  /** Processes every document changed since the last run, then syncs the index. */
  public Report run(CaseIndex index) {
    if (!index.current()) {
      // Its documents were analysed otherwise (an older version's analyzer or fields): queries would
      // miss them, so it is made again from the case records first, as reindex does.
      LOG.warn("the search index was made by another version of Jiken: rebuilding it from the case records");
      rebuild(index);
    }
    long started = System.currentTimeMillis();
    long processCpu = Progress.processCpuNanos();
    long waitNanos = 0;
    long applyNanos = 0;
    long applyCpuNanos = 0;
    int docs = 0;
    int incidents = 0;
    Set<String> touched = new java.util.HashSet<>();
    long seq = cases.watermark();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), new jiken.crawler.NamedThreads("jiken-extract"));
    try {
      // Extraction of the next batch runs on the pool while this thread applies the current one,
      // and that of the first while this thread loads the stored keys: it needs none of them.
      List<DocumentStore.Change> batch = documents.changedAfter(seq, BATCH);
      List<Future<Extracted>> pending = extractAsync(pool, batch);
      loadKeys();
      Progress progress = new Progress("index", documents.countChangedAfter(seq));
      while (!batch.isEmpty()) {
        long lastSeq = batch.get(batch.size() - 1).seq();
        List<DocumentStore.Change> next = documents.changedAfter(lastSeq, BATCH);
        List<Future<Extracted>> nextPending = extractAsync(pool, next);
        long t0 = System.nanoTime();
        List<Extracted> extractions = await(pending);
        long t1 = System.nanoTime();
        long cpu1 = CPU.getCurrentThreadCpuTime();
        List<DocumentStore.Change> current = batch;
        BatchResult r = db.inTransaction(c -> {
          try (CachedStatements cached = new CachedStatements(c)) {
            return applyBatch(cached.connection(), current, extractions, lastSeq);
          }
        });
        waitNanos += t1 - t0;
        applyNanos += System.nanoTime() - t1;
        applyCpuNanos += CPU.getCurrentThreadCpuTime() - cpu1;
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
    // where the time went, wall and CPU of all threads (other processes cannot inflate the CPU figures):
    // waiting for extraction means the pool is the bottleneck, applying means SQLite and grouping
    long now = Progress.processCpuNanos();
    LOG.info("indexed {} documents ({} incidents, {} cases touched); waited {} ms for extraction, applied batches in {} ms"
        + " ({} ms CPU on this thread); {} ms CPU in all", docs, incidents, touched.size(), waitNanos / 1_000_000,
        applyNanos / 1_000_000, applyCpuNanos / 1_000_000, (now - processCpu) / 1_000_000);
    int synced = assembleAndSync(index);
    return new Report(docs, incidents, touched.size(), synced, System.currentTimeMillis() - started);
  }

  /** Rebuilds the Lucene index from the case records in SQLite ({@code jiken reindex}). */
  public Report rebuild(CaseIndex index) {
    long started = System.currentTimeMillis();
    Instant readFrom = Instant.now();
    List<String> all = cases.ids();
    index.write(batch -> {
      batch.deleteAll();
      Progress progress = new Progress("reindex", all.size());
      // the merge of the first three quarters runs beside the writing of the rest, not after it all
      int split = all.size() - all.size() / 4;
      sync.write(batch, all.subList(0, split), false, progress);
      batch.mergeWrittenSoFar();
      sync.write(batch, all.subList(split, all.size()), false, progress);
    });
    cases.markClean(all, readFrom);
    return new Report(0, 0, 0, all.size(), System.currentTimeMillis() - started);
  }

  private List<Future<Extracted>> extractAsync(ExecutorService pool, List<DocumentStore.Change> batch) {
    List<Future<Extracted>> futures = new ArrayList<>();
    for (DocumentStore.Change ch : batch) {
      CrawledDocument d = ch.document();
      ArticleInput in = new ArticleInput(Long.toString(d.id()), d.url(), d.title(), d.text(), d.published());
      futures.add(pool.submit(() -> {
        Extracted e = extractor.apply(in);
        // the grouping features too, on the pool: the thread applying batches is the pipeline's bottleneck
        // a report naming only a service (no organisation) may still join the case of its operator
        boolean candidate = e.facts().looksLikeIncident() || namesOnlyAService(e.facts());
        ArticleKeys keys = candidate ? ArticleKeys.of(new CaseMember(d, e.facts())) : null;
        boolean incident = candidate && !NonIncidentPages.isNonIncident(d); // a scan of the whole text
        // and its search tokens (made by the extraction's pass when it ran), so the Lucene sync and reindex
        // replay them rather than run Kuromoji again
        byte[] tokens = keys == null ? null : e.tokens() != null ? e.tokens() : AnalyzedText.encode(d.text());
        return new Extracted(e.facts(), e.nouns(), keys, tokens, incident);
      }));
    }
    return futures;
  }

  private static List<Extracted> await(List<Future<Extracted>> futures) {
    List<Extracted> out = new ArrayList<>();
    for (Future<Extracted> f : futures) {
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

  private BatchResult applyBatch(Connection c, List<DocumentStore.Change> batch, List<Extracted> extracted,
      long lastSeq) throws SQLException {
    List<Extraction> extractions = extracted.stream().map(Extracted::facts).toList();
    Set<String> touched = new LinkedHashSet<>();
    stale.clear();
    opened.clear();
    int incidents = 0;
    for (int i : organisationsFirst(extractions)) {
      CrawledDocument doc = batch.get(i).document();
      Extraction ex = extractions.get(i);
      FactRows.replace(c, doc.id(), ex);
      waitingCache.remove(doc.id()); // re-extracted: a cached copy would be out of date
      if (extracted.get(i).keys() != null) {
        articleKeys.put(doc.id(), extracted.get(i).keys());
      } else {
        articleKeys.remove(doc.id());
      }
      boolean incident = extracted.get(i).incident();
      String old = cases.caseOf(c, doc.id()).orElse(null);
      String target = incident ? place(c, doc, ex, old) : null;
      markExtracted(c, doc.id(), batch.get(i).seq(),
          target != null ? INCIDENT : incident && ex.organizations().isEmpty() ? WAITING_FOR_SERVICE : NOT_INCIDENT,
          extracted.get(i).nouns(), extracted.get(i).tokens());
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
    // A case an article left is re-assembled now (it may be empty, and its key must lose that
    // article); the others keep their key, kept current by joined(), and are assembled once, at the end of the run.
    rebuildCases(c, touched.stream().filter(stale::contains).toList());
    for (String id : touched) {
      CaseKey key = grouper.get(id);
      if (key != null && !stale.contains(id)) {
        cases.saveKeyForAssembly(c, id, CaseKeyCodec.encode(key), names.get(id));
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
    if (wasMember || stale.contains(caseId) || (old == null && !fresh) || (old != null && old.legacy())) {
      rebuildCase(c, caseId);
      stale.remove(caseId);
      return;
    }
    ArticleKeys k = keysOf(member);
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
    grouper.put(new CaseKey(caseId, orgs, vendors, systems, types, first, last, unnamed).withReports(old, k));
  }

  /** An incident article without an organisation: it may join a case by a service it names, never open one. */
  private static boolean namesOnlyAService(Extraction ex) {
    return ex.organizations().isEmpty() && !ex.incidentTypes().isEmpty();
  }

  private final Map<String, String> names = new java.util.HashMap<>();

  /**
   * The name link reasons show a case by: the one this run gave it, else the one stored with its key
   * (a few bytes, where its record is pages long), else its record's.
   */
  private String primaryName(String caseId) {
    String name = names.get(caseId);
    if (name == null) {
      name = cases.linkName(caseId).orElseGet(() -> cases.get(caseId).filter(r -> r.id() != null)
          .map(CaseIndexer::storedName).orElse(caseId));
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
    ArticleKeys keys = keysOf(new CaseMember(doc, ex));
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
    names.put(id, keys.primaryName()); // link reasons name it before its record is assembled
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
      List<CaseAssembly> jobs = new ArrayList<>();
      for (String caseId : chunk) {
        List<Long> members = memberIds.getOrDefault(caseId, List.of());
        if (members.isEmpty()) {
          cases.delete(c, caseId);
          grouper.remove(caseId);
          continue;
        }
        List<CaseMember> loaded = new ArrayList<>();
        Map<Long, ArticleKeys> known = new java.util.HashMap<>();
        for (long id : members) {
          CrawledDocument d = docs.get(id);
          if (d != null) {
            loaded.add(new CaseMember(d, facts.get(id)));
            ArticleKeys k = articleKeys.get(id);
            if (k != null) {
              known.put(id, k);
            }
          }
        }
        if (loaded.isEmpty()) {
          continue;
        }
        links.setAutoTags(c, caseId, AutoTags.of(loaded));
        jobs.add(new CaseAssembly(caseId, loaded, links.tags(c, caseId), known));
      }
      for (CaseAssembly.Result r : CaseAssembly.runAll(jobs, assemblers)) {
        save(c, r);
      }
    }
  }

  private static final int REBUILD_CHUNK = 200;

  /**
   * Threads that assemble records beside this one during {@link #assembleMarked} (null otherwise:
   * a batch's few stale cases are assembled on this thread while the extraction pool is busy).
   */
  private ExecutorService assemblers;
  /** Set while {@link #assembleMarked} runs: grouping is over for this run, so a key that indexes as before stays in place. */
  private boolean groupingDone;

  private void save(Connection c, CaseAssembly.Result r) throws SQLException {
    // editors' corrections and tag removals survive every re-assembly (see EditorialOverrides)
    CaseRecord record = EditorialOverrides.apply(c, r.record());
    cases.saveAssembled(c, record, record == r.record() ? r.json() : null, r.storedKey(), r.name());
    if (groupingDone) {
      grouper.replace(r.key());
    } else {
      grouper.put(r.key());
    }
    names.put(r.key().id(), r.name());
    r.keys().forEach(articleKeys::putIfAbsent);
  }

  static CaseKey keyOf(String caseId, List<CaseMember> members, CaseRecord record) {
    return keyOf(caseId, members, record, ArticleKeys::of);
  }

  static CaseKey keyOf(String caseId, List<CaseMember> members, CaseRecord record,
      java.util.function.Function<CaseMember, ArticleKeys> keysOf) {
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> vendors = new LinkedHashSet<>();
    Set<String> systems = new LinkedHashSet<>(record.systems());
    Set<String> types = new LinkedHashSet<>(record.incidentTypes());
    String unnamed = null;
    java.time.LocalDate first = null;
    java.time.LocalDate last = null;
    List<ArticleKeys> all = new ArrayList<>();
    for (CaseMember m : members) {
      ArticleKeys k = keysOf.apply(m);
      all.add(k);
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
    return new CaseKey(caseId, orgs, vendors, systems, types, first, last, unnamed).withReports(all);
  }

  /**
   * Assembles the records of the cases this run (or a run a crash cut short) grouped articles
   * into and replaces their automatic links, now that every key is final: once per case per run.
   * Chunked, record and links in one transaction per chunk; a crash leaves the rest marked and the
   * next run finishes them.
   */
  private void assembleMarked(CaseIndex.IoConsumer<List<String>> assembled) throws java.io.IOException {
    List<String> marked = cases.awaitingAssembly();
    Progress progress = new Progress("assemble", marked.size());
    int threads = Runtime.getRuntime().availableProcessors();
    assemblers = threads < 2 ? null : Executors.newFixedThreadPool(threads - 1, new jiken.crawler.NamedThreads("jiken-assemble"));
    groupingDone = true;
    try {
      for (int from = 0; from < marked.size(); from += REBUILD_CHUNK) {
        List<String> chunk = marked.subList(from, Math.min(marked.size(), from + REBUILD_CHUNK));
        db.inTransaction(c0 -> {
          try (CachedStatements cached = new CachedStatements(c0)) {
            assembleAndLink(cached.connection(), chunk);
          }
          return null;
        });
        assembled.accept(chunk);
        progress.advance(chunk.size());
      }
    } finally {
      groupingDone = false;
      if (assemblers != null) {
        assemblers.shutdownNow();
        assemblers = null;
      }
    }
  }

  private void assembleAndLink(Connection c, List<String> chunk) throws SQLException {
    rebuildCases(c, chunk);
    // keys are final once every batch is in, so links need not wait for the other chunks' records
    for (String id : chunk) {
      CaseKey key = grouper.get(id);
      if (key != null) {
        links.replaceAuto(c, id, CaseLinker.linksOf(key, grouper, this::primaryName));
      }
    }
  }

  private void loadKeys() {
    // afresh each run: the stored keys are the truth, and an editor may have changed cases since the last one
    grouper = StoredKeys.grouper(db);
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
    List<CaseKey> touchedWithSystems = new ArrayList<>();
    for (String id : touched) {
      CaseKey key = grouper.get(id);
      if (key != null && !key.systems().isEmpty()) {
        touchedWithSystems.add(key);
      }
    }
    for (long[] w : waiting) {
      CaseMember m = waitingCache.get(w[0]);
      if (m == null || !mayHaveFound(c, m, touchedWithSystems) || cases.caseOf(c, m.document().id()).isPresent()) {
        continue;
      }
      CrawledDocument doc = m.document();
      String target = place(c, doc, m.extraction(), null);
      if (target != null) {
        cases.assign(c, doc.id(), target);
        placedWaiting(c, doc.id(), w[1]);
        touched.add(target);
        joined(c, target, m, false);
        waitingCache.remove(w[0]);
        placed++;
      }
    }
    return placed;
  }

  /**
   * Whether a waiting report could find a case now, when it found none before: only the cases
   * touched since have changed, so one of them must name a system the report names (in its facts
   * or its headline) in the same period with an agreeing type, as {@link CaseGrouper#chooseByService}
   * requires — unless it is a duplicate or an editor pinned it, which {@link #place} checks first.
   * Without this, every batch re-ran the service search for every waiting report.
   */
  private boolean mayHaveFound(Connection c, CaseMember m, List<CaseKey> touched) throws SQLException {
    if (m.document().duplicateOf() != null || EditorialPins.pinned(c, m.document().id()) != null) {
      return true;
    }
    ArticleKeys keys = keysOf(m);
    String title = m.document().title();
    for (CaseKey t : touched) {
      if (!CaseGrouper.sameServiceStory(t, keys)) {
        continue;
      }
      for (String s : t.systems()) {
        if (keys.systems().contains(s) || (s.length() >= CaseGrouper.MIN_SERVICE_NAME && title.contains(s))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Records that a document was extracted, with the nouns and search tokens kept from it (null when not at hand). */
  private static void markExtracted(Connection c, long documentId, long seq, int incident, String nouns, byte[] tokens)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO extractions(document_id, seq, is_incident, extracted_at, nouns,"
        + " tokens) VALUES (?,?,?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET seq = excluded.seq,"
        + " is_incident = excluded.is_incident, extracted_at = excluded.extracted_at, nouns = excluded.nouns,"
        + " tokens = excluded.tokens")) {
      ps.setLong(1, documentId);
      ps.setLong(2, seq);
      ps.setInt(3, incident);
      ps.setString(4, Instant.now().toString());
      ps.setString(5, nouns);
      ps.setBytes(6, tokens);
      ps.executeUpdate();
    }
  }

  /** A waiting orgless report found its case: its extraction row (and kept nouns) stay, it is now in a case. */
  private static void placedWaiting(Connection c, long documentId, long seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE extractions SET seq = ?, is_incident = ?, extracted_at = ? WHERE document_id = ?")) {
      ps.setLong(1, seq);
      ps.setInt(2, INCIDENT);
      ps.setString(3, Instant.now().toString());
      ps.setLong(4, documentId);
      ps.executeUpdate();
    }
  }

  /**
   * Assembles the records awaiting it ({@link #assembleMarked}) and brings the index up to date, in
   * one writer. Assembly is bound by this thread's SQLite writes, so the documents of the cases it
   * assembles are written beside it on the core it leaves idle ({@link SyncBehind}); then every case
   * still marked stale is written on all cores. The marks of both are cleared once the index has
   * committed, each as of the moment its record was read: a crash before leaves them for the next run.
   */
  private int assembleAndSync(CaseIndex index) {
    long started = System.nanoTime();
    long startCpu = Progress.processCpuNanos();
    boolean behind = Runtime.getRuntime().availableProcessors() > 1;
    Set<String> existing = new java.util.HashSet<>();
    List<CaseStore.Synced> synced = new ArrayList<>();
    long[] assembled = new long[2]; // wall and CPU nanos when assembly ended
    int[] writtenBehind = {0};
    index.write(batch -> {
      try (SyncBehind writer = new SyncBehind(sync, batch)) {
        assembleMarked(behind ? writer::offer : chunk -> {});
        synced.addAll(writer.finish());
        existing.addAll(writer.written());
      }
      assembled[0] = System.nanoTime();
      assembled[1] = Progress.processCpuNanos();
      Set<String> written = new java.util.HashSet<>();
      synced.forEach(s -> written.addAll(s.ids()));
      writtenBehind[0] = written.size();
      LOG.info("records assembled in {} ms ({} ms CPU); {} cases written to the index meanwhile",
          (assembled[0] - started) / 1_000_000, (assembled[1] - startCpu) / 1_000_000, written.size());
      batch.mergeWrittenSoFar(); // beside the rest of the sync, rather than after it
      Instant readFrom = Instant.now();
      List<String> dirty = new ArrayList<>(cases.dirty());
      dirty.removeIf(written::contains); // a case saved again after it was written here stays marked for the next sync
      existing.addAll(sync.write(batch, dirty, true, new Progress("index sync", dirty.size())));
      synced.add(new CaseStore.Synced(dirty, readFrom));
    });
    cases.markClean(synced);
    LOG.info("index synced in {} ms ({} ms CPU) after the assembly: {} cases updated, {} of them during it",
        (System.nanoTime() - assembled[0]) / 1_000_000, (Progress.processCpuNanos() - assembled[1]) / 1_000_000,
        existing.size(), writtenBehind[0]);
    return existing.size();
  }
}
