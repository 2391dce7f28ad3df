package jiken.indexer.extract.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.analysis.FastPattern;

/**
 * Named systems and services involved in the incident (「たまごリピート」, 「Xオンラインショップ」,
 * 地域医療情報連携ネットワーク). Japanese puts the head noun last, so a name is a system when:
 *
 * <ul>
 *   <li>a bracketed name ends in a system word (…サイト, …ショップ, …サービス, …システム), or a
 *       category noun stands right before the bracket (ECサイト「…」, サービス「…」), or the words
 *       around it make it one (運営する「…」, 「…」において / を利用 / (以下「本サイト」)), or it is
 *       listed with one (「A」や「B」);
 *   <li>an unbracketed compound ending in a system word is given a short alias
 *       ("…ネットワーク(以下、同ネットワーク)"), or a brand follows 運営する;
 *   <li>a katakana or Latin name ends in カート/システム and is not a generic compound.
 * </ul>
 * Not systems: notice titles (「…について」), organisations (…病院, …会), the owner in
 * 「X」のホームページ, the brand in 「X」で, attack names (「ランサムウエア」と呼ばれる), references
 * like 本サイト. Thread-safe.
 */
public final class SystemExtractor {
  private static final FastPattern BRACKETED = FastPattern.compile("[「『]([^「」『』\\n]{2,40})[」』]");
  private static final String HEADS = "(?:サイト|ショップ|システム|サービス|ネットワーク|アプリ(?:ケーション)?|ストア|ポータル|クラウド|"
      + "プラットフォーム|ツール|ソフト(?:ウェア|ウエア)?|カート|モール|オンライン|ページ|サーバー?|メール|データベース|DB|"
      + "ネット|EC|Web|WEB|ウェブ|ドライブ|SNS|アカウント|ポイント|予約)";
  private static final Pattern ENDS_WITH_HEAD = Pattern.compile(HEADS + "(?:[(（][^)）]*[)）])?$");
  private static final Pattern CATEGORY_BEFORE = Pattern.compile(
      "(?:サイト|サービス|システム|ショップ|アプリ|ソフト|ツール|カート|プラットフォーム|ECサイト|通販サイト|ネットショップ|"
          + "オンラインストア|ウェブサイト|Webサイト|ホームページ|ポータル|クラウド|SNS)(?:の|である|です)?$");
  private static final Pattern OPERATOR_BEFORE = Pattern.compile(
      "(?:運営|提供|開発|販売|運用|管理)(?:する|している|しております|していた|しています|の)$");
  private static final Pattern AFTER = Pattern.compile(
      "^(?:において|における|上で|上の|内で|内の|を(?:利用|導入|使用|通じ|経由|介)|という(?:サービス|システム|サイト|アプリ|名称)|"
          + "[(（]以下[、,]?「?(?:本|同|当)(?:サイト|サービス|システム|ショップ|アプリ|ストア|ネットワーク)|"
          + "[(（][^)）]{0,20}(?:サイト|サービス|システム|アプリ)[)）])");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "について|お詫び|おわび|お知らせ|ご報告|ご案内|注意喚起|ください|した|ます|です|。|、|ため|とは|事件|事案|被害|攻撃|"
          + "(?:中|時|後|前|等|義務|計画|規程|要綱|方針)$");
  private static final Pattern ORGANISATION = Pattern.compile(
      "(?:株式会社|有限会社|合同会社|法人|会社|病院|医院|クリニック|大学|学校|学園|協会|組合|機構|財団|銀行|省|庁|県|市|町|村|区|"
          + "委員会|センター|研究所|事務所|商事|新聞|放送|会|社|店|グループ)$");
  private static final Pattern ATTACK_WORD = Pattern.compile(
      "ランサム|マルウ[ェエ]ア|ウ[イィ]ルス|フィッシング|Emotet|エモテット|DDoS|DoS|トロイ");
  private static final Pattern REFERENCE = Pattern.compile("^(?:本|同|当|弊|貴|自|新|旧|公式|ホーム|自社|当社|弊社)?" + HEADS + "$");
  /** Coordinated names share their status: 「A」や、…「B」. */
  private static final Pattern COORDINATION = Pattern.compile("^(?:や|と|、|及び|および|または|,)[、,]?[^「『。\\n]{0,20}$");

  private static final FastPattern ALIASED = FastPattern.compile(
      "([一-龥々ァ-ヶーA-Za-z0-9・]{3,30}" + HEADS + ")[(（]以下[、,]?「?(?:本|同|当)(?:サイト|サービス|システム|ショップ|アプリ|ストア|ネットワーク|ネット)");
  private static final FastPattern OPERATED_BRAND = FastPattern.compile(
      "(?:運営|提供)(?:する|している|しております)([ァ-ヶーA-Za-z0-9][ァ-ヶーA-Za-z0-9・]{2,24})(?=[(（「、。\\sのでに]|$)");
  private static final FastPattern BARE = FastPattern.compile(
      "(?<![ァ-ヶーA-Za-z0-9一-龥々])([ァ-ヶーA-Za-z0-9][ァ-ヶーA-Za-z0-9\\-]{1,20})(カート|システム)(?![ァ-ヶー])");
  private static final Pattern GENERIC_PREFIX = Pattern.compile(
      "(?:EC|ECカート|メール|ネットワーク|サーバー?|ファイル|セキュリティ|バックアップ|データ|ウェブ|ウエブ|Web|WEB|web|オンライン|"
          + "クラウド|コンピューター?|ショッピング|ポイント|カード|レジ|POS|ログイン|IT|IC|ID|システム|チケット|メールマガジン|"
          + "ネット|ホーム|ページ|アクセス|テレワーク|リモート|VPN|ネットショッピング|ショップ|オーダー|ファイルサーバー?)");

  private static final Pattern OWN_PREFIX = Pattern.compile("^(?:当院|当社|弊社|本学|当市|本市|同社|同院)");

  public List<LabelFact> extract(AnalyzedArticle article) {
    TextContext ctx = new TextContext(article.fullText());
    String text = ctx.text();
    Map<String, LabelFact> found = new LinkedHashMap<>();
    List<int[]> rejectedNames = new ArrayList<>();
    FastPattern.Finder m = BRACKETED.finder(text);
    int prevEnd = -1;
    boolean prevAccepted = false;
    while (m.find()) {
      String name = m.group(1).strip();
      if (ctx.excluded(m.start()) || !plausibleName(name)) {
        prevEnd = m.end();
        prevAccepted = false;
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 14), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
      boolean coordinated = prevAccepted && prevEnd >= 0 && m.start() - prevEnd <= 24
          && COORDINATION.matcher(text.substring(prevEnd, m.start())).find();
      boolean system = ENDS_WITH_HEAD.matcher(name).find() || CATEGORY_BEFORE.matcher(before).find()
          || OPERATOR_BEFORE.matcher(before).find() || AFTER.matcher(after).find() || coordinated;
      if (system) {
        add(found, article, ctx, name, m.start(1) + m.group(1).indexOf(name));
      } else {
        rejectedNames.add(new int[] {m.start(1), m.end(1)});
      }
      prevAccepted = system;
      prevEnd = m.end();
    }
    // a name listed after an accepted one: 「A」や、…「B」など (only forward coordination is seen above)
    for (int[] r : rejectedNames) {
      int end = r[1] + 1;
      Matcher next = BRACKETED.matcher(text).region(end, Math.min(text.length(), end + 30));
      if (next.find() && COORDINATION.matcher(text.substring(end, next.start())).find()
          && found.containsKey(next.group(1).strip())) {
        add(found, article, ctx, text.substring(r[0], r[1]).strip(), r[0]);
      }
    }
    FastPattern.Finder a = ALIASED.finder(text);
    while (a.find()) {
      String name = trimLeadingModifiers(a.group(1));
      if (!ctx.excluded(a.start()) && plausibleName(name)) {
        add(found, article, ctx, name, a.end(1) - name.length());
      }
    }
    FastPattern.Finder o = OPERATED_BRAND.finder(text);
    while (o.find()) {
      String name = o.group(1);
      if (!ctx.excluded(o.start()) && plausibleName(name) && !REFERENCE.matcher(name).find()
          && !GENERIC_PREFIX.matcher(name).matches()) {
        add(found, article, ctx, name, o.start(1));
      }
    }
    FastPattern.Finder b = BARE.finder(text);
    while (b.find()) {
      if (!ctx.excluded(b.start()) && !GENERIC_PREFIX.matcher(b.group(1)).matches() && !ATTACK_WORD.matcher(b.group()).find()) {
        add(found, article, ctx, b.group(), b.start());
      }
    }
    return List.copyOf(found.values());
  }

  private static void add(Map<String, LabelFact> found, AnalyzedArticle article, TextContext ctx, String name, int start) {
    // a part of a name already found (ポータルシステム in 架空連携ポータルシステム) is not another system
    if (found.containsKey(name) || found.keySet().stream().anyMatch(k -> k.contains(name))) {
      return;
    }
    String literal = ctx.literal(start, start + name.length());
    found.put(name, new LabelFact(literal, literal, article.provenance(start, start + name.length())));
  }

  private static boolean plausibleName(String name) {
    return name.length() >= 2 && !NOT_A_NAME.matcher(name).find() && !ORGANISATION.matcher(name).find()
        && !ATTACK_WORD.matcher(name).find() && !REFERENCE.matcher(name).find();
  }

  /** Drops a leading particle-free modifier run the regex may have swallowed (当院, 県の …). */
  private static String trimLeadingModifiers(String name) {
    return OWN_PREFIX.matcher(name).replaceFirst("");
  }
}
