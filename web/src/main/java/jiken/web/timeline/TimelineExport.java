package jiken.web.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.Labels;
import jiken.indexer.extract.DatePrecision;

/**
 * The project's own timeline format, published as JSON Schema at {@code /api/schema/timeline.json}:
 * {@code {"$schema","query","cases":[{"id","title"}],"events":[{"date","precision","event",
 * "event_label","text","source_url","document_id","case_id","case_title"}]}}. Events are sorted by
 * date (partial dates sort before the days they contain), then by case, so the same cases always
 * give the same bytes. Stateless.
 */
public final class TimelineExport {
  /** Where the schema is served; also written into every document as {@code $schema}. */
  public static final String SCHEMA_PATH = "/api/schema/timeline.json";

  private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  private TimelineExport() {}

  /** One event of the merged timeline, with the case it belongs to. */
  public record Event(String date, String precision, String event, String eventLabel, String text,
      String sourceUrl, long documentId, String caseId, String caseTitle) {}

  /** The events of {@code cases}, merged and ordered. */
  public static List<Event> events(List<CaseRecord> cases) {
    List<Event> out = new ArrayList<>();
    for (CaseRecord c : cases) {
      for (CaseRecord.TimelineEvent e : c.timeline()) {
        Matcher m = e.date() == null ? null : DATE.matcher(e.date());
        if (m == null || !m.lookingAt()) {
          continue; // an undated or malformed event has no place on a timeline
        }
        String event = Labels.EVENTS.containsKey(e.event()) ? e.event() : "other";
        // precision follows the date itself, so the two can never disagree
        String precision = DatePrecision.ofValue(m.group()).name().toLowerCase(Locale.ROOT);
        out.add(new Event(m.group(), precision, event, Labels.event(event),
            e.text() == null ? "" : e.text(), e.sourceUrl(), e.documentId(), c.id(), c.title()));
      }
    }
    out.sort(Comparator.comparing(Event::date).thenComparing(Event::caseId).thenComparing(Event::event)
        .thenComparingLong(Event::documentId));
    return out;
  }

  /** The timeline document (serialise with {@link jiken.indexer.Json#MAPPER}). */
  public static Map<String, Object> document(String query, List<CaseRecord> cases) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", SCHEMA_PATH);
    doc.put("query", query);
    doc.put("cases", cases.stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("title", c.title());
      m.put("first_date", c.firstDate());
      m.put("last_date", c.lastDate());
      return m;
    }).toList());
    doc.put("events", events(cases));
    return doc;
  }
}
