package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jiken.indexer.cases.CaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases with equal dates come back in one order however the index was written (incremental runs or a rebuild). */
class SortTieBreakTest {
  @TempDir Path dir;

  private static List<String> newest(Path data, List<CaseRecord> records, boolean oneBatchEach) {
    try (CaseIndex index = new CaseIndex(data)) {
      if (oneBatchEach) { // like incremental index runs: each write is its own segment
        for (CaseRecord r : records) {
          index.write(b -> b.update(r, List.of()));
        }
      } else {
        index.write(b -> {
          for (CaseRecord r : records) {
            b.update(r, List.of());
          }
        });
      }
      List<String> ids = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        new CaseSearcher(index).search(new SearchRequest("", null, null, null, null, null, null, null, "newest", page, 4))
            .hits().forEach(h -> ids.add(h.id()));
      }
      return ids;
    }
  }

  @Test
  void equal_dates_keep_one_order_across_a_rebuild_and_pages() {
    List<CaseRecord> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String date = i < 8 ? "2026-03-01" : "2026-02-0" + i;
      records.add(IndexFixture.record("2026-03-case-" + (char) ('a' + i), date, List.of("架空商事" + i), List.of("misdelivery"),
          null, List.of(), List.of(), "架空商事" + i + "の誤送信", "本文"));
    }
    List<String> incremental = newest(dir.resolve("a"), records, true);
    List<CaseRecord> reversed = new ArrayList<>(records);
    Collections.reverse(reversed);
    List<String> rebuilt = newest(dir.resolve("b"), reversed, false);
    assertThat(incremental).hasSize(10).doesNotHaveDuplicates().isEqualTo(rebuilt);
    assertThat(incremental.subList(0, 8)).isSorted(); // ties by id
    assertThat(incremental.subList(8, 10)).containsExactly("2026-03-case-j", "2026-03-case-i");
  }
}
