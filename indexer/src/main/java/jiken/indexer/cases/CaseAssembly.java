package jiken.indexer.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The part of assembling a case that needs no database: its record, its grouping key and their
 * stored forms, from members, tags and article keys read beforehand. The index run's assembly phase spends
 * most of its CPU here, so the cases of a chunk are assembled on several threads while the
 * reads and writes around them stay on the thread that holds the transaction.
 *
 * <p>An instance is confined to the thread that runs it; {@link #runAll} may run different
 * instances at once.
 *
 * @param caseId the case
 * @param members its articles with their facts, at least one
 * @param tags its tags, automatic and editorial, as stored
 * @param keys grouping features of some members already at hand, by document id; the others are
 *     computed and added (the map is this instance's own)
 */
record CaseAssembly(String caseId, List<CaseMember> members, List<String> tags, Map<Long, ArticleKeys> keys) {

  /**
   * What assembling produced.
   *
   * @param record the record before editorial overrides
   * @param json {@code record}'s stored form
   * @param key the case's grouping key
   * @param storedKey {@code key}'s stored form ({@link CaseKeyCodec})
   * @param name the name link reasons show the case by
   * @param keys the members' grouping features, all of them
   */
  record Result(CaseRecord record, String json, CaseKey key, byte[] storedKey, String name, Map<Long, ArticleKeys> keys) {}

  CaseAssembly {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a case is assembled from at least one article: " + caseId);
    }
  }

  Result run() {
    java.util.function.Function<CaseMember, ArticleKeys> keysOf =
        m -> keys.computeIfAbsent(m.document().id(), id -> ArticleKeys.of(m));
    CaseRecord record = CaseAssembler.assemble(caseId, members, tags);
    CaseKey key = CaseIndexer.keyOf(caseId, members, record, keysOf);
    String name = members.stream().map(m -> keysOf.apply(m).primaryName()).filter(Objects::nonNull).findFirst()
        .orElse(caseId);
    return new Result(record, CaseStore.toJson(record), key, CaseKeyCodec.encode(key), name, keys);
  }

  /**
   * Runs {@code jobs}, in order of results as of jobs: on {@code pool}'s threads and the calling one
   * when a pool is given and there is more than one job, else on the calling thread.
   */
  static List<Result> runAll(List<CaseAssembly> jobs, ExecutorService pool) {
    if (pool == null || jobs.size() < 2) {
      return jobs.stream().map(CaseAssembly::run).toList();
    }
    int parts = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
    List<Future<List<Result>>> others = new ArrayList<>();
    for (int p = 1; p < parts; p++) {
      List<CaseAssembly> slice = slice(jobs, p, parts);
      others.add(pool.submit(() -> slice.stream().map(CaseAssembly::run).toList()));
    }
    List<Result> out = new ArrayList<>(jobs.size());
    out.addAll(slice(jobs, 0, parts).stream().map(CaseAssembly::run).toList());
    for (Future<List<Result>> f : others) {
      try {
        out.addAll(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException("assembly failed", e.getCause());
      }
    }
    return out;
  }

  /** The {@code p}-th of {@code parts} contiguous slices, so results concatenate in job order. */
  private static List<CaseAssembly> slice(List<CaseAssembly> jobs, int p, int parts) {
    return jobs.subList(jobs.size() * p / parts, jobs.size() * (p + 1) / parts);
  }
}
