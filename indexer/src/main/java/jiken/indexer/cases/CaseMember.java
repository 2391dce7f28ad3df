package jiken.indexer.cases;

import java.time.LocalDate;
import jiken.crawler.store.CrawledDocument;
import jiken.indexer.extract.Extraction;

/** One article of a case with what was extracted from it. */
public record CaseMember(CrawledDocument document, Extraction extraction) {
  /** The publication date, else the fetch date: when this report became known. */
  public LocalDate reportDate() {
    return document.published() != null ? document.published()
        : LocalDate.ofInstant(document.fetchedAt(), java.time.ZoneOffset.ofHours(9));
  }
}
