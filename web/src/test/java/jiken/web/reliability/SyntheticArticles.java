package jiken.web.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic Japanese incident articles about fictional organisations, in the import JSONL
 * format, for process-level tests that need a few hundred documents.
 */
final class SyntheticArticles {
  private static final String[] ORGS = {"架空商事", "みどり精機", "青葉フーズ", "白鷺物流", "北斗電装", "若葉学園", "すばる薬品",
      "大河建設", "潮騒ホテル", "銀杏信用金庫", "桜台病院", "鳴門水産", "朝霧印刷", "紅葉銀行", "星野書房"};
  private static final String[][] KINDS = {
    {"不正アクセス", "サーバーに第三者による不正アクセスがあり、顧客の個人情報%s件が流出した可能性がある"},
    {"ランサムウェア", "社内のファイルサーバーがランサムウェアに感染し、データが暗号化された。取引先の情報%s件が閲覧された恐れがある"},
    {"誤送信", "担当者がメールの宛先をBCCではなくTOに入力したため、%s人分のメールアドレスが流出した"},
    {"紛失", "社員が顧客%s人分の氏名と住所を記録したUSBメモリを紛失した"}};

  private SyntheticArticles() {}

  static List<String> jsonl(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String org = ORGS[r.nextInt(ORGS.length)];
      String[] kind = KINDS[r.nextInt(KINDS.length)];
      LocalDate published = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
      LocalDate happened = published.minusDays(2 + r.nextInt(20));
      int count = 100 + r.nextInt(90_000);
      String text = String.format(Locale.ROOT, "%s株式会社は%d月%d日、%s。%d年%d月%d日に異常を検知し、同日中にサーバーを停止した。"
          + "同社は個人情報保護委員会に報告し、対象者に順次連絡している。", org, published.getMonthValue(),
          published.getDayOfMonth(), String.format(Locale.ROOT, kind[1], count), happened.getYear(),
          happened.getMonthValue(), happened.getDayOfMonth());
      String title = org + "で" + kind[0] + "、" + count + "件に影響か";
      out.add(String.format(Locale.ROOT, "{\"id\":\"s%d\",\"url\":\"https://synthetic.test/%d\",\"title\":\"%s\",\"text\":\"%s\","
          + "\"published\":\"%s\",\"source\":\"synthetic\"}", i, i, title, text, published));
    }
    return out;
  }
}
