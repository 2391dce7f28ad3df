package jiken.web.bench;

import java.util.ArrayList;
import java.util.List;
import jiken.indexer.cases.CaseRecord;

/**
 * Cases for {@code bench index --style reports}: one case per report of {@link SyntheticReports}
 * (realistic stories and notices of ~720 characters, follow-ups included), shaped the way the
 * {@code index} run hands a one-article case to the Lucene index: the report's title, an extractive
 * summary of its lead, its organisations, types, count, data types and tags, its incident date as the
 * first date and its publication as the last, the report as the case's only article, and the report's
 * text as the article text. The short {@link SyntheticIncidents} texts tie by the thousand at the best
 * score of a query; these vary in length and wording, as real ones do, which is what block-max skipping
 * and snippet cost depend on.
 *
 * <p>Reports that are not about an incident (one in ten: seminars, product launches) are left out,
 * since the index run makes no case of them. Ids are the reports' own ({@code bench-N}, a follow-up
 * {@code bench-N-f}), so every case is distinct. Deterministic for a seed. Not thread-safe.
 */
final class ReportCases {
  /** A case and the text of its one article. */
  record Case(CaseRecord record, String text) {}

  /** The summary stops after the sentence that reaches this many characters (as the assembler's lead does). */
  static final int SUMMARY_CHARS = 110;

  private final SyntheticReports reports;
  private long documentId;

  ReportCases(long seed) {
    this.reports = new SyntheticReports(seed);
  }

  /**
   * The case generator of {@code bench index --style}: {@code short} (the default) one case per
   * {@link SyntheticIncidents} article, its text the article's; {@code reports} one per report ({@link #next}).
   */
  static java.util.function.Supplier<Case> generator(String style, long seed) {
    return switch (style) {
      case "short" -> {
        SyntheticIncidents gen = new SyntheticIncidents(seed);
        yield () -> {
          SyntheticIncidents.Article a = gen.next();
          return new Case(a.truth(), a.text());
        };
      }
      case "reports" -> new ReportCases(seed)::next;
      default -> throw new IllegalArgumentException("--style must be short or reports, not " + style);
    };
  }

  /** The next case (skipping reports that are not about an incident). */
  Case next() {
    while (true) {
      SyntheticIncidents.Article a = reports.next();
      documentId++;
      if (!incident(a)) {
        continue;
      }
      CaseRecord t = a.truth();
      List<CaseRecord.Org> orgs = new ArrayList<>();
      for (CaseRecord.Org o : t.organizations()) {
        orgs.add(new CaseRecord.Org(o.name(), o.role(), o.aliases(), o.evidence(), documentId));
      }
      CaseRecord.AffectedCount count = t.affectedCount() == null ? null
          : new CaseRecord.AffectedCount(t.affectedCount().value(), t.affectedCount().text(), a.published(), a.url(),
              documentId, "");
      CaseRecord r = new CaseRecord(a.id(), a.title(), summary(a.text()), t.status(), orgs, t.incidentTypes(), count,
          count == null ? List.of() : List.of(count), t.dataTypes(), t.systems(), t.tags(), List.of(),
          List.of(new CaseRecord.Article(documentId, a.url(), a.title(), a.source(), a.published())), t.firstDate(),
          a.published().compareTo(t.firstDate()) > 0 ? a.published() : t.firstDate());
      return new Case(r, a.text());
    }
  }

  /**
   * Whether {@code a} reports an incident: a follow-up, or a first report (whose text opens with its
   * incident's own sentences, which a seminar or product notice about the same organisation does not).
   */
  static boolean incident(SyntheticIncidents.Article a) {
    return a.url().endsWith("/followup") || a.text().startsWith(a.truth().summary());
  }

  /** The lead of a report: whole sentences (ended by 。 or a line break) until {@value #SUMMARY_CHARS} characters. */
  static String summary(String text) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    String t = text.strip();
    while (pos < t.length() && out.length() < SUMMARY_CHARS) {
      int end = pos;
      while (end < t.length() && t.charAt(end) != '。' && t.charAt(end) != '\n') {
        end++;
      }
      end = Math.min(t.length(), end + 1);
      String sentence = t.substring(pos, end).strip();
      if (!sentence.startsWith("■")) { // a notice's section heading is not part of the lead
        out.append(sentence);
      }
      pos = end;
    }
    return out.toString();
  }
}
