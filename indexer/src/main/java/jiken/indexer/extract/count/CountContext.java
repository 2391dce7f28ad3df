package jiken.indexer.extract.count;

import java.util.regex.Pattern;

/**
 * Decides from the words around a number whether it can count victims. Real reports are full of
 * numbers that are not victims: login attempts, spam volumes, staff who searched for a lost bag,
 * the 250 in-patients of a hospital, batch sizes, and the figures of hypothetical A社/B社
 * examples. Stateless and thread-safe.
 */
final class CountContext {
  /** Words showing that the sentence is about affected people or data. */
  private static final Pattern VICTIM_CUE = Pattern.compile(
      "漏えい|漏洩|漏れ|流出|紛失|盗難|盗ま|誤送|誤発送|誤配|誤って|閲覧|不正|被害|影響|対象|該当|個人情報|情報|顧客|会員|"
          + "利用者|ユーザー|患者|含ま|記録|なりすまし|乗っ取|宛先|送信|アカウント|データ|名簿|氏名|住所|件数");
  /** Hypothetical examples whose heading sits just before the sentence. */
  private static final Pattern EXAMPLE = Pattern.compile(
      "(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ]社|ケース\\s?[0-9０-９]|事例\\s?[0-9０-９]|例えば|たとえば");
  /** Sentences that talk about examples, spam or attack attempts rather than this incident's victims. */
  private static final Pattern DISTRACTOR_SENTENCE = Pattern.compile(
      "(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ]社|ケース\\s?[0-9０-９]|例えば|たとえば|迷惑メール|スパム|試行|攻撃回数|アクセス回数|"
          + "件のログイン|回のログイン|昨年度|前年|過去最多|件数は全国|全国で");
  /** Left context that makes a people count a count of helpers or staff, not victims. */
  private static final Pattern STAFF_BEFORE = Pattern.compile("(署員|捜査員|警察官|作業員|担当者|医師|看護師|職員|社員)\\s?(約|およそ)?$");
  /** Right context of numbers that describe something else than victims. */
  private static final Pattern BAD_AFTER = Pattern.compile(
      "^(目|前|後|以内|単位|ずつ|ごと|当たり|あたり|体制|規模の|を1|を一)");
  /** Right context of people counts that describe a group present or acting, not victims. */
  private static final Pattern BAD_AFTER_PEOPLE = Pattern.compile("^(いる|が入院|が在籍|が勤務|が働|で|に注意|体制)");
  /** Left context of rates and ordinals. */
  private static final Pattern BAD_BEFORE = Pattern.compile("(第|数|何|1日|一日|毎日|毎月|年間|月間|うち|リスト)$");
  private static final Pattern WORK_SENTENCE = Pattern.compile("作業");
  private static final Pattern TOTAL_BEFORE = Pattern.compile("(合計|総計|累計|合わせて|あわせて|全体で|総数|計|総じて|に上る|のべ|延べ)\\s?(で|は)?\\s?(約|およそ)?$");

  private CountContext() {}

  /**
   * Whether the candidate at {@code [start,end)} can count victims, given its sentence and the
   * text just before the sentence (a heading such as 該当患者 often carries the only cue).
   */
  static boolean acceptable(String text, int start, int end, boolean people, String sentence, String before,
      boolean inTitle) {
    String after = text.substring(end, Math.min(text.length(), end + 6));
    if (BAD_AFTER.matcher(after).find() || people && BAD_AFTER_PEOPLE.matcher(after).find()) {
      return false;
    }
    String near = text.substring(Math.max(0, start - 6), start);
    if (BAD_BEFORE.matcher(near).find()) {
      return false;
    }
    if (STAFF_BEFORE.matcher(near).find()) {
      return false;
    }
    if (DISTRACTOR_SENTENCE.matcher(sentence).find() || EXAMPLE.matcher(before).find()) {
      return false;
    }
    if (inTitle) {
      return true;
    }
    if (WORK_SENTENCE.matcher(sentence).find() && !VICTIM_CUE.matcher(sentence).find()) {
      return false;
    }
    return VICTIM_CUE.matcher(sentence).find() || VICTIM_CUE.matcher(before).find();
  }

  /** Whether the words just before the number state a total. */
  static boolean totalBefore(String text, int start) {
    return TOTAL_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
  }
}
