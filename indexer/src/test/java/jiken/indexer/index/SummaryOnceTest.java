package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jiken.indexer.cases.CaseRecord;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case's summary, the lead of its first report, is indexed once: in the report's text when that is at hand. */
class SummaryOnceTest {
  @TempDir Path dir;

  private static final String SUMMARY = "架空精機は、取引先の連絡先が外部に流出したと発表した。";
  private static final String TEXT = "架空精機は、取引先の連絡先が外部に流出したと発表した。\n"
      + "同社によると、営業部の共有サーバーに保存していたファイルが対象で、現在も調査を続けている。";

  private static CaseRecord record(String id) {
    return IndexFixture.record(id, "2026-03-02", List.of("架空精機"), List.of("other"), null, List.of(), List.of(),
        "架空精機で取引先情報が流出", SUMMARY);
  }

  @Test
  void a_summary_in_an_article_text_is_not_indexed_twice() {
    try (CaseIndex index = new CaseIndex(dir)) {
      index.write(b -> {
        b.update(record("with-text"), List.of(TEXT));
        b.update(record("summary-only"), List.of());
      });
      // 取引 occurs once in the summary and once in the text: counted once for the case with its text
      long withText = index.withSearcher(s -> s.getIndexReader().totalTermFreq(new Term(CaseFields.BODY, "取引")), () -> -1L);
      assertThat(withText).isEqualTo(2); // 1 (with-text, from the text) + 1 (summary-only, from its summary)
      SearchResult hits = new CaseSearcher(index).search(
          new SearchRequest("取引先", null, null, null, null, null, null, null, "relevance", 1, 10));
      assertThat(hits.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("with-text", "summary-only");
      SearchResult bodyOnly = new CaseSearcher(index).search(
          new SearchRequest("共有サーバー", null, null, null, null, null, null, null, "relevance", 1, 10));
      assertThat(bodyOnly.hits()).extracting(SearchResult.Hit::id).containsExactly("with-text");
    }
  }

  @Test
  void cover_needs_the_summary_lead_in_some_article() {
    assertThat(ArticleText.cover(List.of(ArticleText.of(TEXT)), SUMMARY)).isTrue();
    assertThat(ArticleText.cover(List.of(ArticleText.of("別の記事の本文。")), SUMMARY)).isFalse();
    assertThat(ArticleText.cover(List.of(), SUMMARY)).isFalse();
    assertThat(ArticleText.cover(List.of(), "")).isTrue();
    // a truncated summary (…) is matched on its first sentence
    assertThat(ArticleText.cover(List.of(ArticleText.of(TEXT)), SUMMARY + "同社によると…")).isTrue();
  }
}
