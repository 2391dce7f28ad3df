package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jiken.indexer.cases.CaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index made by another version (another analyzer or other fields) is found stale until it is
 * rebuilt; topping it up with new cases does not make it current. Fictional cases.
 */
class IndexSchemaTest {
  @TempDir Path dir;

  private static CaseRecord record(String id, String title) {
    return IndexFixture.record(id, "2025-04-01", List.of("架空商事"), List.of("leak"), null, List.of(), List.of(), title,
        title + "。詳細は調査中。");
  }

  @Test
  void an_index_of_another_version_is_stale_until_rebuilt() {
    try (CaseIndex fresh = new CaseIndex(dir)) {
      assertThat(fresh.current()).as("no index yet").isTrue();
    }
    try (CaseIndex old = new CaseIndex(dir, CaseIndex.BULK_CHANGES, "1:older")) {
      old.write(b -> b.update(record("a", "クラウドの設定不備"), List.of()));
      assertThat(old.current()).as("as its own version sees it").isTrue();
    }
    try (CaseIndex index = new CaseIndex(dir)) {
      assertThat(CaseIndex.schema()).isNotEqualTo("1:older");
      assertThat(index.current()).isFalse();
      index.write(b -> b.update(record("b", "委託先から流出"), List.of()));
      assertThat(index.current()).as("topped up, the old documents are still there").isFalse();
      index.write(b -> {
        b.deleteAll();
        b.update(record("a", "クラウドの設定不備"), List.of());
        b.update(record("b", "委託先から流出"), List.of());
      });
      assertThat(index.current()).as("rebuilt").isTrue();
      index.write(b -> b.update(record("c", "書類の紛失"), List.of()));
      assertThat(index.current()).as("a current index topped up stays current").isTrue();
      assertThat(new CaseSearcher(index).search(SearchRequest.query("クラウド")).hits())
          .extracting(SearchResult.Hit::id).containsExactly("a");
    }
  }
}
