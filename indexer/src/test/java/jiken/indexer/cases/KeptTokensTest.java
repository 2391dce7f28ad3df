package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.index.CaseIndex;
import jiken.indexer.index.CaseSearcher;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index run keeps each case article's search tokens and the Lucene sync and reindex replay
 * them; tokens that are unreadable, stale or of another version of the text are ignored and the
 * text is analysed, so search finds the same cases with the same highlights either way.
 */
class KeptTokensTest {
  @TempDir Path dir;

  private static final String TEXT = "株式会社ミズナラ精機(大阪市)は5月8日、社内のファイルサーバーがランサムウエアに感染し、"
      + "取引先の個人情報約1200件が漏洩した可能性があると発表した。ｻｰﾊﾞｰは停止済みで、警察に相談している。";

  @Test
  void kept_tokens_are_replayed_and_bad_ones_fall_back_to_analysis() throws Exception {
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      store.upsert(new CrawledDocument(0, "http://k.test/1", "http://k.test/1", "k", Instant.parse("2026-05-09T00:00:00Z"),
          200, "UTF-8", "ミズナラ精機にランサムウェア攻撃、取引先情報1200件漏えいの恐れ", LocalDate.of(2026, 5, 9), TEXT, "h1", 0, null,
          List.of()));
      CaseIndexer indexer = new CaseIndexer(db, new ArticleExtractor());
      indexer.run(index);
      assertThat(keptTokens(db)).hasSize(1).allSatisfy(t -> assertThat(t).isNotNull().hasSizeGreaterThan(40));
      List<String> expected = searches(index);
      assertThat(expected).allSatisfy(s -> assertThat(s).contains("<mark>"));

      // replayed by reindex: same hits, same highlights
      indexer.rebuild(index);
      assertThat(searches(index)).isEqualTo(expected);

      // garbage, then tokens of another text: analysed instead, same results
      for (String bad : new String[] {"x'01020304'", "x'01'", "NULL"}) {
        db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE extractions SET tokens = " + bad));
        indexer.rebuild(index);
        assertThat(searches(index)).as(bad).isEqualTo(expected);
      }
    }
  }

  /** Snippets (with marks) of the searches a reader makes: variants, widths, long vowels. */
  private static List<String> searches(CaseIndex index) {
    CaseSearcher searcher = new CaseSearcher(index);
    List<String> out = new ArrayList<>();
    for (String q : new String[] {"ランサムウェア", "漏えい", "サーバ", "ミズナラ精機", "取引先 個人情報"}) {
      SearchResult r = searcher.search(SearchRequest.query(q));
      assertThat(r.hits()).as(q).hasSize(1);
      out.add(q + " → " + r.hits().get(0).snippet());
    }
    return out;
  }

  private static List<byte[]> keptTokens(Database db) {
    return db.read(c -> {
      List<byte[]> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT tokens FROM extractions"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getBytes(1));
        }
      }
      return out;
    });
  }
}
