package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The months a case is found by through the systems it names, and lookups by system and period. */
class SystemIndexTest {
  private static int month(String yearMonth) {
    return ArticleKeys.epochMonth(LocalDate.parse(yearMonth + "-01"));
  }

  private static CaseKey key(String id, String system, LocalDate first, LocalDate last, LocalDate reported, int[] days) {
    ArticleKeys report = new ArticleKeys("あおば電機", "あおば電機", Set.of(), Set.of(system), Set.of("unauthorized_access"),
        List.of(first, last), null, reported, days, new int[0], new long[0], false);
    return new CaseKey(id, Set.of("あおば電機"), Set.of(), Set.of(system), Set.of("unauthorized_access"), first, last, null)
        .withReports(List.of(report));
  }

  @Test
  void a_case_is_found_by_its_story_and_report_months_not_every_month_between() {
    LocalDate first = LocalDate.of(2019, 4, 10);
    LocalDate last = LocalDate.of(2025, 3, 31); // a data period of six years
    CaseKey k = key("c1", "会員サイト", first, last, LocalDate.of(2025, 5, 20), new int[] {(int) LocalDate.of(2025, 4, 2).toEpochDay()});
    assertThat(SystemIndex.months(k)).containsExactly(month("2019-04"), month("2025-03"), month("2025-04"), month("2025-05"));
  }

  @Test
  void many_months_keep_the_earliest_and_the_latest_half_and_a_legacy_key_its_first_months_and_its_last() {
    LocalDate first = LocalDate.of(2020, 1, 5);
    int[] days = IntStream.range(0, 30).map(i -> (int) first.plusMonths(i).toEpochDay()).toArray();
    CaseKey many = key("c1", "会員サイト", first, first.plusMonths(29), first.plusMonths(30), days);
    int[] months = SystemIndex.months(many);
    assertThat(months).hasSize(SystemIndex.MAX_INDEXED_MONTHS);
    assertThat(months[0]).isEqualTo(month("2020-01"));
    assertThat(months[11]).isEqualTo(month("2020-12"));
    // 2020-01 to 2022-06 by day, reported 2022-07: 31 months, of which 2021-01 to 2021-07 are left out
    assertThat(months[12]).isEqualTo(month("2021-08"));
    assertThat(months[23]).isEqualTo(month("2022-07"));

    CaseKey shortLegacy = new CaseKey("c2", Set.of("x"), Set.of(), Set.of("s"), Set.of(), LocalDate.of(2021, 11, 3),
        LocalDate.of(2022, 2, 1), null);
    assertThat(SystemIndex.months(shortLegacy)).containsExactly(month("2021-11"), month("2021-12"), month("2022-01"), month("2022-02"));
    CaseKey longLegacy = new CaseKey("c3", Set.of("x"), Set.of(), Set.of("s"), Set.of(), LocalDate.of(2018, 1, 3),
        LocalDate.of(2023, 6, 1), null);
    int[] legacy = SystemIndex.months(longLegacy);
    assertThat(legacy).hasSize(SystemIndex.MAX_INDEXED_MONTHS);
    assertThat(legacy[22]).isEqualTo(month("2018-01") + 22);
    assertThat(legacy[23]).isEqualTo(month("2023-06"));

    assertThat(SystemIndex.months(new CaseKey("c4", Set.of("x"), Set.of(), Set.of("s"), Set.of(), null, null, null))).isEmpty();
  }

  @Test
  void lookups_see_only_the_period_stop_when_enough_and_a_removed_case_is_gone() {
    SystemIndex index = new SystemIndex();
    List<CaseKey> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      LocalDate day = LocalDate.of(2024, 1 + i % 12, 10);
      keys.add(key("c" + i, i < 38 ? "オンラインショップ" : "アオバポイント", day, day, day.plusDays(3),
          new int[] {(int) day.toEpochDay()}));
    }
    keys.forEach(index::add);
    assertThat(index.known("アオバポイント")).isTrue();
    assertThat(index.known("アオバ")).isFalse();
    assertThat(index.longestName()).isEqualTo("オンラインショップ".length());
    assertThat(index.naming("オンラインショップ")).hasSize(38);
    // March 2024 ± 10 days: only the cases of February, March and April 2024
    Set<String> near = index.namingNear("オンラインショップ", List.of(LocalDate.of(2024, 3, 5)), 10, 32);
    assertThat(near).hasSize(7).allSatisfy(id -> assertThat(List.of(2, 3)).contains(1 + Integer.parseInt(id.substring(1)) % 12));
    // a year around: all 38, but it stops as soon as it has more than enough
    assertThat(index.namingNear("オンラインショップ", List.of(LocalDate.of(2024, 6, 15)), 200, 32)).hasSize(33);
    assertThat(index.namingNear("アオバポイント", List.of(LocalDate.of(2024, 3, 1)), 20, 32)).containsExactly("c38");

    index.remove(keys.get(38));
    assertThat(index.namingNear("アオバポイント", List.of(LocalDate.of(2024, 3, 1)), 20, 32)).isEmpty();
    assertThat(index.naming("アオバポイント")).containsExactly("c39");
    index.remove(keys.get(39));
    assertThat(index.known("アオバポイント")).isFalse();
  }
}
