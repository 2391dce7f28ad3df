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

  public String formatCount(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
