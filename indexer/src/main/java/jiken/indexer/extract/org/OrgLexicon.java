package jiken.indexer.extract.org;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jiken.indexer.analysis.FastPattern;

/**
 * Word lists for organisation finding: name suffixes, generic heads that are not names, and
 * distractors (regulators, news outlets, security vendors quoted as commentators). General
 * Japanese vocabulary only; nothing is keyed to single articles. Immutable and thread-safe.
 */
final class OrgLexicon {
  /** Words that end an organisation name (longest first within a shared ending). */
  static final Pattern SUFFIX = Pattern.compile("(教育委員会|選挙管理委員会|委員会|附属病院|大学病院|病院|医院|クリニック|診療所|"
      + "大学院|大学|学院|高等学校|高等専門学校|高校|中学校|小学校|義務教育学校|特別支援学校|学校|幼稚園|保育園|こども園|"
      + "協同組合|連合会|組合|協会|機構|財団|研究所|研究センター|センター|会議所|法律事務所|会計事務所|特許事務所|"
      + "ホールディングス|グループ本社|商事|商会|商店|工業|産業|興業|銀行|信用金庫|信用組合|証券|生命|損保|"
      + "製作所|電機|電鉄|鉄道|航空|運輸|物流|物産|建設|食品|製薬|薬品|化学|化成|精機|電子|通商|システムズ|ソリューションズ|"
      + "テクノロジーズ|ネットワークス|コーポレーション|役場|市役所|区役所|町役場|村役場|県庁|社会福祉協議会)");
  /** {@link #SUFFIX} for whole-text searches. */
  static final FastPattern SUFFIX_FAST = FastPattern.of(SUFFIX);
  /** Words that alone (or only with other generic words) are not a name. */
  static final Set<String> GENERIC = Set.copyOf(java.util.List.of("総合", "県立", "市立", "町立", "村立", "区立", "府立", "都立", "国立", "私立",
      "公立", "高等", "小中", "附属", "付属", "大学", "病院", "学校", "当", "同", "本", "各", "全", "一部", "外部", "関係",
      "医療", "研究", "教育", "事業", "情報", "セキュリティ", "専門", "調査", "地域", "同大", "当該", "民間", "大手", "地元",
      "国内", "海外", "県内", "市内", "中央", "自社", "他社", "社内", "グループ", "委託", "運営", "管理", "対策", "支援",
      "サポート", "データ", "システム", "サービス", "カード", "信用", "損害", "保険", "商業", "本部", "センター", "委員会",
      "協会", "組合", "機構", "財団", "会議所", "事務所", "ホールディングス", "証券", "銀行", "航空", "鉄道", "物流", "建設",
      "食品", "製薬", "化学", "研究所", "クリニック", "医院", "診療所", "公的", "大規模", "中小", "小規模", "該当", "複数",
      "コール", "カスタマー", "お客様", "問い合わせ", "相談", "サーバー", "当社", "弊社",
      // modifiers of a kind of body: 中核病院, 観光協会, 商工会議所, 市民病院 alone name no one
      "中核", "基幹", "拠点", "観光", "商工", "市民", "県民", "地方"));
  /** {@link #GENERIC} by first character, for {@link #isGeneric}. */
  private static final java.util.Map<Character, List<String>> GENERIC_BY_FIRST = GENERIC.stream()
      .collect(java.util.stream.Collectors.groupingBy(g -> g.charAt(0)));
  /** Regulators and agencies that in these reports only receive reports. */
  static final Pattern REGULATOR = Pattern.compile("^(個人情報保護委員会|.{0,6}省|金融庁|警察庁|消費者庁|デジタル庁|内閣府|"
      + "内閣サイバーセキュリティセンター|NISC|IPA|情報処理推進機構|JPCERT.*|JC3|日本サイバー犯罪対策センター|政府|国|"
      + "都道府県|自治体|市区町村|国民生活センター|消費生活センター|裁判所|地方裁判所|地裁|高裁|最高裁)$");
  /** News outlets and bylines. */
  static final Pattern NEWS = Pattern.compile("(新聞|新聞社|新聞NEXT|通信社|通信|放送|テレビ|NEXT|Watch|ニュース|新報|日報|"
      + "タイムス|タイムズ|オンライン|ジャーナル|NEWS|News|Online|ONLINE|ITmedia|アイティメディア|Impress|インプレス|ZDNET|"
      + "ZDNet|NHK|日経|共同|時事|ロイター|ブルームバーグ|Yahoo!?|ヤフーニュース|PR TIMES|Scan|ScanNetSecurity|"
      + "セキュリティ事件簿|ニュースサイト|編集部)$");
  /**
   * Endings of {@link #NEWS} that ordinary companies carry too (株式会社ワカバ通信, Xオンライン株式会社):
   * with a legal form they do not make the name an outlet's byline.
   */
  static final Pattern COMPANY_LIKE_NEWS_TAIL = Pattern.compile("(?<!共同|時事)(通信|オンライン|ジャーナル|NEXT|Watch|Online|ONLINE|Scan)$");
  /** Security vendors that news quotes as commentators, not as parties. */
  static final Set<String> COMMENTATORS = Set.of("トレンドマイクロ", "カスペルスキー", "ラック", "LAC", "ESET", "マカフィー",
      "ノートン", "シマンテック", "サイバーリーズン", "クラウドストライク", "CrowdStrike", "Mandiant", "マンディアント",
      "パロアルトネットワークス", "チェック・ポイント", "フォーティネット", "Fortinet", "ソフォス", "Sophos", "S&J",
      "三井物産セキュアディレクション", "サイバーセキュリティクラウド", "Google", "グーグル", "Microsoft", "マイクロソフト", "Apple",
      "アップル", "Amazon", "アマゾン");
  /** Tokens that may follow a name in a run but are not part of it (JAL広報, X社長, Xグループ). */
  static final Pattern TRAILING = Pattern.compile("(広報部|広報|担当者|関係者|社長|会長|常務|専務|幹部|代表|グループ|関連企業|"
      + "子会社|傘下|社員|職員|従業員|側|本体|公式|通販サイト|サイト|ホームページ|店舗|各店|全店|会員|代表取締役|取締役|"
      + "理事長|院長|学長|市長|町長|村長|知事)$");
  /**
   * A category joined to the name by ・ (化学品メーカー・X株式会社, 外食チェーン・X): the category
   * describes the organisation, so it is not part of its name.
   */
  static final Pattern CATEGORY_DOT = Pattern.compile(
      "^[一-龥々ぁ-んァ-ヶー]{0,10}(?:メーカー|企業|業者|事業者|大手|商社|販売店|専門店|チェーン|ベンダー|会社)・");
  /** Words before a name that describe it rather than belong to it. */
  static final Pattern LEADING = Pattern.compile("^(韓国|中国|米国|英国|台湾|香港|海外|国内|大手|傘下|"
      + "子会社|親会社|関連会社|画像|写真|出典|引用|同日|今回|昨年|先月|今月|本日|自社|他社|当社|弊社|同社)");

  private OrgLexicon() {}

  /**
   * Whether {@code name} is made only of generic words (総合病院, 県立高等学校, 委託業者, 同大学 =
   * 同 + 大学). Any split into generic words counts: the split used to be greedy over an unordered
   * set, so 同大学 (同大 + 学, or 同 + 大学) was judged differently from one JVM run to the next.
   */
  static boolean isGeneric(String name) {
    int n = name.length();
    // ok[p]: name[p..] splits into generic words, or is one organisation suffix
    boolean[] ok = new boolean[n + 1];
    ok[n] = true;
    java.util.regex.Matcher m = SUFFIX.matcher(name);
    for (int p = n - 1; p >= 0; p--) {
      for (String g : GENERIC_BY_FIRST.getOrDefault(name.charAt(p), List.of())) {
        if (g.length() <= n - p && ok[p + g.length()] && name.startsWith(g, p)) {
          ok[p] = true;
          break;
        }
      }
      if (!ok[p] && SUFFIX_FAST.canStartWith(name.charAt(p))) {
        m.region(p, n);
        ok[p] = m.lookingAt() && m.end() == n;
      }
    }
    return ok[0];
  }
}
