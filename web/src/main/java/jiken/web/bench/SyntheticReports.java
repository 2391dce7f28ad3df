package jiken.web.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jiken.indexer.cases.CaseRecord;

/**
 * Realistic-length synthetic incident reports for throughput work: news stories and company notices
 * of about 500–960 characters (mean about 720, the length of a trade-press incident story), written the way Japanese incident reports are (lead, company profile,
 * a dated sequence of detection, investigation and disclosure, what data was exposed and for whom,
 * the count with its breakdown, the response, the apology, the contact desk), plus one article in
 * ten that is not an incident at all (a seminar, a product launch, a survey), as a crawl brings.
 * Organisations, vendors, dates, types and counts come from {@link SyntheticIncidents}' name parts,
 * except public bodies and hospital and school corporations: those are drawn from about 2,200
 * names composed here (1,200 municipalities, 48 prefectures, 480 each of 医療法人 and 学校法人), so
 * that at 200,000 articles over twelve years a municipality has one or two incidents a year and a
 * prefecture or corporation a few, as in real news; with 30 municipalities a body had dozens a year
 * and grouping was measured on an unreal corpus. One incident in eight has a follow-up report later in
 * the corpus (another outlet, a 続報, or an investigation's result months later; see {@link #followUp}),
 * so grouping can be measured both ways. The same seed gives the same corpus. Not thread-safe.
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

  private static final String[] TOWN_HEAD = {"朝", "夕", "星", "月", "花", "桜", "梅", "松", "竹", "鶴", "亀", "鷹", "白", "黒", "青",
    "赤", "若", "金", "銀", "石"};
  private static final String[] TOWN_TAIL = {"浜", "原", "野", "川", "田", "山", "沢", "島", "岡", "瀬", "井", "津", "崎", "谷", "森",
    "里", "台", "丘", "宮", "平"};
  private static final String[] MUNICIPALITY = {"市", "町", "村"};
  private static final String[] PREFECTURE_HEAD = {"北", "南", "東", "西", "中", "新", "大", "高"};
  private static final String[] PREFECTURE_TAIL = {"浜", "原", "野", "川", "山", "島"};
  private static final String[] CORE = {"アサヒ", "ミナミ", "ヒノデ", "ツバサ", "カエデ", "ハルカ", "ソレイユ", "ミライ", "ヤマト",
    "コスモ", "サクラ", "アオバ", "ワカバ", "シラハマ", "キタカゼ", "ホシゾラ", "ユウヒ", "アカネ", "トキワ", "ミドリ", "青葉", "若葉",
    "東雲", "白浜", "朝霧", "桜台", "星野", "夕凪", "北斗", "南風", "清流", "大樹", "光陽", "翠明", "和泉", "紅葉", "春日", "千歳",
    "ルミナ", "ノゾミ"};
  private static final String[] MEDICAL_TAIL = {"会", "仁会", "友会", "愛会", "和会", "誠会", "恵会", "生会", "光会", "慈恵会", "清和会", "博愛会"};
  private static final String[] SCHOOL_TAIL = {"学園", "学院", "義塾", "育英会", "女子学園", "国際学園", "文化学園", "工業学園", "芸術学園",
    "医療学園", "福祉学園", "総合学園"};

  private final Random r;
  /** Draws only the public bodies' names, so the rest of the corpus is the same as without them. */
  private final Random bodies;
  private final SyntheticIncidents names;
  private int n;

  SyntheticReports(long seed) {
    this.r = new Random(seed);
    this.bodies = new Random(seed + 2);
    this.names = new SyntheticIncidents(seed + 1);
    this.later = new Random(seed + 3);
  }

  private String pick(Random from, String[] a) {
    return a[from.nextInt(a.length)];
  }

  /**
   * The organisation to use for {@code generated}: a composed name of the same kind for a
   * municipality (sometimes a prefecture instead), 医療法人 or 学校法人, else {@code generated}.
   */
  private String body(String generated) {
    if (generated.startsWith("医療法人")) {
      return "医療法人" + pick(bodies, CORE) + pick(bodies, MEDICAL_TAIL);
    }
    if (generated.startsWith("学校法人")) {
      return "学校法人" + pick(bodies, CORE) + pick(bodies, SCHOOL_TAIL);
    }
    if (generated.endsWith("市") || generated.endsWith("町") || generated.endsWith("村")) {
      return bodies.nextInt(100) < 15 ? pick(bodies, PREFECTURE_HEAD) + pick(bodies, PREFECTURE_TAIL) + "県"
          : pick(bodies, TOWN_HEAD) + pick(bodies, TOWN_TAIL) + pick(bodies, MUNICIPALITY);
    }
    return generated;
  }

  /** {@code base} about {@code org} instead of its own organisation. */
  private static SyntheticIncidents.Article renamed(SyntheticIncidents.Article base, String generated, String org) {
    if (org.equals(generated)) {
      return base;
    }
    CaseRecord t = base.truth();
    List<CaseRecord.Org> orgs = new ArrayList<>();
    for (CaseRecord.Org o : t.organizations()) {
      orgs.add(o.name().equals(generated) ? new CaseRecord.Org(org, o.role(), o.aliases(), o.evidence(), o.documentId()) : o);
    }
    String title = base.title().replace(generated, org);
    CaseRecord truth = new CaseRecord(t.id(), t.title().replace(generated, org), t.summary().replace(generated, org), t.status(),
        orgs, t.incidentTypes(), t.affectedCount(), t.countHistory(), t.dataTypes(), t.systems(), t.tags(), t.timeline(),
        t.articles(), t.firstDate(), t.lastDate());
    return new SyntheticIncidents.Article(base.id(), base.url(), title, base.text().replace(generated, org), base.published(),
        base.source(), truth);
  }

  private String pick(String[] a) {
    return a[r.nextInt(a.length)];
  }

  /**
   * The next article; one in ten is not an incident, and one incident in {@value #FOLLOW_UP_ONE_IN}
   * has a follow-up report later in the corpus ({@link #followUp}).
   */
  SyntheticIncidents.Article next() {
    n++;
    if (!pending.isEmpty() && pending.peek().due() <= n) {
      return pending.poll().article();
    }
    SyntheticIncidents.Article generated = names.next();
    String generatedOrg = generated.truth().organizations().get(0).name();
    String org = body(generatedOrg);
    SyntheticIncidents.Article base = renamed(generated, generatedOrg, org);
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
    if (later.nextInt(FOLLOW_UP_ONE_IN) == 0) {
      pending.add(new Pending(n + 20 + later.nextInt(400), seq++,
          followUp(base, org, service, began, detected, date, published, count)));
    }
    return new SyntheticIncidents.Article(base.id(), base.url(), base.title(), t.toString(), published.toString(), base.source(),
        base.truth());
  }

  static final int FOLLOW_UP_ONE_IN = 8;

  /** A follow-up waiting for its place in the corpus ({@code due}: the article number it is emitted at). */
  private record Pending(int due, int seq, SyntheticIncidents.Article article) {}

  private final java.util.PriorityQueue<Pending> pending = new java.util.PriorityQueue<>(
      java.util.Comparator.comparingInt(Pending::due).thenComparingInt(Pending::seq));
  private int seq;
  /** Draws only the follow-ups, so the incidents themselves stay as they were. */
  private final Random later;

  /**
   * A report of the same incident, written the three ways they come: another outlet's story within
   * days (restating the dates and the count), a 続報 weeks later with a revised count (当初は…), and
   * an investigation's result months later that restates the count but gives only new dates. Its URL
   * is the original's plus {@code /followup}, so a measurement can tell which case it belongs to.
   */
  private SyntheticIncidents.Article followUp(SyntheticIncidents.Article base, String org, String service, LocalDate began,
      LocalDate detected, LocalDate date, LocalDate published, long count) {
    int kind = later.nextInt(20);
    LocalDate on;
    String title;
    StringBuilder t = new StringBuilder();
    if (kind < 8) {
      on = published.plusDays(1 + later.nextInt(5));
      title = org + "の" + service + "に不正アクセス、" + japanese(count) + "人分の情報流出の可能性";
      t.append(org).append("は").append(md(date)).append("、運営する「").append(service)
          .append("」が不正アクセスを受け、顧客").append(japanese(count)).append("人分の情報が流出した可能性があると発表した。");
      t.append(md(detected)).append("に異常を検知し、サーバーをネットワークから切り離した。外部の専門会社と原因を調べている。");
    } else if (kind < 15) {
      on = published.plusDays(14 + later.nextInt(30));
      long revised = count + 1 + later.nextInt((int) Math.min(Integer.MAX_VALUE - 1, Math.max(2, count / 2)));
      title = org + "、情報流出の可能性は" + japanese(revised) + "人分に拡大";
      t.append(org).append("は").append(md(on.minusDays(1))).append("、「").append(service)
          .append("」への不正アクセスの問題で、情報が流出した可能性のある顧客が").append(japanese(revised))
          .append("人分に増えたと発表した。当初は").append(japanese(count)).append("人分としていた。");
      t.append(later.nextBoolean() ? "追加の調査で、" + ymd(began) + "以前の記録にも不審な通信が見つかったという。"
          : "追加の調査で、別のサーバーにも不審な通信の記録が見つかったという。");
    } else {
      on = published.plusDays(150 + later.nextInt(150));
      title = org + "、不正アクセスの調査結果を公表 原因は" + pick(later, CAUSE);
      t.append(org).append("は").append(ymd(on.minusDays(1))).append("、「").append(service)
          .append("」への不正アクセスについて、外部の専門会社による調査結果を公表した。");
      t.append("流出した可能性があるのは当初の発表どおり顧客").append(japanese(count)).append("人分で、情報が悪用された形跡は確認されていないという。");
      t.append("同社は").append(pick(later, MEASURE)).append("を進め、").append(md(on.plusDays(10 + later.nextInt(20))))
          .append("までに対策を終える予定としている。");
    }
    return new SyntheticIncidents.Article(base.id() + "-f", base.url() + "/followup", title, t.toString(), on.toString(),
        base.source(), base.truth());
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
