package jiken.indexer.extract.org;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mentions of one organisation, merged by {@link AliasResolver}. Mutable while an extraction
 * runs; confined to one call, so never shared between threads.
 */
final class OrgEntity {
  final List<OrgMention> mentions = new ArrayList<>();
  final Set<String> keys = new LinkedHashSet<>();
  /** Looser keys of the mentions (acronym readings, abbreviations, names without founder prefix). */
  final Set<String> looseKeys = new LinkedHashSet<>();

  void add(OrgMention m) {
    mentions.add(m);
    String k = LegalForms.key(m.name());
    keys.add(k);
    looseKeys.addAll(AliasResolver.looseKeys(m.name()));
  }

  int firstStart() {
    return mentions.stream().mapToInt(OrgMention::start).min().orElse(0);
  }

  OrgMention first() {
    return mentions.stream().min((a, b) -> Integer.compare(a.start(), b.start())).orElseThrow();
  }

  boolean has(OrgMention.Kind kind) {
    return mentions.stream().anyMatch(m -> m.kind() == kind);
  }

  /** Whether any mention is evidence of an organisation by itself (not only a repeat or alias). */
  boolean anchored() {
    return mentions.stream().anyMatch(m -> m.kind() != OrgMention.Kind.ALIAS && m.kind() != OrgMention.Kind.DEPARTMENT);
  }

  /** The fullest literal form: with a legal form if any, then the longest, then the earliest. */
  String name() {
    String best = null;
    for (OrgMention m : mentions) {
      String n = m.name().strip();
      if (best == null || better(n, best)) {
        best = n;
      }
    }
    return best;
  }

  private static boolean better(String a, String b) {
    boolean fa = LegalForms.hasForm(a);
    boolean fb = LegalForms.hasForm(b);
    if (fa != fb) {
      return fa;
    }
    return a.length() > b.length();
  }

  /** Other literal forms, in order of appearance. */
  List<String> aliases() {
    String name = name();
    Set<String> out = new LinkedHashSet<>();
    mentions.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).forEach(m -> {
      String n = m.name().strip();
      if (!n.equals(name) && !n.startsWith("同") && !n.isEmpty()) {
        out.add(n);
      }
    });
    return List.copyOf(out);
  }
}
