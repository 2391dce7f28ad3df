package jiken.web.pages;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;
import jiken.web.search.HomePage;

/**
 * Builds the home page model: the month chart ends at the newest case's month (not today, so a
 * quiet month or an old demo corpus still shows a full chart), and "largest of the year" uses
 * the latest year that has cases. Stateless.
 */
public final class HomeCharts {
  private HomeCharts() {}

  public static HomePage page(WebContext web, SearchResult newest, SearchResult largest) {
    String year = newest.facets().getOrDefault("year", java.util.List.of()).stream()
        .map(SearchResult.FacetValue::value).max(Comparator.naturalOrder()).orElse(null);
    SearchResult ofYear = year == null ? new SearchResult(0, java.util.List.of(), java.util.Map.of())
        : web.search(new SearchRequest("", null, year, null, null, null, null, 0L, "largest", 1, 5));
    YearMonth last = newest.hits().isEmpty() ? YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"))
        : month(newest.hits().get(0).firstDate());
    return new HomePage(web.demo(), web.ready(), web.status(), newest, largest, Stats.months(web, last),
        Stats.types(newest), year, ofYear);
  }

  private static YearMonth month(String iso) {
    try {
      return iso == null || iso.length() < 7 ? YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"))
          : YearMonth.parse(iso.substring(0, 7));
    } catch (DateTimeParseException e) {
      return YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"));
    }
  }
}
