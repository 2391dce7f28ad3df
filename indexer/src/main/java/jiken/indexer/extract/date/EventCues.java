package jiken.indexer.extract.date;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.analysis.FastPattern;

/**
 * The words that give a date its event, in the order {@link EventClassifier} tries them at each
 * position (longer, more specific cues first). Verbs are preferred to nouns: {@code 検知した},
 * {@code 連絡を受け}; bare nouns only where they are unambiguous ({@code 被害届}).
 */
final class EventCues {
  private EventCues() {}

  record Cue(Pattern pattern, String event) {}

  static final String AUTHORITY = "(?:警察|警視庁|県警|府警|道警|署|個人情報保護委員会|保護委員会|監督官庁|所管省庁|関係省庁)";

  static final List<Cue> CUES = List.of(
      cue("被害届|被害申告|遺失届|紛失届|盗難届", "reported_to_authority"),
      cue(AUTHORITY + "(?:に|へ|にも|へも|には|と)(?:も)?[^。、]{0,12}?(?:報告|届け?出|相談|通報|提出|申告)", "reported_to_authority"),
      cue("連絡を受け|連絡があ|連絡が入|連絡を頂|連絡をいただ|からの連絡|指摘を受け|指摘があ|指摘され|報告を受け|報告があ"
          + "|通報を受け|通報があ|通報が寄せ|問い合わせがあ|問い合わせを受け|問い合わせが寄せ|申し出があ|情報提供を受け|情報提供があ"
          + "|ご?連絡により|ご指摘により", "notified"),
      cue("発表|公表|明らかにし|明らかにな|お知らせ|会見|取材で(?:わか|分か)|までに(?:わか|分か|明らか)|告知", "disclosed"),
      cue("再開|復旧(?!に向|作業|の見込|のめど|のメド|を進|対応|には|まで|を目指)|復元|正常化|回復し|取り戻", "restored"),
      cue("停止|遮断|切り離|切断|隔離|閉鎖|非表示|公開を中止|削除|シャットダウン|止め(?:た|、|て)|(?:ネットワーク|回線)から外", "contained"),
      cue("検知|検出|判明|発覚|気付|気づ|発見|把握|認知|見つか|見つけ|確認(?:し|され|でき|。|、)|を確認", "detected"),
      cue("発生|攻撃を受け|攻撃され|不正アクセスを受け|不正アクセスされ|不正アクセスし|不正アクセスが(?:あ|行わ)|侵入|感染|送信され|送信して|配信し"
          + "|送信した|紛失|盗難|盗まれ|誤送|誤発送|誤って|改ざんされ|書き換え|なくし|置き忘|流出し|漏えいし|漏洩し"
          + "|被害を受け|被害に遭|できなくな|不具合が|障害が|暗号化され|乗っ取|実行され|不正ログイン|窃取|持ち出", "occurred"),
      cue("施行|制定", "enacted"),
      cue("完了|設置|開始|実施|予定|謝罪|お詫び|おわび|発送し", "other"));

  /** All cues as one alternation, group i+1 being {@code CUES.get(i)}: earlier cues win at a position. */
  static final Pattern COMBINED = combined();
  /** {@link #COMBINED} with its prefilters, for the many short clause searches. */
  static final FastPattern COMBINED_FAST = FastPattern.of(COMBINED);

  static String event(Matcher m) {
    for (int g = 1; g <= CUES.size(); g++) {
      if (m.start(g) >= 0) {
        return CUES.get(g - 1).event();
      }
    }
    throw new IllegalStateException("no cue group matched");
  }

  private static Pattern combined() {
    StringBuilder sb = new StringBuilder();
    for (Cue c : CUES) {
      sb.append(sb.length() == 0 ? "" : "|").append('(').append(c.pattern().pattern()).append(')');
    }
    return Pattern.compile(sb.toString());
  }

  /** After a cue: it is negated or only reported, so it says nothing about the date. */
  static final Pattern NEGATED_OR_REPORTED = Pattern.compile(
      "^.{0,6}?(?:ていない|ていません|ておらず|されず|できず|なかった|ません|覚え)"
          + "|^.{0,8}?(?:旨の|との(?:連絡|通報|報告|指摘|情報)|という(?:連絡|通報|報告|指摘|情報))");

  /** After an incident noun: the sentence's verb is the discovery, not the incident. */
  static final Pattern DISCOVERY_FOLLOWS =
      Pattern.compile("^[^。、\\n]{0,14}?(?:が発覚|が判明|を確認|を検知|が見つか|を見つけ|を発見|を把握|が分か|がわか|に気付|に気づ)");

  /** A clause ends at a conjunctive form and a comma (し、 て、); postpositions like について、 do not. */
  static final Pattern CLAUSE_END = Pattern.compile(
      "(?<!につい|におい|に対し|に対|によっ|とし|に関し|に関|を通じ|に際し|に際|に向け|にあたっ|を受け|を受|に伴|に基づ)"
          + "(?:[しけりきれい]|て)、");

  /** Right after the date: its role is fixed by position ({@code 時点}, {@code 以前}, {@code までに}). */
  static final Pattern POSITIONAL = Pattern.compile("^[ 0-9:時分午前後頃ごろ]{0,10}(?:時点|現在|以前|以降|まで(?!に(?:わか|分か|明らか)))");

  /** Right after the date: "1月のランサムウェア被害" — the date names the incident itself. */
  static final Pattern OF_INCIDENT = Pattern.compile(
      "^(?:ごろ|頃|上旬|中旬|下旬|末)?の[^。、\\n]{0,10}?(?:被害|攻撃|不正アクセス|感染|事案|事故|漏えい|流出|紛失|誤送信)");

  /**
   * The rest of a line that starts with a date and is an issuer's date line or notice header:
   * "令和7年2月5日 株式会社サンプル 代表取締役 …", "2025.05.29 会員の皆様へ …について".
   */
  static final Pattern SIGNATURE_LINE = Pattern.compile(
      "^[ (（)）月火水木金土日曜]*(?:[^。\\n]{0,50}(?:株式会社|有限会社|合同会社|法人|代表|社長|院長|校長|学長|理事長|市長|町長|村長|知事|"
          + "教育長|組合長|店主|会長)|[^。\\n]{0,50}(?:皆様へ|皆さまへ|について|のお知らせ|お詫び|おわび))[^。\\n]{0,30}$");

  private static Cue cue(String regex, String event) {
    return new Cue(Pattern.compile(regex), event);
  }
}
