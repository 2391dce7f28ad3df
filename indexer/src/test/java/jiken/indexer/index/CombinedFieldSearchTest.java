package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jiken.indexer.cases.CaseRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words are scored through the combined fields ({@link CaseFields#ALL}, {@link CaseFields#ALL_SHINGLE}):
 * a known word as one term, a word the analyzer splits (不正アクセス → 不正 アクセス) through its
 * adjacent pairs; the same documents match as without them, adjacent parts rank first, and the
 * combined field holds the title, the organisation names and aliases and the body. Fictional cases
 * written for this test.
 */
class CombinedFieldSearchTest {
  @TempDir Path dir;

  private static final List<CaseRecord> CASES = List.of(
      IndexFixture.record("s1", "2024-05-01", List.of("架空精機"), List.of("unauthorized_access"), 120L, List.of(),
          List.of(), "架空精機に不正アクセス", "架空精機のサーバーに不正アクセスがあり、顧客情報が閲覧された可能性がある。"),
      IndexFixture.record("s2", "2024-06-01", List.of("空想物産"), List.of("other"), null, List.of(), List.of(),
          "空想物産が手続きの見直し", "不正な操作を防ぐため、管理画面へのアクセスを制限した。"),
      IndexFixture.record("s3", "2024-07-01", List.of("幻町役場"), List.of("loss"), 30L, List.of(), List.of(),
          "幻町役場で書類紛失", "住民の個人情報を含む書類を紛失した。不正アクセスの形跡はない。"),
      IndexFixture.record("s4", "2024-08-01", List.of("霧島データ工房"), List.of("misdelivery"), 5L, List.of(), List.of(),
          "メールの誤送信", "取引先あてのメールを別の宛先に送った。"));

  @Test
  void shingle_analyzer_gives_adjacent_pairs_and_marks_removed_tokens() {
    Analyzer a = CaseFields.analyzer();
    assertThat(terms(a, CaseFields.ALL_SHINGLE, "不正アクセス")).containsExactly("不正 アクセス");
    assertThat(terms(a, CaseFields.ALL_SHINGLE, "個人情報")).containsExactly("個人 情報");
    assertThat(terms(a, CaseFields.ALL_SHINGLE, "漏えい")).isEmpty();
    // A removed particle leaves a filler, so 情報の漏えい never gives the pair of 情報漏えい.
    assertThat(terms(a, CaseFields.ALL_SHINGLE, "情報の漏えい")).doesNotContain("情報 漏えい");
    assertThat(terms(a, CaseFields.ALL_SHINGLE, "情報漏えい")).containsExactly("情報 漏えい");
  }

  @Test
  void words_are_scored_on_the_combined_fields_and_still_match_on_the_word_fields() {
    TextQueries q = new TextQueries(CaseFields.analyzer());
    Query without = q.parse("不正アクセス", BooleanClause.Occur.MUST, false);
    assertThat(without.toString()).doesNotContain("all:", "all_sh:");
    // A split word: scored through its pair, matching as before with weight 0.
    assertThat(q.parse("不正アクセス", BooleanClause.Occur.MUST, true)).isEqualTo(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(CaseFields.ALL_SHINGLE, "不正 アクセス")), BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(without, 0f), BooleanClause.Occur.SHOULD).build());
    // One known token: its all term matches what the word fields do, nothing else is needed.
    assertThat(q.parse("漏えい", BooleanClause.Occur.MUST, true)).isEqualTo(new TermQuery(new Term(CaseFields.ALL, "漏えい")));
    // A name the dictionary does not know keeps its bigrams for matching.
    assertThat(q.parse("ツバサ", BooleanClause.Occur.MUST, true).toString()).contains("all:ツバサ", "bigram:ツバ");
    // Three tokens: a conjunction of two pairs.
    assertThat(q.parse("メール誤送信", BooleanClause.Occur.MUST, true).toString())
        .contains("+all_sh:メール 誤る", "+all_sh:誤る 送信");
  }

  @Test
  void the_combined_field_holds_title_names_aliases_and_body() throws Exception {
    CaseRecord r = IndexFixture.record("a1", "2024-09-01", List.of(), List.of("other"), null, List.of(),
        List.of(), "お知らせ", "システムを更新した。");
    CaseRecord withAlias = new CaseRecord(r.id(), r.title(), r.summary(), r.status(),
        List.of(new CaseRecord.Org("架空精機", "victim", List.of("カクウセイキ"), "", 0)), r.incidentTypes(), r.affectedCount(),
        r.countHistory(), r.dataTypes(), r.systems(), r.tags(), r.timeline(), r.articles(), r.firstDate(), r.lastDate());
    try (CaseIndex index = new CaseIndex(dir)) {
      index.write(b -> {
        for (CaseRecord c : CASES) {
          b.update(c, List.of());
        }
        b.update(withAlias, List.of());
      });
      index.withSearcher(s -> {
        assertThat(ids(s, new TermQuery(new Term(CaseFields.ALL, "お知らせ")))).containsExactly("a1");
        assertThat(ids(s, new TermQuery(new Term(CaseFields.ALL, "カクウセイキ")))).containsExactly("a1");
        assertThat(ids(s, new TermQuery(new Term(CaseFields.ALL, "更新")))).containsExactly("a1");
        assertThat(ids(s, new TermQuery(new Term(CaseFields.ALL_SHINGLE, "書類 紛失")))).containsExactly("s3");
        // No pair spans the title and the body, or two names.
        assertThat(ids(s, new TermQuery(new Term(CaseFields.ALL_SHINGLE, "お知らせ システム")))).isEmpty();
        assertThat(ids(s, new TermQuery(new Term(CaseFields.ALL_SHINGLE, "精機 カクウセイキ")))).isEmpty();
        return null;
      }, () -> null);
    }
  }

  @Test
  void same_matches_with_and_without_the_combined_fields_and_adjacent_parts_rank_first() throws Exception {
    try (CaseIndex index = new CaseIndex(dir)) {
      index.write(b -> {
        for (CaseRecord r : CASES) {
          b.update(r, List.of());
        }
      });
      TextQueries q = new TextQueries(CaseFields.analyzer());
      index.withSearcher(s -> {
        assertThat(CaseSearcher.hasCombinedFields(s.getIndexReader())).isTrue();
        for (String text : List.of("不正アクセス", "個人情報", "不正アクセス 書類", "架空精機 不正アクセス", "メール誤送信",
            "アクセス", "精機", "誤送信 メール")) {
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
