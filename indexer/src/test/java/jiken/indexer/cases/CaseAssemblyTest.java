package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jiken.crawler.store.CrawledDocument;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ArticleInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cases assembled on several threads are assembled exactly as on one: same records, same stored
 * forms, same keys, in the order of the jobs, whichever article keys were already at hand.
 */
class CaseAssemblyTest {
  private static final List<CaseMember> MEMBERS = new ArrayList<>();

  @BeforeAll
  static void extract() throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    long id = 1;
    for (String corpus : List.of("chain", "hard")) {
      for (JsonNode a : CorpusArticles.read(corpus)) {
        CrawledDocument d = CorpusArticles.document(a, Instant.parse("2026-02-01T00:00:00Z"), corpus + "-").withId(id++);
        MEMBERS.add(new CaseMember(d, extractor.extract(new ArticleInput(Long.toString(d.id()), d.url(), d.title(),
            d.text(), LocalDate.parse(a.get("published").asText())))));
      }
    }
  }

  /** Consecutive articles in cases of one to four, every other case with its first article's keys at hand. */
  private static List<CaseAssembly> jobs() {
    List<CaseAssembly> jobs = new ArrayList<>();
    for (int from = 0, n = 0; from < MEMBERS.size(); from += 1 + n % 4, n++) {
      List<CaseMember> members = MEMBERS.subList(from, Math.min(MEMBERS.size(), from + 1 + n % 4));
      Map<Long, ArticleKeys> known = new HashMap<>();
      if (n % 2 == 0) {
        known.put(members.get(0).document().id(), ArticleKeys.of(members.get(0)));
      }
      jobs.add(new CaseAssembly("case-" + n, members, List.of("tag-" + n % 3), known));
    }
    return jobs;
  }

  @Test
  void assembling_on_several_threads_gives_what_one_thread_gives_in_job_order() throws Exception {
    List<CaseAssembly.Result> one = CaseAssembly.runAll(jobs(), null);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int round = 0; round < 3; round++) {
        List<CaseAssembly.Result> many = CaseAssembly.runAll(jobs(), pool);
        assertThat(many).hasSameSizeAs(one);
        for (int i = 0; i < one.size(); i++) {
          CaseAssembly.Result a = one.get(i);
          CaseAssembly.Result b = many.get(i);
          assertThat(b.record()).isEqualTo(a.record());
          assertThat(b.json()).isEqualTo(a.json()).isEqualTo(CaseStore.toJson(a.record()));
          assertThat(b.storedKey()).isEqualTo(a.storedKey());
          assertThat(b.key().id()).isEqualTo("case-" + i);
          assertThat(b.name()).isEqualTo(a.name());
          assertThat(b.keys()).containsOnlyKeys(a.keys().keySet());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(one).hasSizeGreaterThan(10);
    // every member's keys come back, computed or as given, and the key is the one assembly reads from the record
    CaseAssembly first = jobs().get(0);
    CaseAssembly.Result r = one.get(0);
    assertThat(r.keys()).containsOnlyKeys(first.members().stream().map(m -> m.document().id()).toList());
    assertThat(LegacyKeys.json(r.key())).isEqualTo(LegacyKeys.json(CaseIndexer.keyOf("case-0", first.members(), r.record())));
  }

  @Test
  void a_case_without_articles_is_not_assembled() {
    assertThatThrownBy(() -> new CaseAssembly("empty", List.of(), List.of(), new HashMap<>()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
