package jiken.indexer.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores predicted facts against gold labels exactly as the last section of
 * {@code ../shared/eval/PATTERNS.md} says:
 *
 * <ul>
 *   <li>Organisations: a predicted name matches a gold organisation when its {@link OrgNames#key}
 *       equals the key of the gold name or one of its aliases. Precision is over distinct
 *       predicted keys, recall over gold organisations; role accuracy over matched predictions.
 *   <li>Incident types, data types, systems: set precision/recall per article, summed. Systems
 *       are compared after NFKC without spaces and 「」『』 (labels are compared as written).
 *   <li>Dates: the set of distinct normalised values per article. Event accuracy over matched
 *       values: right if the predicted event (the first one given for that value) is one of the
 *       gold events for that value. Counting only the first keeps an extractor from scoring by
 *       listing every event.
 *   <li>Count: right when the integer equals gold's; a count where gold has none is a false
 *       positive.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class Scorer {
  public static final String ORGANIZATIONS = "organizations";
  public static final String INCIDENT_TYPES = "incident_types";
  public static final String DATES = "dates";
  public static final String DATA_TYPES = "data_types";
  public static final String SYSTEMS = "systems";
  /** The set-scored fields, in report order. */
  public static final List<String> FIELDS = List.of(ORGANIZATIONS, INCIDENT_TYPES, DATES, DATA_TYPES, SYSTEMS);

  private static final Pattern SYSTEM_DROP = Pattern.compile("[\\s\\u3000「」『』]");

  public ArticleScore score(String id, Labels gold, Labels pred) {
    Map<String, ArticleScore.FieldScore> fields = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    OrgResult orgs = organizations(gold.organizations(), pred.organizations(), notes);
    fields.put(ORGANIZATIONS, orgs.field);
    fields.put(INCIDENT_TYPES, sets(gold.incidentTypes(), pred.incidentTypes(), String::strip));
    DateResult dates = dates(gold.dates(), pred.dates(), notes);
    fields.put(DATES, dates.field);
    fields.put(DATA_TYPES, sets(gold.dataTypes(), pred.dataTypes(), String::strip));
    fields.put(SYSTEMS, sets(gold.systems(), pred.systems(), Scorer::systemKey));
    ArticleScore.CountScore count = new ArticleScore.CountScore(
        gold.count() == null ? null : gold.count().value(), pred.count() == null ? null : pred.count().value());
    if (!count.correct() && (count.hasGold() || count.falsePositive())) {
      notes.add("count: gold " + describe(gold.count()) + ", predicted " + describe(pred.count()));
    }
    return new ArticleScore(id, fields, orgs.roles, dates.events, count, notes);
  }

  static String systemKey(String s) {
    return SYSTEM_DROP.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
  }

  private static String describe(Labels.Count c) {
    return c == null ? "none" : c.value() + " (" + c.text() + ")";
  }

  private record OrgResult(ArticleScore.FieldScore field, Accuracy roles) {}

  private static OrgResult organizations(List<Labels.Org> gold, List<Labels.Org> pred, List<String> notes) {
    // distinct predictions by key; the first mention's name and role stand for the key
    Map<String, Labels.Org> predicted = new LinkedHashMap<>();
    for (Labels.Org o : pred) {
      predicted.putIfAbsent(OrgNames.key(o.name()), o);
    }
    List<Set<String>> goldKeys = new ArrayList<>();
    for (Labels.Org g : gold) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(OrgNames.key(g.name()));
      g.aliases().forEach(a -> keys.add(OrgNames.key(a)));
      keys.remove("");
      goldKeys.add(keys);
    }
    boolean[] found = new boolean[gold.size()];
    int correct = 0;
    int rolesRight = 0;
    List<String> extras = new ArrayList<>();
    for (Map.Entry<String, Labels.Org> e : predicted.entrySet()) {
      Labels.Org p = e.getValue();
      int match = -1;
      for (int i = 0; i < gold.size(); i++) {
        if (!e.getKey().isEmpty() && goldKeys.get(i).contains(e.getKey())) {
          if (match < 0 || gold.get(i).role().equals(p.role())) {
            match = i;
          }
        }
      }
      if (match < 0) {
        extras.add(p.name() + " (" + p.role() + ")");
        continue;
      }
      correct++;
      found[match] = true;
      if (gold.get(match).role().equals(p.role())) {
        rolesRight++;
      } else {
        notes.add("role of " + p.name() + ": gold " + gold.get(match).role() + ", predicted " + p.role());
      }
    }
    List<String> misses = new ArrayList<>();
    int foundCount = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (found[i]) {
        foundCount++;
      } else {
        misses.add(gold.get(i).name() + " (" + gold.get(i).role() + ")");
      }
    }
    Tally t = new Tally(correct, predicted.size(), foundCount, gold.size());
    return new OrgResult(new ArticleScore.FieldScore(t, misses, extras), new Accuracy(rolesRight, correct));
  }

  private static ArticleScore.FieldScore sets(List<String> gold, List<String> pred, Function<String, String> key) {
    Map<String, String> g = new LinkedHashMap<>();
    gold.forEach(v -> g.putIfAbsent(key.apply(v), v));
    Map<String, String> p = new LinkedHashMap<>();
    pred.forEach(v -> p.putIfAbsent(key.apply(v), v));
    List<String> misses = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    int hit = 0;
    for (Map.Entry<String, String> e : p.entrySet()) {
      if (g.containsKey(e.getKey())) {
        hit++;
      } else {
        extras.add(e.getValue());
      }
    }
    for (Map.Entry<String, String> e : g.entrySet()) {
      if (!p.containsKey(e.getKey())) {
        misses.add(e.getValue());
      }
    }
    return new ArticleScore.FieldScore(new Tally(hit, p.size(), hit, g.size()), misses, extras);
  }

  private record DateResult(ArticleScore.FieldScore field, Accuracy events) {}

  private static DateResult dates(List<Labels.DateLabel> gold, List<Labels.DateLabel> pred, List<String> notes) {
    Map<String, Set<String>> goldEvents = new LinkedHashMap<>();
    Map<String, String> goldText = new LinkedHashMap<>();
    for (Labels.DateLabel d : gold) {
      goldEvents.computeIfAbsent(d.value(), k -> new LinkedHashSet<>()).add(d.event());
      goldText.putIfAbsent(d.value(), d.text());
    }
    Map<String, Labels.DateLabel> first = new LinkedHashMap<>();
    for (Labels.DateLabel d : pred) {
      first.putIfAbsent(d.value(), d);
    }
    int hit = 0;
    int eventsRight = 0;
    List<String> extras = new ArrayList<>();
    for (Labels.DateLabel p : first.values()) {
      Set<String> events = goldEvents.get(p.value());
      if (events == null) {
        extras.add(p.value() + " " + p.event() + " (" + p.text() + ")");
        continue;
      }
      hit++;
      if (events.contains(p.event())) {
        eventsRight++;
      } else {
        notes.add("event of " + p.value() + " (" + p.text() + "): gold " + String.join("/", events)
            + ", predicted " + p.event());
      }
    }
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : goldEvents.entrySet()) {
      if (!first.containsKey(e.getKey())) {
        misses.add(e.getKey() + " " + String.join("/", e.getValue()) + " (" + goldText.get(e.getKey()) + ")");
      }
    }
    Tally t = new Tally(hit, first.size(), hit, goldEvents.size());
    return new DateResult(new ArticleScore.FieldScore(t, misses, extras), new Accuracy(eventsRight, hit));
  }
}
