package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored form of grouping keys: every component survives, JSON keys still read, damage is refused, never misread. */
class CaseKeyCodecTest {
  private static final String[] NAMES = {"霧ヶ丘市", "ひなたフーズ", "ソラノワ・システムズ", "くるみ書房オンライン", "EC", "会員サイト",
      "𠮷野家テスト", "a", "", "名前\u0000入り"};

  @Test
  void random_keys_come_back_with_every_component() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      CaseKey key = randomKey(random, i);
      CaseKey back = CaseKeyCodec.decode(CaseKeyCodec.encode(key));
      assertSame(back, key);
      // and the JSON form, as keys were stored before, reads the same
      assertSame(CaseKeyCodec.decode(LegacyKeys.json(key).getBytes(StandardCharsets.UTF_8)), key);
    }
  }

  @Test
  void a_legacy_key_stays_legacy_and_the_form_is_much_smaller_than_json() {
    CaseKey legacy = new CaseKey("2024-05-01-kirigaoka-unauthorized", Set.of("霧ヶ丘市"), Set.of(), Set.of("電子申請システム"),
        Set.of("unauthorized_access"), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9), "カート");
    CaseKey back = CaseKeyCodec.decode(CaseKeyCodec.encode(legacy));
    assertThat(back.legacy()).isTrue();
    assertSame(back, legacy);
    CaseKey full = randomKey(new Random(7), 1);
    assertThat(CaseKeyCodec.encode(full).length).isLessThan(LegacyKeys.json(full).getBytes(StandardCharsets.UTF_8).length / 2);
  }

  @Test
  void every_cut_short_or_altered_key_is_refused_or_read_as_some_key_never_a_crash() {
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      byte[] whole = CaseKeyCodec.encode(randomKey(random, i));
      for (int n = 0; n < whole.length; n++) {
        byte[] cut = Arrays.copyOf(whole, n);
        assertThatThrownBy(() -> CaseKeyCodec.decode(cut)).isInstanceOf(IllegalArgumentException.class);
      }
      byte[] longer = Arrays.copyOf(whole, whole.length + 1);
      assertThatThrownBy(() -> CaseKeyCodec.decode(longer)).isInstanceOf(IllegalArgumentException.class);
      for (int n = 0; n < 20; n++) {
        byte[] altered = whole.clone();
        altered[random.nextInt(altered.length)] = (byte) random.nextInt(256);
        try {
          CaseKeyCodec.decode(altered);
        } catch (IllegalArgumentException expected) {
          // refused: fine
        }
      }
    }
    assertThatThrownBy(() -> CaseKeyCodec.decode(new byte[] {9, 0})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> CaseKeyCodec.decode("{\"id\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keys_decoded_with_a_shared_map_share_their_names_and_dates_but_not_their_ids() {
    CaseKey a = new CaseKey("case-a", Set.of("霧ヶ丘市"), Set.of(), Set.of("電子申請システム"), Set.of("misdelivery"),
        LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9), null);
    CaseKey b = new CaseKey("case-b", Set.of("霧ヶ丘市"), Set.of(), Set.of("電子申請システム"), Set.of("misdelivery"),
        LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), null);
    java.util.Map<Object, Object> canon = new java.util.concurrent.ConcurrentHashMap<>();
    CaseKey backA = CaseKeyCodec.decode(CaseKeyCodec.encode(a), canon);
    CaseKey backB = CaseKeyCodec.decode(CaseKeyCodec.encode(b), canon);
    assertSame(backA, a);
    assertSame(backB, b);
    assertThat(backB.orgs().iterator().next()).isSameAs(backA.orgs().iterator().next());
    assertThat(backB.systems().iterator().next()).isSameAs(backA.systems().iterator().next());
    assertThat(backB.first()).isSameAs(backA.first());
    assertThat(canon).doesNotContainKeys("case-a", "case-b");
    // without the map, nothing is shared
    assertThat(CaseKeyCodec.decode(CaseKeyCodec.encode(b)).orgs().iterator().next()).isNotSameAs(backA.orgs().iterator().next());
  }

  @Test
  void a_set_naming_one_name_twice_is_refused() {
    byte[] one = CaseKeyCodec.encode(new CaseKey("x", Set.of("ab"), Set.of(), Set.of(), Set.of(), null, null, null));
    // version, id "x", orgs: 1 × "ab" -> 2 × "ab"
    byte[] twice = new byte[one.length + 3];
    int orgsAt = 1 + 1 + 1; // version, id length, "x"
    System.arraycopy(one, 0, twice, 0, orgsAt);
    twice[orgsAt] = 4; // zig-zag 2
    System.arraycopy(one, orgsAt + 1, twice, orgsAt + 1, 3); // length 2 and "ab"
    System.arraycopy(one, orgsAt + 1, twice, orgsAt + 4, one.length - orgsAt - 1);
    assertThatThrownBy(() -> CaseKeyCodec.decode(twice)).isInstanceOf(IllegalArgumentException.class);
    twice[orgsAt] = 2; // back to one name: the rest is then one name too many
    assertThatThrownBy(() -> CaseKeyCodec.decode(twice)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CaseKeyCodec.decode(one).orgs()).containsExactly("ab");
  }

  private static CaseKey randomKey(Random random, int i) {
    LocalDate first = LocalDate.of(1965 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
    LocalDate last = first.plusDays(random.nextInt(400));
    boolean legacy = i % 11 == 0;
    CaseKey key = new CaseKey("case-" + i + "-" + NAMES[random.nextInt(NAMES.length)], names(random), names(random),
        names(random), names(random), i % 13 == 0 ? null : first, i % 13 == 0 ? null : last,
        random.nextBoolean() ? null : NAMES[random.nextInt(NAMES.length)]);
    if (legacy) {
      return key;
    }
    int[] days = random.ints(random.nextInt(CaseKey.MAX_DAYS + 1), -3_000, 30_000).distinct().sorted().toArray();
    int[] months = random.ints(random.nextInt(CaseKey.MAX_MONTHS + 1), -100, 1_000).distinct().sorted().toArray();
    long[] counts = random.longs(random.nextInt(CaseKey.MAX_COUNTS + 1), 0, i % 5 == 0 ? Long.MAX_VALUE : 100_000)
        .distinct().sorted().toArray();
    return new CaseKey(key.id(), key.orgs(), key.vendors(), key.systems(), key.types(), key.first(), key.last(),
        key.unnamedVendor(), first.minusDays(random.nextInt(3)), last.plusDays(random.nextInt(900)), days, months, counts);
  }

  private static Set<String> names(Random random) {
    Set<String> out = new LinkedHashSet<>();
    for (int n = random.nextInt(4); n > 0; n--) {
      out.add(NAMES[random.nextInt(NAMES.length)]);
    }
    return out;
  }

  private static void assertSame(CaseKey back, CaseKey key) {
    assertThat(back).usingRecursiveComparison().ignoringFields("days", "months", "counts").isEqualTo(key);
    assertThat(back.days()).containsExactly(key.days());
    assertThat(back.months()).containsExactly(key.months());
    assertThat(back.counts()).containsExactly(key.counts());
  }
}
