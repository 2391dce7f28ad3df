package jiken.indexer.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.crawler.store.CrawledDocument;

/**
 * Pages that mention incidents without reporting one, and so make no case:
 * <ul>
 *   <li>round-ups (週まとめ, 今週のインシデント) that list several unrelated incidents one line
 *       each ({@code X(長野県):…}) — a case would glue every listed victim to the first;</li>
 *   <li>product and service launches (「…防止サービス」を提供開始) — their incident words describe
 *       what the product prevents;</li>
 *   <li>surveys reporting shares (6割が…, 45%が…) of companies.</li>
 * </ul>
 * Stateless.
 */
final class NonIncidentPages {
  private static final Pattern DIGEST_TITLE = Pattern.compile("まとめ|ダイジェスト|振り返り|今週の|先週の|週刊|月間|一覧|ニュース\\s*[0-9０-９]+選");
  /** A line that starts with a name, a bracketed place or note, then a colon. */
  private static final Pattern ITEM = Pattern.compile("(?m)^[・■◆●\\-]?\\s*[^\\s:：。、]{2,30}[(（][^)）\\n]{1,20}[)）]\\s*[:：]");
  private static final Pattern LAUNCH = Pattern.compile("(提供|販売|受付|サービス)を?開始|発売|新サービス|(?<!プレス|ニュース)リリース|提供へ$");
  private static final Pattern SURVEY = Pattern.compile("([0-9０-９]+(?:\\.[0-9]+)?[%％]|[0-9０-９一二三四五六七八九十]+割)(?:超|強|弱)?(?:が|に|で)");
  private static final Pattern SURVEY_WORD = Pattern.compile("調査|アンケート|実態|白書|レポート");
  private static final int MIN_ITEMS = 3;

  private NonIncidentPages() {}

  static boolean isNonIncident(CrawledDocument d) {
    String title = d.title();
    if (LAUNCH.matcher(title).find()) {
      return true;
    }
    if (SURVEY.matcher(title).find() && SURVEY_WORD.matcher(title).find()) {
      return true;
    }
    Matcher m = ITEM.matcher(d.text());
    int items = 0;
    while (m.find() && items < MIN_ITEMS) {
      items++;
    }
    return items >= MIN_ITEMS || DIGEST_TITLE.matcher(title).find() && items >= 2;
  }
}
