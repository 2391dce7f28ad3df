package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk write merges the index down to {@link CaseIndex#SEGMENTS_AFTER_BULK} segments and loses
 * nothing; small writes leave their segments to the merge policy.
 */
class BulkMergeTest {
  private static final int BULK = 40;

  private static int segments(CaseIndex index) {
    return index.withSearcher(s -> s.getIndexReader().leaves().size(), () -> 0);
  }

  private static long total(CaseSearcher searcher) {
    return searcher.search(SearchRequest.query("")).total();
  }

  private static void write(CaseIndex index, int from, int to) {
    FacetOrdinalsTest.write(index, from, to, "");
  }

  @Test
  void small_writes_keep_their_segments_and_a_bulk_write_merges_them(@TempDir Path dir) {
    try (CaseIndex index = new CaseIndex(dir, BULK)) {
      CaseSearcher searcher = new CaseSearcher(index);
      for (int i = 0; i < 8; i++) {
        write(index, i * 3, i * 3 + 3); // eight commits of three cases: eight segments
      }
      assertThat(segments(index)).isGreaterThan(CaseIndex.SEGMENTS_AFTER_BULK);
      assertThat(total(searcher)).isEqualTo(24);

      write(index, 10, 10 + BULK); // replaces 14 of them and adds 26
      assertThat(segments(index)).isLessThanOrEqualTo(CaseIndex.SEGMENTS_AFTER_BULK);
      assertThat(total(searcher)).isEqualTo(10 + BULK);
      assertThat(searcher.search(SearchRequest.query("架空甲商事")).hits())
          .extracting(SearchResult.Hit::id).isNotEmpty();
    }
  }

  @Test
  void the_threshold_counts_deletions_too(@TempDir Path dir) {
    try (CaseIndex index = new CaseIndex(dir, BULK)) {
      for (int i = 0; i < 8; i++) {
        write(index, i * 5, i * 5 + 5);
      }
      int before = segments(index);
      assertThat(before).isGreaterThan(CaseIndex.SEGMENTS_AFTER_BULK);
      index.write(b -> {
        for (int i = 0; i < BULK - 1; i++) {
          b.delete("missing" + i);
        }
      });
      assertThat(segments(index)).as("one change short of bulk").isEqualTo(before);
      index.write(b -> {
        for (int i = 0; i < BULK; i++) {
          b.delete("missing" + i);
        }
      });
      assertThat(segments(index)).isLessThanOrEqualTo(CaseIndex.SEGMENTS_AFTER_BULK);
      assertThat(new CaseSearcher(index).search(SearchRequest.query("")).total()).isEqualTo(40);
    }
  }

  @Test
  void merging_what_a_bulk_write_has_written_so_far_still_ends_merged_and_complete(@TempDir Path dir) {
    try (CaseIndex index = new CaseIndex(dir, BULK)) {
      for (int i = 0; i < 8; i++) {
        write(index, i * 3, i * 3 + 3);
      }
      int before = segments(index);
      index.write(b -> {
        b.update(FacetOrdinalsTest.generated(100, ""), java.util.List.of());
        b.mergeWrittenSoFar(); // one change: not a bulk write's worth, nothing merges
      });
      assertThat(segments(index)).isEqualTo(before + 1);

      index.write(b -> {
        for (int i = 200; i < 200 + BULK; i++) {
          b.update(FacetOrdinalsTest.generated(i, ""), java.util.List.of());
        }
        b.mergeWrittenSoFar();
        for (int i = 0; i < 30; i++) { // the rest: replaces the first 24 and adds 6
          b.update(FacetOrdinalsTest.generated(i, ""), java.util.List.of());
        }
      });
      assertThat(segments(index)).isLessThanOrEqualTo(CaseIndex.SEGMENTS_AFTER_BULK);
      assertThat(total(new CaseSearcher(index))).isEqualTo(30 + 1 + BULK);
    }
  }
}
