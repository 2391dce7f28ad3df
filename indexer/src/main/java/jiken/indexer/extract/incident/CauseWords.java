package jiken.indexer.extract.incident;

import java.util.regex.Pattern;

/**
 * Incident words whose object decides the type. 設定ミス in a mail or mailing job is how a
 * misdelivery happened (宛先の設定を誤り, 封入機の設定を誤った), not a misconfigured system;
 * 盗まれたIDとパスワード are phished credentials, not a lost or stolen thing; 乗っ取られた機器
 * form a botnet, not a taken-over account; 不正なプログラム planted by an intruder is part of the
 * intrusion. Stateless and thread-safe.
 */
final class CauseWords {
  private static final Pattern SETTING_SLIP = Pattern.compile("設定(?:ミス|の誤り|を誤|誤り)|誤設定");
  private static final Pattern SENDING = Pattern.compile("宛先|BCC|封入|送信|配信|送付|誤配|宛名");
  private static final Pattern STEAL = Pattern.compile("盗まれ|盗難");
  private static final Pattern CREDENTIAL = Pattern.compile("ID|パスワード|認証情報|アカウント|資格情報|暗証番号");
  private static final Pattern DEVICE = Pattern.compile("^[^。\\n]{0,12}?(?:機器|端末|IoT|ボット|サーバ|コンピュータ|ルーター)");
  private static final Pattern PLANTED = Pattern.compile("不正な?プログラム|不審なプログラム");

  private CauseWords() {}

  /** False when the match at {@code [start, end)} of {@code text} names another thing than {@code label}. */
  static boolean accept(String label, String text, int start, int end, String sentence) {
    String match = text.substring(start, end);
    switch (label) {
      case "misconfiguration":
        return !(SETTING_SLIP.matcher(match).find() && SENDING.matcher(sentence).find());
      case "loss_theft": {
        if (!STEAL.matcher(match).find()) {
          return true;
        }
        String around = text.substring(Math.max(0, start - 10), Math.min(text.length(), end + 8));
        return !CREDENTIAL.matcher(around).find();
      }
      case "account_takeover":
        return !match.startsWith("乗っ取") || !DEVICE.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
      default:
        return true;
    }
  }

  /** True for "不正なプログラム"-style words that name a planted program rather than a malware family. */
  static boolean isPlantedProgram(String evidence) {
    return PLANTED.matcher(evidence).matches();
  }
}
