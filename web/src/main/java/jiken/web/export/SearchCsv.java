package jiken.web.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jiken.indexer.cases.Labels;
import jiken.indexer.index.SearchResult;

/**
 * Search hits as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel otherwise reads
 * Shift_JIS and garbles Japanese), CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, tab or CR) gets a leading apostrophe
 * (OWASP "CSV injection"): crawled titles are attacker-controlled. Stateless.
 */
public final class SearchCsv {
  static final String[] HEADER = {"id", "title", "first_date", "last_date", "incident_types", "organizations",
      "affected_count", "affected_count_text", "tags", "url"};

  private SearchCsv() {}

  public static byte[] of(List<SearchResult.Hit> hits, String baseUrl) {
    StringBuilder out = new StringBuilder("\uFEFF");
    row(out, List.of(HEADER));
    for (SearchResult.Hit h : hits) {
      Map<String, Object> count = h.affectedCount();
      row(out, List.of(h.id(), nz(h.title()), nz(h.firstDate()), nz(h.lastDate()),
          h.incidentTypes().stream().map(Labels::incidentType).collect(Collectors.joining(" / ")),
          h.organizations().stream().map(o -> o.get("name") + "(" + Labels.role(o.get("role")) + ")")
              .collect(Collectors.joining(" / ")),
          count == null ? "" : String.valueOf(count.get("value")), count == null ? "" : String.valueOf(count.get("text")),
          String.join(" / ", h.tags()), baseUrl + "/cases/" + h.id()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One RFC 4180 field, guarded against formula injection. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || v.startsWith("'")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
