package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cases {@link CaseGrouper} considers for an organisation: exactly those about a name equal to
 * it, containing it or contained in it ({@link CaseGrouper#sameOrganisation}), however many other
 * names share its trigrams, and none once removed. Checked against a scan of every case.
 */
class CaseGrouperCandidatesTest {
  /** Place prefixes shared by many names (their first trigram is common), and parts names are built from. */
  private static final List<String> PREFIXES = List.of("", "", "東京都", "長野県", "大阪府");
  private static final List<String> PARTS = List.of("霧ヶ丘", "市", "みなと", "運輸", "ひなた", "フーズ", "区", "病院", "霧", "丘");
  private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

  @Test
  void candidates_are_the_cases_about_the_same_organisation_by_containment() {
    Random random = new Random(20261122);
    CaseGrouper grouper = new CaseGrouper();
    Map<String, Set<String>> orgsOf = new HashMap<>();
    for (int i = 0; i < 3_000; i++) {
      Set<String> orgs = new HashSet<>();
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        orgs.add(randomName(random));
      }
      String id = "c" + i;
      grouper.put(new CaseKey(id, orgs, Set.of(), Set.of(), Set.of(), DAY, DAY, null));
      orgsOf.put(id, orgs);
    }
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < 3_000; i += 7) {
      grouper.remove("c" + i);
      orgsOf.remove("c" + i);
      removed.add("c" + i);
    }
    int containedOnly = 0;
    for (int i = 0; i < 3_000; i++) {
      String org = randomName(random);
      Set<String> expected = new HashSet<>();
      for (Map.Entry<String, Set<String>> e : orgsOf.entrySet()) {
        if (e.getValue().stream().anyMatch(o -> CaseGrouper.sameOrganisation(org, o))) {
          expected.add(e.getKey());
        }
      }
      Set<String> found = grouper.candidates(Set.of(org));
      assertThat(found).as(org).containsExactlyInAnyOrderElementsOf(expected).doesNotContainAnyElementsOf(removed);
      containedOnly += (int) expected.stream().filter(id -> !orgsOf.get(id).contains(org)).count();
    }
    assertThat(containedOnly).as("candidates found only by containment").isGreaterThan(1_000);
  }

  @Test
  void a_name_holding_a_trigram_no_other_name_has_contains_none_of_them() {
    CaseGrouper grouper = new CaseGrouper();
    grouper.put(new CaseKey("a", Set.of("東京都みなと運輸"), Set.of(), Set.of(), Set.of(), DAY, DAY, null));
    grouper.put(new CaseKey("b", Set.of("東京都ひなたフーズ"), Set.of(), Set.of(), Set.of(), DAY, DAY, null));
    assertThat(grouper.candidates(Set.of("東京都みなと運輸倉庫"))).containsExactly("a"); // contains a's name
    assertThat(grouper.candidates(Set.of("東京都くるみ書房"))).isEmpty();
    assertThat(grouper.candidates(Set.of("みなと運輸"))).containsExactly("a");
  }

  private static String randomName(Random random) {
    StringBuilder b = new StringBuilder(PREFIXES.get(random.nextInt(PREFIXES.size())));
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      b.append(PARTS.get(random.nextInt(PARTS.size())));
    }
    return b.toString();
  }
}
