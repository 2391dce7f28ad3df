package jiken.web.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic-length synthetic incident reports for throughput work: news stories and company notices
 * of about 500–960 characters (mean about 720, the length of a trade-press incident story), written the way Japanese incident reports are (lead, company profile,
 * a dated sequence of detection, investigation and disclosure, what data was exposed and for whom,
 * the count with its breakdown, the response, the apology, the contact desk), plus one article in
 * ten that is not an incident at all (a seminar, a product launch, a survey), as a crawl brings.
 * Organisations, vendors, dates, types and counts come from {@link SyntheticIncidents}' name parts,
 * so the same seed gives the same corpus. Not thread-safe.
 */
final class SyntheticReports {
  private static final String[] BUSINESS = {"家電製品の通信販売", "業務用ソフトウェアの開発", "地域密着型のスーパーマーケット", "会員制のオンライン英会話",
    "化粧品の製造と販売", "中古車の買い取り", "学習塾の運営", "旅行商品の企画販売", "物流倉庫の運営", "健康食品の定期通販", "人材派遣",
    "不動産の仲介", "介護施設の運営", "スポーツ用品の小売", "クレジットカード加盟店向けの決済サービス"};
  private static final String[] SERVICE = {"オンラインショップ", "会員向けポータルサイト", "予約システム", "メールマガジン配信システム", "顧客管理システム",
    "ECサイト", "採用応募フォーム", "ポイントカードアプリ", "ファイル共有サーバー", "問い合わせフォーム"};
  private static final String[] DATA = {"氏名", "住所", "電話番号", "メールアドレス", "生年月日", "性別", "クレジットカード番号", "カードの有効期限",
    "セキュリティコード", "ログインID", "パスワード", "購入履歴", "口座番号", "勤務先", "診療情報"};
  private static final String[] CAUSE = {"ウェブアプリケーションの脆弱性を突いた攻撃", "VPN機器の脆弱性を悪用した侵入", "管理者アカウントへのリスト型攻撃",
    "決済画面の改ざん", "リモートデスクトップへの総当たり攻撃", "委託先の作業端末のマルウェア感染", "設定ミスによるアクセス制限の不備"};
  private static final String[] AUTHORITY = {"個人情報保護委員会", "所轄の警察署", "監督官庁", "日本年金機構", "文部科学省"};
  private static final String[] MEASURE = {"多要素認証の導入", "ログ監視体制の強化", "脆弱性診断の定期実施", "従業員へのセキュリティ教育",
    "委託先管理の見直し", "ネットワークの分離", "パスワードポリシーの強化"};
  private static final String[] OFFTOPIC = {"情報セキュリティセミナーを開催する", "新しいクラウド型の勤怠管理サービスを発売した",
    "中小企業のセキュリティ対策に関する調査結果を公表した", "新社長の就任を発表した", "年末年始の営業日程を案内した"};

  private final Random r;
  private final SyntheticIncidents names;
  private int n;

  SyntheticReports(long seed) {
    this.r = new Random(seed);
    this.names = new SyntheticIncidents(seed + 1);
  }

  private String pick(String[] a) {
    return a[r.nextInt(a.length)];
  }

  /** The next article; one in ten is not an incident, one in four incidents has a follow-up report later in the corpus. */
  SyntheticIncidents.Article next() {
    n++;
    SyntheticIncidents.Article base = names.next();
    String org = base.truth().organizations().get(0).name();
    LocalDate date = LocalDate.parse(base.truth().firstDate());
    LocalDate published = LocalDate.parse(base.published());
    StringBuilder t = new StringBuilder();
    String title;
    if (r.nextInt(10) == 0) {
      title = org + "、" + pick(OFFTOPIC).replaceAll("(する|した)$", "");
      t.append(org).append("は").append(md(published)).append("、").append(pick(OFFTOPIC)).append("。");
      t.append(org).append("は").append(pick(BUSINESS)).append("を手がける企業で、今回の取り組みについて「お客様により安心してご利用いただける環境を整えたい」としている。");
      t.append("詳細は同社のウェブサイトで案内している。申し込みの締め切りは").append(md(published.plusDays(20))).append("。");
      return new SyntheticIncidents.Article(base.id(), base.url(), title, t.toString(), base.published(), base.source(), base.truth());
    }
    boolean notice = r.nextInt(3) == 0;
    String service = pick(SERVICE);
    String self = notice ? "弊社" : "同社";
    t.append(base.text()).append('\n');
    t.append(notice ? "弊社は" : org + "は").append(pick(PLACES)).append("に本社を置き、").append(pick(BUSINESS)).append("を手がけている。");
    t.append(notice ? "このたび、弊社が運営する「" : "同社が運営する「").append(service).append("」において、第三者による不正なアクセスが確認された。\n");
    LocalDate detected = date.minusDays(1 + r.nextInt(10));
    LocalDate began = detected.minusDays(5 + r.nextInt(60));
    t.append(notice ? "■経緯\n" : "").append(self).append("によると、").append(ymd(began)).append("ごろから")
        .append(service).append("のサーバーに不審な通信が記録されていた。").append(md(detected))
        .append("、社内の監視システムが異常を検知し、担当者が調べたところ、外部から不正に操作された形跡が見つかった。");
    t.append("同日中に当該サーバーをネットワークから切り離し、外部の専門会社に調査を依頼した。");
    t.append("調査の結果、").append(pick(CAUSE)).append("が原因とみられることが").append(md(date)).append("までに判明した。\n");
    List<String> data = new ArrayList<>();
    for (int i = 0, k = 2 + r.nextInt(5); i < k; i++) {
      String d = pick(DATA);
      if (!data.contains(d)) {
        data.add(d);
      }
    }
    long count = base.truth().affectedCount().value();
    t.append(notice ? "■対象となる情報\n" : "").append("流出した可能性があるのは、").append(String.join("、", data)).append("など。");
    t.append("対象は").append(began.getYear() - 1 - r.nextInt(5)).append("年").append(1 + r.nextInt(12)).append("月から")
        .append(began.getYear()).append("年").append(began.getMonthValue()).append("月までに").append(service)
        .append("を利用した顧客").append(japanese(count)).append("人分で、このうち").append(japanese(Math.max(1, count / 3)))
        .append("人分には").append(data.get(0)).append("が含まれる。");
    t.append("現時点で情報の不正利用は確認されていないという。\n");
    t.append(notice ? "■対応\n" : "").append(self).append("は").append(md(date.plusDays(1 + r.nextInt(5)))).append("に")
        .append(pick(AUTHORITY)).append("へ報告したほか、警察にも相談している。");
    t.append("対象となる顧客には電子メールと書面で個別に連絡し、専用の問い合わせ窓口を設置した。");
    t.append("受付時間は平日の午前").append(9 + r.nextInt(2)).append("時から午後").append(5 + r.nextInt(2)).append("時まで。");
    t.append("今後は").append(pick(MEASURE)).append("や").append(pick(MEASURE)).append("などの再発防止策を講じるとしている。\n");
    t.append(notice ? "お客様ならびに関係者の皆様には多大なご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"
        : "同社は「お客様には多大なご迷惑とご心配をおかけし、深くお詫び申し上げる」とコメントしている。");
    if (r.nextInt(3) == 0) {
      t.append("\nなお、").append(service).append("は").append(md(date.plusDays(10 + r.nextInt(30))))
          .append("に安全性を確認したうえで再開する予定。再開後はすべての利用者にパスワードの再設定を求める。");
    }
    if (r.nextInt(2) == 0) {
      t.append("\n同様の手口による被害は今年に入って相次いでおり、セキュリティの専門家は、公開サーバーのソフトウェアを最新の状態に保つことと、"
          + "管理画面へのアクセスを社内ネットワークに限ることが基本的な対策になると指摘している。");
    }
    return new SyntheticIncidents.Article(base.id(), base.url(), base.title(), t.toString(), published.toString(), base.source(),
        base.truth());
  }

  private static final String[] PLACES = {"東京都千代田区", "大阪市北区", "名古屋市中区", "福岡市博多区", "札幌市中央区", "横浜市西区", "仙台市青葉区",
    "広島市中区", "京都市下京区", "神戸市中央区"};

  private static String md(LocalDate d) {
    return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String ymd(LocalDate d) {
    return d.getYear() + "年" + md(d);
  }

  /** 12345 → 1万2345, the way news writes counts. */
  private static String japanese(long v) {
    return v >= 10_000 ? v / 10_000 + "万" + (v % 10_000 == 0 ? "" : Long.toString(v % 10_000)) : Long.toString(v);
  }
}
