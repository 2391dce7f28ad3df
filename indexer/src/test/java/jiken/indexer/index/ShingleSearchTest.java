package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jiken.indexer.cases.CaseRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words the analyzer splits (不正アクセス → 不正 アクセス) are scored through the shingle fields: the
 * same documents match as without them, adjacent parts rank first, and an index without the fields
 * is searched as before. Fictional cases written for this test.
 */
class ShingleSearchTest {
  @TempDir Path dir;

  private static final List<CaseRecord> CASES = List.of(
      IndexFixture.record("s1", "2024-05-01", List.of("架空精機"), List.of("unauthorized_access"), 120L, List.of(),
          List.of(), "架空精機に不正アクセス", "架空精機のサーバーに不正アクセスがあり、顧客情報が閲覧された可能性がある。"),
      IndexFixture.record("s2", "2024-06-01", List.of("空想物産"), List.of("other"), null, List.of(), List.of(),
          "空想物産が手続きの見直し", "不正な操作を防ぐため、管理画面へのアクセスを制限した。"),
      IndexFixture.record("s3", "2024-07-01", List.of("幻町役場"), List.of("loss"), 30L, List.of(), List.of(),
          "幻町役場で書類紛失", "住民の個人情報を含む書類を紛失した。不正アクセスの形跡はない。"));

  @Test
  void shingle_analyzer_gives_adjacent_pairs_and_marks_removed_tokens() {
    Analyzer a = CaseFields.analyzer();
    assertThat(terms(a, CaseFields.BODY_SHINGLE, "不正アクセス")).containsExactly("不正 アクセス");
    assertThat(terms(a, CaseFields.BODY_SHINGLE, "個人情報")).containsExactly("個人 情報");
    assertThat(terms(a, CaseFields.BODY_SHINGLE, "漏えい")).isEmpty();
    // A removed particle leaves a filler, so 情報の漏えい never gives the pair of 情報漏えい.
    assertThat(terms(a, CaseFields.BODY_SHINGLE, "情報の漏えい")).doesNotContain("情報 漏えい");
    assertThat(terms(a, CaseFields.BODY_SHINGLE, "情報漏えい")).containsExactly("情報 漏えい");
  }

  @Test
  void compound_words_are_scored_on_shingles_and_still_match_on_their_parts() {
    TextQueries q = new TextQueries(CaseFields.analyzer());
    String with = q.parse("不正アクセス", BooleanClause.Occur.MUST, true).toString();
    assertThat(with).contains("title_sh:不正 アクセス", "body_sh:不正 アクセス", "(+body:不正 +body:アクセス)^0.0",
        "(+title:不正 +title:アクセス)", "(+bigram:不正 +bigram:正ア +bigram:アク +bigram:クセ +bigram:セス)^0.0");
    assertThat(q.parse("不正アクセス", BooleanClause.Occur.MUST, false).toString()).doesNotContain("_sh:");
    // One known token: nothing to pair, the query is as before.
    assertThat(q.parse("漏えい", BooleanClause.Occur.MUST, true))
        .isEqualTo(q.parse("漏えい", BooleanClause.Occur.MUST, false));
  }

  @Test
  void same_matches_with_and_without_shingles_and_adjacent_parts_rank_first() throws Exception {
    try (CaseIndex index = new CaseIndex(dir)) {
      index.write(b -> {
        for (CaseRecord r : CASES) {
          b.update(r, List.of());
        }
      });
      TextQueries q = new TextQueries(CaseFields.analyzer());
      index.withSearcher(s -> {
        assertThat(CaseSearcher.hasShingles(s.getIndexReader())).isTrue();
        for (String text : List.of("不正アクセス", "個人情報", "不正アクセス 書類", "架空精機 不正アクセス")) {
          assertThat(ids(s, q.parse(text, BooleanClause.Occur.MUST, true)))
              .as(text).containsExactlyInAnyOrderElementsOf(ids(s, q.parse(text, BooleanClause.Occur.MUST, false)));
        }
        return null;
      }, () -> null);
      // s2 has 不正 and アクセス apart: it still matches, after the two cases that name the incident.
      assertThat(new CaseSearcher(index).search(SearchRequest.query("不正アクセス")).hits())
          .extracting(SearchResult.Hit::id).containsExactly("s1", "s3", "s2");
    }
  }

  private static List<String> ids(IndexSearcher s, Query query) throws java.io.IOException {
    var stored = s.storedFields();
    List<String> out = new java.util.ArrayList<>();
    for (var sd : s.search(query, 100).scoreDocs) {
      out.add(stored.document(sd.doc).get(CaseFields.ID));
    }
    return out;
  }

  private static List<String> terms(Analyzer a, String field, String text) {
    List<String> out = new java.util.ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
