package jiken.indexer.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.analysis.FastPattern;

/**
 * Incident types from the closed list of the extraction guide ({@code ../shared/eval/GUIDE.md}).
 *
 * <ul>
 *   <li>Spelling variants (ランサムウェア/ランサムウエア, マルウェア/マルウエア, ウイルス/ウィルス,
 *       改ざん/改竄, full-width Latin) and effect-only descriptions (ファイルが暗号化 → ransomware,
 *       端末を不正に操作 → unauthorized access, 大量のデータを送り付け → DDoS).
 *   <li>Denied clauses ("ウイルス感染は確認されていない"), advice and explanations ("ご注意ください",
 *       "一般的に"), illustrations ("ケース1: A社") and sidebars give nothing.
 *   <li>Words ordinary Japanese also uses — ウイルス of a pathogen, 流出 of people or oil, 攻撃を受け
 *       in a war, 乗っ取り of a company, 紛失 of a wallet — count only about systems and data
 *       ({@link SubjectMatter}).
 *   <li>Vague wording — サイバー攻撃を受け, 侵入され — means unauthorised access only when no
 *       specific type is named; the ransomware of a "サイバー攻撃" story is its type.
 *   <li>{@code vulnerability} only when nothing else is found (an exploited flaw is part of the
 *       intrusion); {@code fraud} (不正利用) only alone (cards used after a shop breach are a
 *       consequence); {@code malware} beside ransomware only for a named non-ransomware family;
 *       {@code other} when nothing matched but the text reports a leak.
 * </ul>
 * Thread-safe.
 */
public final class IncidentTypeExtractor {
  /** Sentences that only explain, advise or warn do not make an incident type. */
  private static final FastPattern GENERIC = FastPattern.compile(
      "一般に|一般的に|注意を呼びかけ|注意喚起|対策として|ご注意|注意してください|しないでください|気を付け|気をつけ|"
          + "手口|とは[、,]|について解説|ように(?:しましょう|してください)|(?:された|した|れた|る)場合(?:は|に|、)");
  private static final Pattern SPECULATION = Pattern.compile("可能性|恐れ|おそれ|疑い|懸念");
  /** A web page or shop, the object of tampering (as opposed to a password or a record). */
  private static final Pattern WEB = Pattern.compile(
      "サイト|ページ|HP|画面|決済|フォーム|プログラム|ソース|スクリプト|コンテンツ|Web|WEB|web|ウェブ|ウエブ|ショップ|表示");
  private static final Set<String> SPECIFIC_ATTACKS = Set.of("ransomware", "malware", "ddos", "phishing",
      "account_takeover", "web_tampering", "misdelivery", "loss_theft", "insider", "misconfiguration");

  private static final Pattern OTHER_FAMILY = Pattern.compile(
      "Emotet|エモテット|トロイの木馬|スパイウ[ェエ]ア|キーロガー|インフォ(?:メーション)?スティーラー|情報窃取型");
  private static final Pattern NOT_WEB_OBJECT = Pattern.compile(".*(?:パスワード|設定|データ|記録|書類|数値|帳簿)(?:の|を|が)?$");

  private static final PatternLabeler LABELER = new PatternLabeler()
      .rule("unauthorized_access", "不正アクセス", "不正(?:に)?侵入", "ハッキング", "ハッカー", "不正(?:に|な)?操作", "遠隔操作",
          "SQLインジェクション", "(?:Web|ウェブ)シェル", "バックドア", "不正に取得", "脆弱性を(?:突|悪用)(?:かれ|され|いた|した|して)",
          "第三者(?:に|が)(?:より|よって)?(?:サーバー?|システム|端末|ネットワーク|パソコン|PC)(?:に|へ)?(?:侵入|アクセス)",
          "(?:情報|データ|ファイル)が(?:外部に)?(?:窃取|抜き取られ)")
      .rule("ransomware", "ランサム(?:ウェア|ウエア|ware|攻撃)?", "[Rr]ansomware", "身代金(?:要求|を要求)",
          "(?:ファイル|データ|サーバー?|システム|端末|PC|パソコン)(?:群|類|等|など)?(?:が|を)(?:[^。\\n]{0,12})?暗号化(?:され|し)",
          "暗号化され[^。\\n]{0,8}(?:閲覧|利用|使用|アクセス|開け)(?:でき|不能)", "LockBit|ロックビット|Phobos|8[Bb]ase|BlackCat|Akira|Qilin")
      .rule("malware", "マルウ[ェエ]ア", "ウ[イィ]ルス", "Emotet|エモテット", "トロイの木馬", "スパイウ[ェエ]ア", "キーロガー",
          "インフォ(?:メーション)?スティーラー", "情報窃取型", "不正な?プログラム", "不審なプログラム")
      .rule("phishing", "フィッシング", "スミッシング", "偽(?:の)?(?:サイト|ウェブサイト|ログイン(?:画面|ページ)|メール|SMS)")
      .rule("account_takeover", "不正ログイン", "なりすましログイン", "リスト型(?:攻撃)?", "パスワードリスト", "クレデンシャルスタッフィング",
          "乗っ取", "アカウント(?:が|に|へ|への)(?:の)?不正ログイン",
          "(?:類推|推測)(?:が|の)?(?:でき|可能|され)(?:る|やすい)[^。\\n]{0,6}パスワード", "パスワード(?:が|を)(?:推測|類推|解読)され", "第三者(?:が|に|により|によって)[^。\\n]{0,10}ログイン")
      .rule("misdelivery", "誤(?:送信|送付|配布|配送|発送|配達|交付|投函|添付|封入|配信)",
          "誤って[^。\\n]{0,15}?(?:送信|送付|配布|配送|発送|添付|送って|送り|郵送|交付|封入|メール)", "宛先を?誤", "別人(?:あて|宛て?)",
          "BCC(?:で送信すべき|に入れるべき|ではなく)", "(?:CC|TO|宛先)(?:欄)?に[^。\\n]{0,10}(?:入れて|入力して)送信")
      .rule("loss_theft", "紛失", "盗難", "置き忘れ", "盗まれ", "所在不明", "車上(?:荒らし|狙い)", "置き引き", "ひったくり", "見当たらな")
      .rule("insider", "内部不正", "不正に持ち出", "無断で(?:持ち出|複製|転送|送信|閲覧)",
          "(?:元|退職した)(?:従業員|社員|職員)[^。\\n]{0,20}?(?:持ち出|不正に取得|転職先)")
      .rule("misconfiguration", "設定(?:ミス|不備|の誤り|を誤|誤り)", "誤設定", "公開設定", "閲覧可能な状態",
          "(?:誰でも|外部から|第三者が|インターネット上で|不特定多数が)[^。\\n]{0,10}?閲覧(?:可能|できる|でき)",
          "アクセス(?:制限|権限?)(?:が|を|の)(?:かかって|設定して|設定)?(?:い)?な", "アクセス権(?:限)?の設定")
      .rule("web_tampering", "改ざん", "改竄", "改変", "書き換え", "(?:偽|不正)の(?:決済|入力|カード(?:情報)?入力)(?:画面|フォーム|ページ)",
          "決済画面(?:が|を)改", "(?:不正|悪意のある)(?:な)?スクリプト", "(?:ウェブ|Web|カード)?スキミング")
      .rule("ddos", "D?DoS", "サービス(?:妨害|不能)攻撃",
          "大量の(?:アクセス|通信|データ|パケット|リクエスト)(?:を送(?:り付け|りつけ|信)|が送(?:り付け|りつけ|信)|による(?:障害|負荷|攻撃)|の受信)",
          "大量データの受信")
      .rule("vulnerability", "脆弱性")
      .rule("fraud", "不正利用", "詐欺", "不正送金", "不正(?:な)?(?:請求|購入|決済|出金|引き出し)");

  /** Vague words for an attack: unauthorised access only when nothing specific is named. */
  private static final PatternLabeler VAGUE = new PatternLabeler()
      .rule("unauthorized_access", "サイバー攻撃", "侵入(?:され|を受け|した|して)", "攻撃を受け");

  /** A leak with no named cause is an incident of type other. */
  private static final PatternLabeler LEAK = new PatternLabeler()
      .rule("other", "流出", "漏え?い", "漏洩", "誤って[^。\\n]{0,20}?公開", "誤公開", "情報が(?:外部に)?(?:閲覧|公開)");

  public List<LabelFact> extract(AnalyzedArticle article) {
    TextContext ctx = new TextContext(article.fullText());
    List<LabelFact> found = new ArrayList<>(LABELER.label(article, ctx, (label, start, end, sentence) ->
        !GENERIC.find(sentence) && !BackgroundSentences.isBackground(sentence)
            && (!label.equals("web_tampering") || tampersWeb(ctx.text(), start, sentence))
            && CauseWords.accept(label, ctx.text(), start, end, sentence)
            && SubjectMatter.accept(label, ctx.text(), start, end, sentence)));
    Set<String> types = found.stream().map(LabelFact::value).collect(Collectors.toSet());
    if (types.stream().noneMatch(SPECIFIC_ATTACKS::contains) && !types.contains("unauthorized_access")) {
      List<LabelFact> vague = VAGUE.label(article, ctx, (label, start, end, sentence) ->
          !GENERIC.find(sentence) && !BackgroundSentences.isBackground(sentence));
      // read the whole text for systems only when a vague word was found: most articles have none
      if (!vague.isEmpty() && SubjectMatter.aboutSystems(ctx.text())) {
        found.addAll(0, vague);
        types = found.stream().map(LabelFact::value).collect(Collectors.toSet());
      }
    }
    final Set<String> all = types;
    List<LabelFact> out = found.stream()
        .filter(f -> !f.value().equals("vulnerability") || all.size() == 1)
        .filter(f -> !f.value().equals("fraud") || fraudStandsAlone(f, all))
        // "不正なプログラムが埋め込まれ" after an intrusion or on a tampered page is the intruder's
        // tool, part of those types, not a separate malware infection
        .filter(f -> !f.value().equals("malware") || !CauseWords.isPlantedProgram(f.evidence())
            || !(all.contains("unauthorized_access") || all.contains("web_tampering")))
        // ransomware is malware too; name malware beside it only for another family
        .filter(f -> !f.value().equals("malware") || !all.contains("ransomware")
            || OTHER_FAMILY.matcher(f.evidence()).matches())
        .toList();
    if (out.isEmpty()) {
      return LEAK.label(article, ctx, (label, start, end, sentence) ->
          !GENERIC.find(sentence) && !BackgroundSentences.isBackground(sentence)
              && SubjectMatter.accept(label, ctx.text(), start, end, sentence));
    }
    return out;
  }

  /**
   * 不正利用 is the incident itself when nothing else is, or when it follows phishing or a taken-over
   * account and is stated as fact; after a breach, or as a possibility, it is a consequence.
   */
  private static boolean fraudStandsAlone(LabelFact fraud, Set<String> types) {
    if (types.size() == 1) {
      return true;
    }
    boolean onlyLures = types.stream().allMatch(t -> t.equals("fraud") || t.equals("phishing") || t.equals("account_takeover"));
    return onlyLures && !SPECULATION.matcher(fraud.provenance().sentence()).find();
  }

  /** 改ざん of a web page or shop, not of a password or a record. */
  private static boolean tampersWeb(String text, int start, String sentence) {
    String before = text.substring(Math.max(0, start - 8), start);
    if (NOT_WEB_OBJECT.matcher(before).matches()) {
      return false;
    }
    return WEB.matcher(sentence).find();
  }
}
