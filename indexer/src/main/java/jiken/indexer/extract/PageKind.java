package jiken.indexer.extract;

import java.util.regex.Pattern;
import jiken.indexer.analysis.FastPattern;

/**
 * Recognises pages that mention incidents without reporting one, whose facts the annotation guide
 * leaves out ("skip pages that are not about a specific incident"): product launches (「…防止
 * サービス」を提供開始 — their incident words describe what the product prevents), seminar and
 * holiday notices, weekly round-ups listing unrelated incidents, surveys of shares (6割が…), and
 * explainers or columns (【解説】, なぜ…のか) whose body reports nothing (no 発表した, 判明, お詫び).
 *
 * <p>Only the title decides, plus the absence of report verbs for explainers: an incident report's
 * title names the incident, and a false "non-incident" costs every fact of the page, so the cues
 * are narrow. Stateless and thread-safe.
 */
public final class PageKind {
  private static final Pattern LAUNCH = Pattern.compile("(?:提供|販売|取り扱い)を?開始|発売(?:し|へ|開始|$)|新サービス");
  private static final Pattern EVENT = Pattern.compile(
      "(?:セミナー|ウェビナー|勉強会|講演会|説明会)[^、。]{0,30}(?:開催|のご案内|参加者?募集)|開催(?:します|いたします|のお知らせ|決定)");
  private static final Pattern HOLIDAY = Pattern.compile("(?:休業|休暇|休診|休館)(?:期間)?(?:の|に関する)(?:お知らせ|ご案内)|年末年始休業");
  private static final Pattern DIGEST = Pattern.compile(
      "(?:今週|先週|今月|先月|週間|月間|インシデント|ニュース|事件)[^\\s]{0,12}まとめ|ダイジェスト|週刊|[0-9０-９]+選");
  private static final Pattern SHARE = Pattern.compile(
      "(?:[0-9０-９]+(?:\\.[0-9]+)?[%％]|[0-9０-９一二三四五六七八九十]+割)(?:超|強|弱)?(?:が|に|で|の)");
  private static final Pattern SURVEY = Pattern.compile("調査|アンケート|実態|白書|レポート");
  private static final Pattern EXPLAINER = Pattern.compile("^【(?:解説|コラム|連載|寄稿|特集)】|なぜ.{2,30}のか|とは[?？]?$|入門");
  /** Words with which a page reports an incident of its own. */
  private static final FastPattern REPORT = FastPattern.compile(
      "と発表|を発表|発表した|と公表|を公表|公表した|明らかにした|判明|発覚|お知らせいたします|ご報告いたします|お詫び");

  private PageKind() {}

  /** True when the page with this title and text reports no specific incident. */
  public static boolean isNonIncident(String title, String text) {
    if (title == null || title.isBlank()) {
      return false;
    }
    String t = title.strip();
    if (LAUNCH.matcher(t).find() || EVENT.matcher(t).find() || HOLIDAY.matcher(t).find() || DIGEST.matcher(t).find()) {
      return true;
    }
    if (SHARE.matcher(t).find() && SURVEY.matcher(t).find()) {
      return true;
    }
    return EXPLAINER.matcher(t).find() && (text == null || !REPORT.find(text));
  }
}
