package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseGrouper#putAll}, how an index run loads the stored keys: the grouper it fills chooses
 * cases and links them exactly as one filled by {@link CaseGrouper#put} in the same order, whether
 * its indexes are built on two threads or one.
 */
class CaseGrouperPutAllTest {
  /** Names that contain one another (ひなたフーズ / ひなたフーズ株式会社), vendors that are also victims, a Latin vendor. */
  private static final List<String> ORGS = List.of("ひなたフーズ", "ひなたフーズ株式会社", "霧ヶ丘市", "長野県霧ヶ丘市", "ソラノワ",
      "くるみ書房", "あおば電機", "みなと運輸", "SORANOWA Systems", "さくら会計");
  private static final List<String> SYSTEMS = List.of("ソラノワEC", "オンラインショップ", "会員サイト", "アオバポイント",
      "電子申請システム", "くるみ書房オンライン", "ソラノワカート", "あおば決済サービス");
  private static final List<String> TYPES = List.of("unauthorized_access", "ransomware", "misdelivery");
  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  @Test
  void putting_all_at_once_groups_and_links_as_putting_them_one_by_one() throws Exception {
    Random random = new Random(20261122);
    List<CaseKey> keys = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      keys.add(randomKey(random, "c" + i));
    }
    CaseGrouper oneByOne = new CaseGrouper();
    keys.forEach(oneByOne::put);
    CaseGrouper alone = new CaseGrouper();
    alone.putAll(keys, null);
    CaseGrouper twoThreads = new CaseGrouper();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      twoThreads.putAll(keys, pool);
    } finally {
      pool.shutdownNow();
    }
    for (CaseGrouper bulk : List.of(alone, twoThreads)) {
      for (String org : ORGS) {
        // the order of an organisation's cases breaks ties in choose: it must be the same
        assertThat(bulk.about(org)).containsExactlyElementsOf(oneByOne.about(org));
        assertThat(bulk.namingAsVendor(org)).containsExactlyElementsOf(oneByOne.namingAsVendor(org));
      }
      for (int i = 0; i < 2_000; i++) {
        ArticleKeys article = randomArticle(random);
        String title = SYSTEMS.get(random.nextInt(SYSTEMS.size())) + "で不正ログイン";
        assertThat(bulk.choose(article)).isEqualTo(oneByOne.choose(article));
        assertThat(bulk.chooseByService(article, title)).isEqualTo(oneByOne.chooseByService(article, title));
      }
      int linked = 0;
      for (CaseKey k : keys) {
        List<CaseLink> expected = CaseLinker.linksOf(k, oneByOne, id -> id);
        assertThat(CaseLinker.linksOf(k, bulk, id -> id)).as(k.id()).containsExactlyInAnyOrderElementsOf(expected);
        linked += expected.size();
      }
      assertThat(linked).as("links to compare").isGreaterThan(keys.size());
    }
  }

  @Test
  void it_fills_only_an_empty_grouper_with_distinct_cases() {
    CaseKey a = randomKey(new Random(1), "a");
    CaseGrouper grouper = new CaseGrouper();
    assertThatThrownBy(() -> grouper.putAll(List.of(a, a), null)).isInstanceOf(IllegalArgumentException.class);
    CaseGrouper used = new CaseGrouper();
    used.put(a);
    assertThatThrownBy(() -> used.putAll(List.of(randomKey(new Random(2), "b")), null)).isInstanceOf(IllegalStateException.class);
  }

  private static CaseKey randomKey(Random random, String id) {
    LocalDate first = START.plusDays(random.nextInt(900));
    LocalDate last = first.plusDays(random.nextInt(40));
    // a few organisations are named as vendors: the others' cases are not a vendor's, so theirs may presume one
    Set<String> vendors = random.nextInt(5) == 0 ? Set.of(ORGS.get(4 + random.nextInt(2) * 4)) : Set.of();
    Set<String> orgs = new LinkedHashSet<>(List.of(ORGS.get(random.nextInt(ORGS.size()))));
    vendors = new LinkedHashSet<>(vendors);
    vendors.removeAll(orgs);
    String unnamed = random.nextInt(6) == 0 ? CaseLinkIndex.KINDS.get(random.nextInt(CaseLinkIndex.KINDS.size())) : null;
    CaseKey key = new CaseKey(id, orgs, vendors, pick(random, SYSTEMS, 2), pick(random, TYPES, 1), first, last, unnamed);
    if (random.nextInt(10) == 0) {
      return key; // stored before report dates were kept
    }
    List<ArticleKeys> reports = new ArrayList<>();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      reports.add(new ArticleKeys(orgs.iterator().next(), orgs.iterator().next(), vendors, key.systems(), key.types(),
          List.of(first, last), unnamed, last.plusDays(random.nextInt(10)),
          new int[] {(int) first.toEpochDay(), (int) last.toEpochDay()}, new int[0],
          random.nextBoolean() ? new long[] {100L * (1 + random.nextInt(20))} : new long[0], false));
    }
    return key.withReports(reports);
  }

  private static ArticleKeys randomArticle(Random random) {
    LocalDate day = START.plusDays(random.nextInt(950));
    String org = random.nextInt(4) == 0 ? null : ORGS.get(random.nextInt(ORGS.size()));
    return new ArticleKeys(org, org, Set.of(), pick(random, SYSTEMS, 1), pick(random, TYPES, 1), List.of(day), null,
        day.plusDays(random.nextInt(30)), new int[] {(int) day.toEpochDay()}, new int[0],
        random.nextBoolean() ? new long[] {100L * (1 + random.nextInt(20))} : new long[0], random.nextInt(5) == 0);
  }

  private static Set<String> pick(Random random, List<String> from, int max) {
    Set<String> out = new LinkedHashSet<>();
    for (int n = random.nextInt(max + 1); n > 0; n--) {
      out.add(from.get(random.nextInt(from.size())));
    }
    return out;
  }
}
