package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import jiken.indexer.cases.CaseRecord;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-stage top N equals the full query's top N (documents, scores and tie order), also when a
 * document matching a word only through its weight-0 clauses belongs in it. Fictional cases made up
 * from fragments written for this test.
 */
class TwoStageTopNTest {
  @TempDir Path dir;

  private static final String[] TITLES = {"架空商事で不正アクセス", "空想銀行の顧客情報が流出", "幻町役場でメール誤送信",
      "委託先から個人情報流出", "クラウドの設定不備で情報流出", "夢見電機にランサムウェア", "架空精機、不正な通信を確認",
      "虚構運輸の会員情報流出", "空想大学で書類紛失", "幻想物産の委託先で障害"};
  private static final String[] SENTENCES = {"委託先の作業員が不正アクセスを行った。", "クラウドサービスの設定に不備があった。",
      "設定不備により外部から閲覧できる状態だった。", "顧客情報が流出した可能性がある。", "第三者による不正アクセスを受けた。",
      "アクセスの記録に不正な操作が残っていた。", "委託先のサーバーから流出した。", "メールを誤って送信した。",
      "メール誤送信により氏名が流出した。", "個人情報を含む書類を紛失した。", "再発防止策として設定を見直す。",
      "委託した先の事業者が調査している。", "情報の流出は確認されていない。", "クラウドの不正利用が判明した。"};

  /** Seeded, so every run indexes the same cases. */
  private static List<CaseRecord> cases(int n) {
    Random random = new Random(6);
    List<CaseRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder body = new StringBuilder();
      int sentences = 1 + random.nextInt(5);
      for (int k = 0; k < sentences; k++) {
        body.append(SENTENCES[random.nextInt(SENTENCES.length)]);
      }
      String type = i % 3 == 0 ? "leak" : "unauthorized_access";
      out.add(IndexFixture.record("t" + i, String.format(java.util.Locale.ROOT, "2024-%02d-01", 1 + i % 12),
          List.of("架空商事"), List.of(type), null, List.of(), List.of(), TITLES[random.nextInt(TITLES.length)],
          body.toString()));
    }
    return out;
  }

  private static final String[] QUERIES = {"不正アクセス 流出", "クラウド 設定不備", "委託先 流出", "設定不備 流出",
      "個人情報 流出", "メール誤送信 流出", "不正アクセス 委託先 流出", "メール誤送信", "不正アクセス", "委託先",
      // 事業者 only ever comes with 委託 and 先 apart: a case that repeats it can outrank one with 委託先 adjacent
      "事業者 委託先", "調査 委託先"};

  @Test
  void same_top_n_as_the_full_query_and_the_checks_find_what_the_scored_query_misses() throws Exception {
    TextQueries queries = new TextQueries(CaseFields.analyzer());
    try (CaseIndex index = new CaseIndex(dir)) {
      index.write(b -> {
        for (CaseRecord r : cases(400)) {
          b.update(r, List.of());
        }
      });
      int[] twoStage = {0, 0};
      index.withSearcher(s -> {
        for (String q : QUERIES) {
          Query text = queries.parse(q, BooleanClause.Occur.MUST, true);
          TwoStagePlan plan = TwoStageTopN.plan(text);
          assertThat(plan).as(q).isNotNull();
          assertThat(plan.scored().toString()).as(q).doesNotContain("^0.0");
          for (UnaryOperator<Query> filters : List.<UnaryOperator<Query>>of(t -> t, TwoStageTopNTest::leaksOnly)) {
            // A count threshold of 1: the small index then passes it, as a large one passes 1,000; and one
            // above the index size: the total is then counted exactly.
            for (int threshold : new int[] {1, 100_000}) {
              for (int want : new int[] {1, 2, 3, 5, 10, 20}) {
                TopDocs full = s.search(filters.apply(text), new TopScoreDocCollectorManager(want, threshold));
                TopDocs top = TwoStageTopN.top(s, text, plan, filters, want, threshold);
                if (top == null) {
                  continue; // too few matches to be sure: the caller runs the full query
                }
                twoStage[0]++;
                String what = q + " top " + want + " threshold " + threshold;
                assertThat(hits(top)).as(what).isEqualTo(hits(full));
                // Reported as the full query's own pass reports it: exact below the threshold, "at least" above.
                assertThat(top.totalHits.relation).as(what).isEqualTo(full.totalHits.relation);
                if (threshold > 1) {
                  assertThat(top.totalHits).as(what).isEqualTo(full.totalHits);
                }
                TopDocs scoredOnly = s.search(filters.apply(plan.scored()), new TopScoreDocCollectorManager(want, 1));
                if (!hits(scoredOnly).equals(hits(full))) {
                  twoStage[1]++; // the full top N holds a document the scored query alone ranks lower or misses
                }
              }
            }
          }
        }
        return null;
      }, () -> null);
      assertThat(twoStage[0]).as("searches answered in two stages").isGreaterThan(100);
      assertThat(twoStage[1]).as("searches whose checks changed the top N").isGreaterThan(0);
    }
  }

  /**
   * Through {@link CaseSearcher}: above its count threshold of 1,000 hits the two-stage path answers, and
   * every result (hits, snippets, totals, facets) is the one the plain pass gives.
   */
  @Test
  void case_searcher_gives_the_same_results_with_and_without_two_stages() throws Exception {
    try (CaseIndex index = new CaseIndex(dir)) {
      index.write(b -> {
        for (CaseRecord r : cases(5_000)) {
          b.update(r, List.of());
        }
      });
      CaseSearcher.Tuning cold = new CaseSearcher.Tuning(20_000, 16_384, 0);
      CaseSearcher twoStage = new CaseSearcher(index, cold);
      CaseSearcher plain;
      System.setProperty("jiken.search.twoStage", "false");
      try {
        plain = new CaseSearcher(index, cold);
      } finally {
        System.clearProperty("jiken.search.twoStage");
      }
      int large = 0;
      for (String q : QUERIES) {
        for (String type : new String[] {null, "leak"}) {
          for (int page : new int[] {1, 3}) {
            SearchRequest req = new SearchRequest(q, type, null, null, null, null, null, null, null, page, 20);
            SearchResult expected = plain.search(req);
            assertThat(twoStage.search(req)).as(q + " type " + type + " page " + page).isEqualTo(expected);
            large += expected.total() > CaseSearcher.COUNT_THRESHOLD ? 1 : 0;
          }
        }
      }
      assertThat(large).as("searches above the count threshold").isGreaterThan(10);
    }
  }

  @Test
  void queries_without_weight_zero_clauses_or_with_exclusions_have_no_plan() {
    TextQueries queries = new TextQueries(CaseFields.analyzer());
    // Single known words: no weight-0 clause, nothing to gain.
    assertThat(TwoStageTopN.plan(queries.parse("漏えい 流出", BooleanClause.Occur.MUST, true))).isNull();
    // An exclusion inverts what dropping clauses does to the matches: left to the plain pass.
    assertThat(TwoStageTopN.plan(queries.parse("流出 -不正アクセス", BooleanClause.Occur.MUST, true))).isNull();
    TwoStagePlan plan = TwoStageTopN.plan(queries.parse("不正アクセス 流出", BooleanClause.Occur.MUST, true));
    assertThat(plan.checks()).hasSize(1); // 流出 has no weight-0 clause
    assertThat(plan.checks().get(0).bound().toString()).contains("流出").doesNotContain("アクセス");
    // One word: a document matching it only through weight-0 clauses scores 0, nothing to check.
    assertThat(TwoStageTopN.plan(queries.parse("不正アクセス", BooleanClause.Occur.MUST, true)).checks().get(0).bound())
        .isNull();
  }

  private static Query leaksOnly(Query text) {
    return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(CaseFields.TYPE, "leak")), BooleanClause.Occur.FILTER).build();
  }

  private static List<String> hits(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(d -> d.doc + ":" + d.score).toList();
  }
}
