package jiken.indexer.extract.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups mentions into organisations. Two mentions are one organisation when their keys match
 * ({@link LegalForms#key}: テモナ社 = テモナ = テモナ株式会社), their acronym readings match
 * (NTTデータ = エヌ・ティ・ティ・データ), one is the other without its founder prefix
 * (北稜中学校 in 多治見市立北稜中学校), one is the common abbreviation of the other (県教委 =
 * 県教育委員会), or an inline definition links them ({@code X(以下「Y」)}, {@code 日本航空(JAL)}).
 * Literal repeats of a known name then join as aliases. Stateless and thread-safe.
 */
final class AliasResolver {
  private static final Pattern INLINE = Pattern.compile(
      "^[(（](?:以下[、,，]?\\s?)?「([^」\\n]{1,20})」|^[(（]([A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆・ァ-ヶー]{2,12})[)）]");
  private static final Pattern FOUNDER = Pattern.compile("^[一-龥ぁ-ん]{1,5}?[都道府県市区町村]立");

  /** Real articles have well under a hundred mentions; the cap bounds the quadratic merging on junk. */
  static final int MAX_MENTIONS = 300;
  private static final int MAX_REPEATS = 40;

  private AliasResolver() {}

  private static List<OrgMention> firstMentions(List<OrgMention> raw) {
    List<OrgMention> sorted = new ArrayList<>(raw);
    sorted.sort(Comparator.comparingInt(OrgMention::start));
    return sorted.subList(0, MAX_MENTIONS);
  }

  static List<OrgEntity> resolve(String text, List<OrgMention> raw) {
    List<OrgMention> mentions = dropContained(raw.size() > MAX_MENTIONS ? firstMentions(raw) : raw);
    List<OrgEntity> entities = new ArrayList<>();
    for (OrgMention m : mentions) {
      OrgEntity e = entities.stream().filter(x -> same(x, m.name())).findFirst().orElse(null);
      if (e == null) {
        e = new OrgEntity();
        entities.add(e);
      }
      e.add(m);
      Matcher in = INLINE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
      if (in.find() && m.kind() != OrgMention.Kind.PUBLIC) {
        String alias = in.group(1) != null ? in.group(1) : in.group(2);
        int at = m.end() + (in.group(1) != null ? in.start(1) : in.start(2));
        e.add(new OrgMention(at, at + alias.length(), alias, OrgMention.Kind.ALIAS));
      }
    }
    mergeSame(entities);
    for (OrgEntity e : entities) {
      addRepeats(text, e, mentions);
    }
    entities.sort(Comparator.comparingInt(OrgEntity::firstStart));
    return entities;
  }

  private static void mergeSame(List<OrgEntity> entities) {
    for (int i = 0; i < entities.size(); i++) {
      OrgEntity a = entities.get(i);
      for (int j = entities.size() - 1; j > i; j--) {
        OrgEntity b = entities.get(j);
        if (b.mentions.stream().anyMatch(m -> same(a, m.name()))) {
          b.mentions.forEach(a::add);
          entities.remove(j);
        }
      }
    }
  }

  /** Whether {@code name} names the organisation {@code e}. */
  static boolean same(OrgEntity e, String name) {
    String k = LegalForms.key(name);
    if (k.isEmpty()) {
      return false;
    }
    if (e.keys.contains(k)) {
      return true;
    }
    for (String loose : looseKeys(name)) {
      if (e.looseKeys.contains(loose)) {
        return true;
      }
    }
    return false;
  }

  /** Loose keys already computed on this thread (see {@link LegalForms#key}); bounded. */
  private static final ThreadLocal<java.util.Map<String, List<String>>> LOOSE =
      ThreadLocal.withInitial(() -> new java.util.HashMap<>(256));

  /** Keys under which two forms of one name meet: reading, abbreviation, and no founder prefix. */
  static List<String> looseKeys(String name) {
    java.util.Map<String, List<String>> cache = LOOSE.get();
    List<String> keys = cache.get(name);
    if (keys == null) {
      if (cache.size() >= 4096) {
        cache.clear();
      }
      keys = computeLooseKeys(name);
      cache.put(name, keys);
    }
    return keys;
  }

  private static List<String> computeLooseKeys(String name) {
    String k = LegalForms.key(name);
    if (k.isEmpty()) {
      return List.of();
    }
    String expanded = k.replace("教委", "教育委員会");
    return List.of("r:" + LegalForms.readingKey(name), "k:" + expanded, "k:" + FOUNDER.matcher(expanded).replaceFirst(""));
  }

  /** Later literal uses of a known name (井上商事 after 井上商事株式会社) become alias mentions. */
  private static void addRepeats(String text, OrgEntity e, List<OrgMention> all) {
    List<String> forms = new ArrayList<>();
    for (OrgMention m : e.mentions) {
      String core = LegalForms.key(m.name());
      if (forms.size() < 8 && core.length() >= 2 && !forms.contains(core) && text.contains(core)) {
        forms.add(core);
      }
    }
    for (String f : forms) {
      int n = 0;
      for (int i = text.indexOf(f); i >= 0 && n < MAX_REPEATS; i = text.indexOf(f, i + f.length()), n++) {
        int s = i;
        int end = i + f.length();
        boolean covered = e.mentions.stream().anyMatch(m -> m.start() <= s && end <= m.end())
            || all.stream().anyMatch(m -> m.start() <= s && end <= m.end());
        if (!covered) {
          e.add(new OrgMention(s, end, f, OrgMention.Kind.ALIAS));
        }
      }
    }
  }

  /** Drops mentions that lie inside a longer mention (山口県立大学 inside 公立大学法人山口県立大学). */
  static List<OrgMention> dropContained(List<OrgMention> raw) {
    List<OrgMention> sorted = new ArrayList<>(raw);
    sorted.sort(Comparator.comparingInt(OrgMention::start).thenComparing(m -> -(m.end() - m.start())));
    List<OrgMention> out = new ArrayList<>();
    for (OrgMention m : sorted) {
      boolean inside = sorted.stream().anyMatch(o -> o.contains(m) && o.kind() != OrgMention.Kind.DEPARTMENT);
      boolean dup = out.stream().anyMatch(o -> o.start() == m.start() && o.end() == m.end());
      if (!inside && !dup) {
        out.add(m);
      }
    }
    return out;
  }
}
