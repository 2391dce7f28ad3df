package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * "The same organisation's other incident" links a case to the organisation's cases nearest in
 * time ({@link CaseLinkIndex#SAME_ORG_NEIGHBOURS} on each side), decided alike from either side.
 */
class SameOrgLinksTest {
  private static final int N = CaseLinkIndex.SAME_ORG_NEIGHBOURS;

  private static CaseKey key(String id, String org, LocalDate first) {
    return new CaseKey(id, Set.of(org), Set.of(), Set.of(), Set.of("misdelivery"), first, first, null);
  }

  private static Set<String> sameOrgLinks(CaseGrouper grouper, String id) {
    Set<String> out = new TreeSet<>();
    for (CaseLink l : CaseLinker.linksOf(grouper.get(id), grouper, x -> x)) {
      if (l.kind().equals(CaseLink.SAME_ORG)) {
        out.add(l.other(id));
      }
    }
    return out;
  }

  @Test
  void a_busy_organisation_s_case_is_linked_to_its_nearest_cases_in_time() {
    CaseGrouper grouper = new CaseGrouper();
    List<String> busy = new ArrayList<>();
    // 20 cases of one body, put out of time order; two on the same day tell apart by id
    for (int i : new int[] {7, 3, 19, 0, 12, 5, 16, 1, 9, 14, 2, 18, 6, 11, 4, 17, 8, 13, 10, 15}) {
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i == 10 ? 9 * 40 : i * 40L);
      grouper.put(key(String.format(java.util.Locale.ROOT, "busy-%02d", i), "みなと区役所", day));
    }
    for (int i = 0; i < 20; i++) {
      busy.add(String.format(java.util.Locale.ROOT, "busy-%02d", i));
    }
    grouper.put(key("small-a", "あさひ町", LocalDate.of(2021, 1, 1)));
    grouper.put(key("small-b", "あさひ町", LocalDate.of(2024, 1, 1)));
    grouper.put(key("small-c", "あさひ町", LocalDate.of(2025, 6, 1)));

    // the middle case: five before, five after
    assertThat(sameOrgLinks(grouper, "busy-10")).containsExactlyElementsOf(
        new TreeSet<>(busy.subList(10 - N, 10 + N + 1)).stream().filter(x -> !x.equals("busy-10")).toList());
    // at the start of the timeline only later ones
    assertThat(sameOrgLinks(grouper, "busy-00")).containsExactlyElementsOf(busy.subList(1, 1 + N));
    // decided alike from both sides, for every pair
    for (String a : busy) {
      for (String b : busy) {
        assertThat(sameOrgLinks(grouper, a).contains(b)).as(a + " / " + b).isEqualTo(sameOrgLinks(grouper, b).contains(a));
      }
      assertThat(sameOrgLinks(grouper, a)).hasSizeBetween(N, 2 * N).allMatch(x -> x.startsWith("busy-"));
    }
    // a small organisation's cases are all linked, however far apart
    assertThat(sameOrgLinks(grouper, "small-a")).containsExactly("small-b", "small-c");

    // a case removed leaves no gap: its neighbours close up
    grouper.remove("busy-09");
    assertThat(sameOrgLinks(grouper, "busy-04")).contains("busy-10").doesNotContain("busy-09");
  }
}
