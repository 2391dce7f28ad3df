package jiken.indexer.extract.org;

import java.util.regex.Pattern;

/**
 * Rejects organisations that are not parties: regulators and agencies that only received a
 * report, news outlets and bylines, security vendors quoted as commentators, hypothetical
 * A社/B社 examples and names made only of generic words. Stateless and thread-safe.
 */
final class OrgFilter {
  private static final Pattern HYPOTHETICAL = Pattern.compile("^([A-ZＡ-Ｚ]|[○〇×△□]+|某)社?$");
  /**
   * A name without a legal form that ends in a word for data, people or a product is not an
   * organisation: 履歴書データ, 元従業員, ナギカート, Xポイント, フィッシングメール, and an online
   * shop named after its operator (Xオンラインストア, Xネットショップ): the shop is a service, its
   * operator the party.
   */
  private static final Pattern NOT_AN_ORG = Pattern.compile(
      "(^[一-龥]{1,4}(データ|情報)|従業員|社員|職員|アルバイト|派遣社員|メール|カート|ポイント|アカウント|ID|パスワード|サイト|ページ"
          + "|オンラインストア|オンラインショップ|ネットショップ|ネットストア|ウェブショップ|ウェブストア|Webショップ|Webストア"
          + "|WEBショップ|WEBストア|通販ショップ"
          + "|アプリ|ファイル|サーバー?|端末|パソコン|PC|USBメモリ|名簿|書類|攻撃|ウイルス|ウィルス|マルウェア|マルウエア)$");
  private static final Pattern PERSON_PREFIX = Pattern.compile("^(元|前|現|同|当該|一部の?|複数の?)");
  private static final Pattern STAFF_TAIL = Pattern.compile(".*(従業員|社員|職員|委託先|関係者)");

  private OrgFilter() {}

  static boolean distractor(String text, OrgEntity e) {
    if (e.has(OrgMention.Kind.POLICE)) {
      return false;
    }
    String name = e.name();
    String key = LegalForms.key(name);
    if (key.length() < 2 && !e.has(OrgMention.Kind.LEGAL) || HYPOTHETICAL.matcher(key).matches()
        || OrgLexicon.isGeneric(key)) {
      return true;
    }
    if (!e.has(OrgMention.Kind.LEGAL) && (NOT_AN_ORG.matcher(key).find() || PERSON_PREFIX.matcher(key).find()
        && STAFF_TAIL.matcher(key).matches())) {
      return true;
    }
    for (String k : e.keys) {
      if (OrgLexicon.REGULATOR.matcher(k).matches() || OrgLexicon.NEWS.matcher(k).find()
          && !(e.has(OrgMention.Kind.LEGAL) && OrgLexicon.COMPANY_LIKE_NEWS_TAIL.matcher(k).find())) {
        return true;
      }
    }
    if (OrgLexicon.COMMENTATORS.contains(key) && !e.has(OrgMention.Kind.BARE)) {
      return true;
    }
    return false;
  }
}
