package jiken.web.pages;

import java.util.List;
import jiken.indexer.index.SearchResult;
import jiken.web.timeline.TimelineExport;

/** Models of the pages in this package (immutable records, one per template). */
public final class Models {
  private Models() {}

  /** {@code /tags}: every tag with its count. */
  public record TagsPage(boolean demo, List<TagStore.TagCount> tags) {}

  /**
   * {@code /tags/{tag}} and {@code /orgs/{name}}: a list of cases.
   *
   * @param kind {@code tag} or {@code org}
   * @param name the tag or organisation
   * @param feedHref the Atom feed of this list, or null
   * @param prevHref previous page link or null
   * @param nextHref next page link or null
   */
  public record CaseListPage(boolean demo, String kind, String name, long total, List<SearchResult.Hit> hits,
      String feedHref, String csvHref, String prevHref, String nextHref) {}

  /** {@code /timeline?q=}: the merged timeline of the matching cases. */
  public record TimelinePage(boolean demo, String q, long total, int shown, List<TimelineExport.Event> events,
      String query) {}

  /** {@code /stats}. */
  public record StatsPage(boolean demo, long total, List<Bar> years, List<Bar> types, List<Stats.Cause> causes,
      List<Bar> dataTypes, List<Bar> buckets, List<TagStore.TagCount> tags) {}
}
