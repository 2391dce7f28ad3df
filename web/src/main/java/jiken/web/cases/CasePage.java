package jiken.web.cases;

import java.util.List;
import jiken.indexer.cases.CaseRecord;

/** Model of the case page. */
public record CasePage(boolean demo, CaseRecord record, List<RelatedCases.Related> related) {
  public List<RelatedCases.Related> vendors() {
    return related.stream().filter(r -> r.direction().equals("vendor")).toList();
  }

  public List<RelatedCases.Related> victims() {
    return related.stream().filter(r -> r.direction().equals("victim")).toList();
  }

  public List<RelatedCases.Related> others() {
    return related.stream().filter(r -> r.direction().isEmpty()).toList();
  }

  /** The timeline event's source article title, or its URL. */
  public String articleTitle(long documentId) {
    return record.articles().stream().filter(a -> a.id() == documentId).map(CaseRecord.Article::title).findFirst().orElse("");
  }

  /** The site (source id) the timeline event's article came from, so two reports' dates can be told apart. */
  public String articleSource(long documentId) {
    return record.articles().stream().filter(a -> a.id() == documentId).map(CaseRecord.Article::source).findFirst().orElse("");
  }

  /**
   * Whether another report gives the same event a different date (two disclosure dates from two
   * sites): both rows stay, and the page marks them so the reader sees the disagreement.
   */
  public boolean conflicting(CaseRecord.TimelineEvent e) {
    return !e.event().equals("other") && record.timeline().stream().anyMatch(o -> o.event().equals(e.event())
        && o.documentId() != e.documentId() && !o.date().equals(e.date())
        && !o.date().startsWith(e.date()) && !e.date().startsWith(o.date()));
  }

  public String formatCount(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
