package jiken.indexer.cases;

import java.util.List;

/**
 * One incident as readers see it, assembled from all its articles (the {@code GET /api/cases/{id}}
 * shape, less {@code related}, which is computed on request). Serialised with {@link jiken.indexer.Json}.
 *
 * @param id stable readable id ({@code 2025-10-minato-commerce-unauthorized-access})
 * @param title headline of the first report
 * @param summary the lead sentences of the first report (extractive)
 * @param status {@code ongoing} or {@code resolved}
 * @param firstDate earliest event (ISO partial), or the first publication date
 * @param lastDate latest event or publication date
 */
public record CaseRecord(
    String id,
    String title,
    String summary,
    String status,
    List<Org> organizations,
    List<String> incidentTypes,
    AffectedCount affectedCount,
    List<AffectedCount> countHistory,
    List<String> dataTypes,
    List<String> systems,
    List<String> tags,
    List<TimelineEvent> timeline,
    List<Article> articles,
    String firstDate,
    String lastDate) {

  /** An organisation and its role in this case; {@code evidence} is a source sentence. */
  public record Org(String name, String role, List<String> aliases, String evidence, long documentId) {}

  /** The affected count as of one report. */
  public record AffectedCount(long value, String text, String asOf, String sourceUrl, long documentId, String sentence) {}

  /** One dated event with its source. */
  public record TimelineEvent(String date, String precision, String event, String text, String expression,
      String sourceUrl, long documentId) {}

  /** A source article. */
  public record Article(long id, String url, String title, String source, String published) {}
}
