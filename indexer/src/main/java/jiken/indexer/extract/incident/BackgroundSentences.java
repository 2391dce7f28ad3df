package jiken.indexer.extract.incident;

import java.util.regex.Pattern;
import jiken.indexer.analysis.FastPattern;

/**
 * Sentences that talk about incidents in general or about another, earlier incident rather than
 * reporting the story's own: trend remarks ("…被害が相次いでいる", "…ケースも多い"), earlier
 * incidents of the same party ("同市では3月にも…紛失が発覚している", "今年に入ってからも…"),
 * and generalisations ("…アカウントほど悪用されやすい"). Their incident and data words describe
 * the background, so they give no label. A story's own words recur in its headline and lead, so a
 * label only lost here was rarely the story's. Stateless and thread-safe.
 */
final class BackgroundSentences {
  /** A trend: progressive or habitual forms, not the story's single event (title "投稿相次ぐ" stays). */
  private static final FastPattern TREND = FastPattern.compile(
      "相次いで(?:いる|おり|いた)|相次いでいることを受け|(?:が|も)続いて(?:いる|おり)|後を絶たない|増えて(?:いる|おり)|"
          + "増加(?:して(?:いる|おり)|傾向)|多発して(?:いる|おり)|ケース(?:も|が)(?:多|少なくな|ある|あり)|事例(?:も|が)(?:多|相次|増)");
  /** An earlier incident: "3月にも", "昨年にも", "今年に入ってからも". */
  private static final FastPattern EARLIER = FastPattern.compile(
      "(?:[0-9０-９一二三四五六七八九十]{1,2}月|昨年|去年|前年|以前|過去|先月|昨年度)にも|今年に入って(?:から)?も");
  /** A generalisation: "…ほど…やすい". */
  private static final FastPattern GENERALISATION = FastPattern.compile("ほど[、,]?[^。\\n]{0,30}やす(?:い|く)");

  private BackgroundSentences() {}

  /** True when {@code sentence} is background rather than the story's own report. */
  static boolean isBackground(String sentence) {
    return TREND.find(sentence) || EARLIER.find(sentence)
        || GENERALISATION.find(sentence);
  }
}
