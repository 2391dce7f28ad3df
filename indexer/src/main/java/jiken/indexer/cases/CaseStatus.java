package jiken.indexer.cases;

import java.util.List;
import jiken.indexer.analysis.FastPattern;

/**
 * Whether a case is {@code resolved} or {@code ongoing}, judged from the latest report first:
 * a later report that says the service is still stopped or the investigation continues overrides
 * an earlier 復旧; a report that says it has resumed (再開した, not 再開する予定) resolves the case.
 * Without such words, a {@code restored} event on or after the last {@code contained} event
 * resolves it. Stateless.
 */
final class CaseStatus {
  static final String RESOLVED = "resolved";
  static final String ONGOING = "ongoing";

  // prefiltered (FastPattern): these run over the whole latest report of every case assembled
  private static final FastPattern DONE = FastPattern.compile(
      "(再開|復旧|再稼働|運用を再開|全面再開|販売を再開)(し(た|ました|ている|ています)|いたしました|済み)");
  private static final FastPattern NOT_YET = FastPattern.compile(
      "(再開|復旧|再稼働)(する|の)?(予定|見込み|めど|見通し)|調査中|調査を(続け|継続)|停止している|停止中|停止しています"
          + "|見つかっていない|復旧していない|再開していない|再開のめどは立っていない");

  private CaseStatus() {}

  /** @param byDate the case's articles, earliest first; @param events the merged timeline, in date order */
  static String of(List<CaseMember> byDate, List<CaseRecord.TimelineEvent> events) {
    CaseMember latest = byDate.get(byDate.size() - 1);
    String text = latest.document().title() + "\n" + latest.document().text();
    boolean notYet = NOT_YET.find(text);
    if (!notYet && DONE.find(text)) {
      return RESOLVED;
    }
    if (notYet) {
      return ONGOING;
    }
    String lastRestored = null;
    String lastContained = null;
    for (CaseRecord.TimelineEvent e : events) {
      if (e.event().equals("restored")) {
        lastRestored = e.date();
      } else if (e.event().equals("contained")) {
        lastContained = e.date();
      }
    }
    return lastRestored != null && (lastContained == null || lastRestored.compareTo(lastContained) >= 0) ? RESOLVED : ONGOING;
  }
}
