package jiken.web.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jiken.indexer.cases.CaseRecord;

/**
 * Synthetic Japanese incident articles for scale work: fictional organisations (tens of thousands of
 * distinct names built from invented parts), vendors, dates from 2015 to 2026, incident types,
 * affected counts spread over six orders of magnitude, spelling variants (漏洩/漏えい, ランサムウエア …)
 * and follow-up reports that revise the count. Deterministic for a seed. Not thread-safe.
 */
final class SyntheticIncidents {
  private static final String[] CORE = {"アサヒ", "ミナミ", "ヒノデ", "ツバサ", "カエデ", "ハルカ", "ソレイユ", "ミライ", "ヤマト",
    "コスモ", "サクラ", "アオバ", "ワカバ", "シラハマ", "キタカゼ", "ホシゾラ", "ユウヒ", "アカネ", "トキワ", "ミドリ", "青葉", "若葉",
    "東雲", "白浜", "朝霧", "桜台", "星野", "夕凪", "北斗", "南風", "清流", "大樹", "光陽", "翠明", "和泉", "紅葉", "春日", "千歳",
    "ルミナ", "ノゾミ"};
  private static final String[] KIND = {"電機", "物流", "商事", "食品", "出版", "薬局", "工業", "通信", "保険", "製菓", "化粧品",
    "システムズ", "ホールディングス", "運輸", "不動産", "観光", "建設", "印刷", "ソフト", "データ"};
  private static final String[] PLACE = {"北浜", "南原", "東野", "西が丘", "中川", "青木", "緑川", "桜井", "若松", "白石"};
  private static final String[] VENDOR = {"システム開発", "クラウドサービス", "配送業務", "コールセンター業務", "決済代行", "印刷業務"};

  /** One article in the {@code import} format, plus the case it would become. */
  record Article(String id, String url, String title, String text, String published, String source, CaseRecord truth) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("url", url);
      m.put("title", title);
      m.put("text", text);
      m.put("published", published);
      m.put("source", source);
      return m;
    }
  }

  private final Random r;
  private int n;

  SyntheticIncidents(long seed) {
    this.r = new Random(seed);
  }

  private <T> T pick(T[] a) {
    return a[r.nextInt(a.length)];
  }

  String organisation() {
    return switch (r.nextInt(10)) {
      case 0 -> pick(PLACE) + pick(new String[] {"市", "町", "村"});
      case 1 -> "医療法人" + pick(CORE) + "会";
      case 2 -> "学校法人" + pick(CORE) + "学園";
      case 3 -> pick(CORE) + pick(CORE) + pick(KIND) + "株式会社";
      default -> "株式会社" + pick(CORE) + pick(CORE) + pick(KIND);
    };
  }

  /** The next article; about one in four is a follow-up of the previous incident. */
  Article next() {
    n++;
    String org = organisation();
    String[] types = {"unauthorized_access", "ransomware", "misdelivery", "loss_theft", "phishing", "malware", "misconfiguration"};
    String type = pick(types);
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4380));
    long count = (long) Math.pow(10, 1 + r.nextDouble() * 5.5);
    boolean vendor = r.nextInt(5) == 0;
    String leak = r.nextBoolean() ? "漏洩" : "漏えい";
    String server = r.nextBoolean() ? "サーバー" : "サーバ";
    String what = switch (type) {
      case "unauthorized_access" -> server + "が第三者による不正アクセスを受け、顧客情報" + count + "件が" + leak + "した可能性がある";
      case "ransomware" -> (r.nextBoolean() ? "ランサムウェア" : "ランサムウエア") + "に感染し、業務システムが停止した";
      case "misdelivery" -> "メールの誤送信により、取引先" + count + "件のメールアドレスが他の受信者に表示された";
      case "loss_theft" -> "個人情報" + count + "件を保存したUSBメモリーを紛失した";
      case "phishing" -> "社員がフィッシングメールに誘導され、アカウントが乗っ取られた";
      case "malware" -> "社員のパソコンが" + (r.nextBoolean() ? "マルウェア" : "マルウエア") + "「Emotet」に感染した";
      default -> "クラウドの設定不備により、利用者" + count + "人分の情報が外部から閲覧できる状態だった";
    };
    String title = org + (vendor ? "、委託先への攻撃で情報流出の恐れ" : "で" + switch (type) {
      case "ransomware" -> "ランサムウェア被害";
      case "misdelivery" -> "メール誤送信";
      case "loss_theft" -> "記録媒体を紛失";
      default -> "セキュリティ事故";
    });
    StringBuilder text = new StringBuilder();
    text.append(org).append("は").append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日、")
        .append(vendor ? pick(VENDOR) + "の委託先で" : "").append(what).append("と発表した。");
    text.append(pick(new String[] {"現在、外部の専門機関と調査を進めている。", "警察と個人情報保護委員会に報告した。",
        "対象の顧客には個別に連絡する。", "再発防止策を検討している。"}));
    if (r.nextInt(4) == 0) {
      text.append("その後の調査で、影響は").append(count * 2).append("件に拡大したことが分かった。");
    }
    LocalDate published = date.plusDays(r.nextInt(20));
    String id = "bench-" + n;
    CaseRecord truth = new CaseRecord(id, title, text.toString(), "ongoing",
        List.of(new CaseRecord.Org(org, "victim", List.of(), "", n)), List.of(type),
        new CaseRecord.AffectedCount(count, count + "件", date.toString(), "https://bench.invalid/" + n, n, ""),
        List.of(), List.of("personal_info"), List.of(), new ArrayList<>(List.of(vendor ? "委託先" : "直接被害")),
        List.of(), List.of(new CaseRecord.Article(n, "https://bench.invalid/" + n, title, "bench", published.toString())),
        date.toString(), published.toString());
    return new Article(id, "https://bench.invalid/" + n, title, text.toString(), published.toString(), "bench", truth);
  }
}
