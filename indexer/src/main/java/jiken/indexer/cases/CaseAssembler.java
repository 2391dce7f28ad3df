package jiken.indexer.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.OrgNames;
import jiken.indexer.extract.Sentences;

/**
 * Builds a {@link CaseRecord} from the articles of one case: organisations merged by name key,
 * a timeline merged from every article (one entry per date and event; different dates for the same
 * event from different reports both stay, so conflicts are visible), the affected count of the
 * latest report with its history, an extractive summary, a title ({@link CaseTitles}) and a status
 * ({@link CaseStatus}). Stateless.
 */
final class CaseAssembler {
  private static final int SUMMARY_CHARS = 220;

  private CaseAssembler() {}

  static CaseRecord assemble(String caseId, List<CaseMember> members, List<String> tags) {
    List<CaseMember> byDate = new ArrayList<>(members);
    byDate.sort(Comparator.comparing(CaseMember::reportDate).thenComparing(m -> m.document().id()));
    CaseMember first = byDate.get(0);

    Map<String, CaseRecord.Org> orgs = new LinkedHashMap<>();
    Set<String> types = new LinkedHashSet<>();
    Set<String> dataTypes = new LinkedHashSet<>();
    Set<String> systems = new LinkedHashSet<>();
    Map<String, CaseRecord.TimelineEvent> timeline = new LinkedHashMap<>();
    List<CaseRecord.AffectedCount> history = new ArrayList<>();
    for (CaseMember m : byDate) {
      var ex = m.extraction();
      for (OrgFact o : ex.organizations()) {
        mergeOrg(orgs, o, m.document().id());
      }
      types.addAll(ex.incidentTypeValues());
      dataTypes.addAll(ex.dataTypeValues());
      systems.addAll(ex.systemValues());
      for (DateFact d : ex.dates()) {
        timeline.putIfAbsent(d.value() + "|" + d.event(), new CaseRecord.TimelineEvent(d.value(),
            d.precision().name().toLowerCase(java.util.Locale.ROOT), d.event(), d.provenance().sentence(), d.text(),
            m.document().url(), m.document().id()));
      }
      if (ex.affectedCount() != null) {
        var n = ex.affectedCount();
        if (history.isEmpty() || history.get(history.size() - 1).value() != n.value()) {
          history.add(new CaseRecord.AffectedCount(n.value(), n.text(), m.reportDate().toString(),
              m.document().url(), m.document().id(), n.provenance().sentence()));
        }
      }
    }
    List<CaseRecord.TimelineEvent> events = new ArrayList<>(timeline.values());
    events.sort(Comparator.comparing(CaseRecord.TimelineEvent::date).thenComparing(e -> DateOrder.rank(e.event())));
    List<CaseRecord.Article> articles = byDate.stream().map(m -> new CaseRecord.Article(m.document().id(),
        m.document().url(), m.document().title(), m.document().sourceId(),
        m.document().published() == null ? null : m.document().published().toString())).toList();
    String firstDate = events.isEmpty() ? first.reportDate().toString() : events.get(0).date();
    String lastReport = byDate.get(byDate.size() - 1).reportDate().toString();
    String lastEvent = events.isEmpty() ? lastReport : events.get(events.size() - 1).date();
    String lastDate = lastEvent.compareTo(lastReport) > 0 ? lastEvent : lastReport;
    return new CaseRecord(caseId, CaseTitles.of(byDate, orgs.values(), types, firstDate), summary(first.document().text()),
        CaseStatus.of(byDate, events), List.copyOf(orgs.values()), List.copyOf(types),
        history.isEmpty() ? null : history.get(history.size() - 1), history, List.copyOf(dataTypes),
        List.copyOf(systems), tags, events, articles, firstDate, lastDate);
  }

  private static void mergeOrg(Map<String, CaseRecord.Org> orgs, OrgFact o, long documentId) {
    String key = OrgNames.key(o.name());
    CaseRecord.Org old = orgs.get(key);
    if (old == null) {
      orgs.put(key, new CaseRecord.Org(o.name(), o.role(), o.aliases(), o.provenance().sentence(), documentId));
      return;
    }
    Set<String> aliases = new LinkedHashSet<>(old.aliases());
    aliases.addAll(o.aliases());
    String name = old.name();
    if (o.name().length() > name.length()) { // keep the fullest form, the shorter one becomes an alias
      aliases.add(name);
      name = o.name();
    } else if (!o.name().equals(name)) {
      aliases.add(o.name());
    }
    aliases.remove(name);
    String role = old.role().equals(OrgFact.VICTIM) || o.role().equals(OrgFact.VICTIM) ? OrgFact.VICTIM
        : old.role().equals(OrgFact.VENDOR) || o.role().equals(OrgFact.VENDOR) ? OrgFact.VENDOR : OrgFact.OTHER;
    orgs.put(key, new CaseRecord.Org(name, role, List.copyOf(aliases), old.evidence(), old.documentId()));
  }

  /** The lead of the first report: whole sentences up to about 220 characters. */
  static String summary(String text) {
    String t = text.strip();
    StringBuilder out = new StringBuilder();
    int pos = 0;
    while (pos < t.length() && out.length() < SUMMARY_CHARS / 2) {
      int end = Sentences.end(t, pos);
      if (end <= pos) {
        end = Math.min(t.length(), pos + 1);
      }
      String sentence = t.substring(pos, end).strip();
      if (sentence.length() >= 8) {
        out.append(sentence);
      }
      pos = end;
    }
    return out.length() > SUMMARY_CHARS ? out.substring(0, SUMMARY_CHARS) + "…" : out.toString();
  }

  /** Orders events of the same day along the usual course of an incident. */
  static final class DateOrder {
    private static final List<String> ORDER = List.of("occurred", "detected", "notified", "contained",
        "reported_to_authority", "disclosed", "restored", "other");

    static int rank(String event) {
      int i = ORDER.indexOf(event);
      return i < 0 ? ORDER.size() : i;
    }
  }
}
