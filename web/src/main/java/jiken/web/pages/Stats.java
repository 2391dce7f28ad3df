package jiken.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.cases.Labels;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;

/**
 * The breakdowns of the statistics and home pages, all from the search index's facet counts:
 * by year, incident type, data type and affected-count bucket, by cause as the annual Japanese
 * leak surveys group them (ウイルス感染・不正アクセス, 誤表示・誤送信, 紛失・誤廃棄, 不正持ち出し・盗難,
 * その他), and by month. Every bar links to the search that lists its cases. Stateless.
 */
public final class Stats {
  /** Survey causes and the incident types each covers, in the surveys' order. */
  static final Map<String, List<String>> CAUSES = causes();
  /** Affected-count buckets from small to large (the indexer's labels). */
  static final List<String> BUCKETS = List.of("100件未満", "100〜999件", "1000〜9999件", "1万〜10万件未満",
      "10万〜100万件未満", "100万件以上", "不明");

  private Stats() {}

  private static Map<String, List<String>> causes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("ウイルス感染・不正アクセス", List.of("unauthorized_access", "ransomware", "malware", "phishing",
        "account_takeover", "web_tampering", "vulnerability", "ddos"));
    m.put("誤表示・誤送信", List.of("misdelivery", "misconfiguration"));
    m.put("紛失・誤廃棄", List.of("loss_theft"));
    m.put("不正持ち出し・盗難", List.of("insider"));
    m.put("その他", List.of("fraud", "other"));
    return m;
  }

  /** A survey cause with its case count (cases of several types count once per type) and its types. */
  public record Cause(String name, long count, long max, List<Bar> types) {}

  public static SearchResult all(WebContext web) {
    web.index().refresh();
    return web.search(new SearchRequest("", null, null, null, null, null, null, null, "newest", 1, 1));
  }

  public static List<Bar> years(SearchResult all) {
    List<SearchResult.FacetValue> years = new ArrayList<>(facet(all, "year"));
    years.sort(Comparator.comparing(SearchResult.FacetValue::value).reversed());
    return Bar.scaled(years.stream().map(f -> new Bar(f.value() + "年", f.count(), "/search?year=" + enc(f.value()), 0)).toList());
  }

  public static List<Bar> types(SearchResult all) {
    return Bar.scaled(facet(all, "type").stream()
        .map(f -> new Bar(Labels.incidentType(f.value()), f.count(), "/search?type=" + enc(f.value()), 0)).toList());
  }

  public static List<Bar> dataTypes(SearchResult all) {
    return Bar.scaled(facet(all, "data_type").stream()
        .map(f -> new Bar(Labels.dataType(f.value()), f.count(), "/search?q=" + enc(Labels.dataType(f.value())), 0)).toList());
  }

  public static List<Bar> buckets(SearchResult all) {
    Map<String, Long> counts = new LinkedHashMap<>();
    facet(all, "count_bucket").forEach(f -> counts.put(f.value(), f.count()));
    List<Bar> bars = new ArrayList<>();
    for (String b : BUCKETS) {
      bars.add(new Bar(b, counts.getOrDefault(b, 0L), minCountLink(b), 0));
    }
    return Bar.scaled(bars);
  }

  public static List<Cause> causes(SearchResult all) {
    Map<String, Long> byType = new LinkedHashMap<>();
    facet(all, "type").forEach(f -> byType.put(f.value(), f.count()));
    List<Cause> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : CAUSES.entrySet()) {
      List<Bar> types = new ArrayList<>();
      long sum = 0;
      for (String t : e.getValue()) {
        long n = byType.getOrDefault(t, 0L);
        sum += n;
        if (n > 0) {
          types.add(new Bar(Labels.incidentType(t), n, "/search?type=" + enc(t), 0));
        }
      }
      out.add(new Cause(e.getKey(), sum, 0, Bar.scaled(types)));
    }
    long max = Math.max(1, out.stream().mapToLong(Cause::count).max().orElse(1));
    return out.stream().map(c -> new Cause(c.name(), c.count(), max, c.types())).toList();
  }

  /** Cases per month for the twelve months up to {@code last}, oldest first. */
  public static List<Bar> months(WebContext web, YearMonth last) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      YearMonth m = last.minusMonths(i);
      LocalDate from = m.atDay(1);
      LocalDate to = m.atEndOfMonth();
      long n = web.search(new SearchRequest("", null, null, null, null, from, to, null, "newest", 1, 1)).total();
      bars.add(new Bar(m.getYear() + "年" + m.getMonthValue() + "月", n, "/search?from=" + from + "&to=" + to, 0));
    }
    return Bar.scaled(bars);
  }

  /** Drill-down for a bucket: the smallest count it contains (the search has no upper bound). */
  private static String minCountLink(String bucket) {
    return switch (bucket) {
      case "100〜999件" -> "/search?min_count=100&sort=largest";
      case "1000〜9999件" -> "/search?min_count=1000&sort=largest";
      case "1万〜10万件未満" -> "/search?min_count=10000&sort=largest";
      case "10万〜100万件未満" -> "/search?min_count=100000&sort=largest";
      case "100万件以上" -> "/search?min_count=1000000&sort=largest";
      default -> "/search?sort=largest";
    };
  }

  private static List<SearchResult.FacetValue> facet(SearchResult all, String dim) {
    return all.facets().getOrDefault(dim, List.of());
  }

  /** {@code s} as one URL path segment (spaces as %20, not +). */
  public static String path(String s) {
    return enc(s).replace("+", "%20");
  }

  /** {@code s} as a query-string value. */
  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
