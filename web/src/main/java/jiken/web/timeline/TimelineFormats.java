package jiken.web.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;

/**
 * The two foreign timeline formats analysts load elsewhere:
 * <ul>
 *   <li>TimelineJS ({@code {"title":{"text":…},"events":[{"start_date":{"year","month","day"},
 *       "text":{"headline","text"},"group"}]}}). TimelineJS renders {@code text} as HTML, so crawled
 *       text is HTML-escaped here; month and day are omitted when the date is only that precise.</li>
 *   <li>Timesketch JSONL: one object per line with {@code message}, {@code datetime} (ISO 8601 at
 *       +09:00, the first instant of a partial date) and {@code timestamp_desc}, plus extra columns.</li>
 * </ul>
 * Stateless.
 */
public final class TimelineFormats {
  private TimelineFormats() {}

  public static Map<String, Object> timelineJs(String title, List<CaseRecord> cases) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("title", Map.of("text", Map.of("headline", html(title),
        "text", html(cases.size() + " 件の事案の時系列 (Jiken)"))));
    doc.put("events", TimelineExport.events(cases).stream().map(e -> {
      Map<String, Object> date = new LinkedHashMap<>();
      String[] parts = e.date().split("-");
      date.put("year", Integer.parseInt(parts[0]));
      if (parts.length > 1) {
        date.put("month", Integer.parseInt(parts[1]));
      }
      if (parts.length > 2) {
        date.put("day", Integer.parseInt(parts[2]));
      }
      String body = html(e.text());
      if (isWebUrl(e.sourceUrl())) {
        body += " <a href=\"" + html(e.sourceUrl()) + "\" rel=\"noopener nofollow\">出典</a>";
      }
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("start_date", date);
      event.put("text", Map.of("headline", html(e.eventLabel() + ": " + e.caseTitle()), "text", body));
      event.put("group", html(e.caseTitle()));
      event.put("unique_id", e.caseId() + "-" + e.event() + "-" + e.date() + "-" + e.documentId());
      return event;
    }).toList());
    return doc;
  }

  /** Timesketch's JSONL import format; UTF-8 bytes, one event per line. */
  public static byte[] timesketch(List<CaseRecord> cases) {
    StringBuilder out = new StringBuilder();
    for (TimelineExport.Event e : TimelineExport.events(cases)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("message", "[" + e.caseTitle() + "] " + e.eventLabel() + ": " + e.text());
      line.put("datetime", isoAtJst(e.date()));
      line.put("timestamp_desc", e.eventLabel());
      line.put("event", e.event());
      line.put("date_precision", e.precision());
      line.put("case_id", e.caseId());
      line.put("case_title", e.caseTitle());
      line.put("source_url", e.sourceUrl());
      line.put("document_id", e.documentId());
      try {
        out.append(Json.MAPPER.writeValueAsString(line)).append('\n');
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code 2025-10} → {@code 2025-10-01T00:00:00+09:00}: news dates are Japan time. */
  static String isoAtJst(String partial) {
    String day = switch (partial.length()) {
      case 4 -> partial + "-01-01";
      case 7 -> partial + "-01";
      default -> partial.substring(0, 10);
    };
    return day + "T00:00:00+09:00";
  }

  static boolean isWebUrl(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://"));
  }

  static String html(String s) {
    return jiken.indexer.Html.escape(s);
  }
}
