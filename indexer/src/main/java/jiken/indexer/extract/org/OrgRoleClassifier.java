package jiken.indexer.extract.org;

import java.util.regex.Pattern;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.analysis.FastPattern;

/**
 * Gives an organisation its role from the words around its mentions. Police are {@code other};
 * a provider whose breach reached its customers is {@code vendor} (委託先, 給食業者の「X」,
 * X社のシステムを介し, Yから業務委託を受けたX, or a service provider whose customers are counted in
 * 社); an organisation that only received a report is {@code other}; everyone else in the story
 * is a {@code victim}. Stateless and thread-safe.
 */
final class OrgRoleClassifier {
  private static final Pattern VENDOR_BEFORE = Pattern.compile(
      "(委託先|委託業者|業務委託先|再委託先|受託者|受託業者|提供元|提供会社|運営会社|給食業者|業者|ベンダー|システム会社|"
          + "クラウド事業者|決済代行会社|印刷会社|事業者)(である|の|、|は)?「?$");
  private static final Pattern VENDOR_AFTER = Pattern.compile(
      "^[」』]?(社)?(?:[(（][^)）]{0,20}(委託先|委託業者|受託|提供)[^)）]{0,6}[)）]|(の|が提供する|が運営する)(システム|サーバー?|ネットワーク|サービス)?を(介し|経由)"
          + "|を経由|が運営する(給食)?業者|が運営する給食|から(流出|漏えい|漏洩)|提供"
          // X(社)のECカートシステム「Y」が不正アクセスを受け: the breached system is X's product
          + "|の[^。、「」]{0,16}(システム|サービス|カート|クラウド|サーバー?|プラットフォーム)[「『]?[^」』。]{0,20}[」』]?"
          + "(が|に対する|への|に)(第三者による)?(不正アクセス|サイバー攻撃|攻撃|侵入)"
          + "|が(提供|運営|開発)(する|している|していた)[^。]{0,20}(システム|サービス|カート|クラウド))");
  private static final Pattern CONTRACTOR = Pattern.compile("(から|より)(業務)?委託を受け");
  private static final Pattern CLIENT_AFTER = Pattern.compile("^[」』]?(から|より)(業務)?委託を受け");
  private static final Pattern RECEIVER_AFTER = Pattern.compile("^[」』]?(に|へ)、?[^。]{0,30}(連絡|報告|相談|通報|届け|届い|提出|申告)");
  /** Before a provider's name: 物流サービスの X, 支援を手がける X, 「ナギカート」を運営する X (a named product it runs). */
  private static final Pattern PROVIDER_BEFORE = Pattern.compile(
      "(サービス|支援|システム|物流|クラウド|提供|手がける|手掛ける|開発|受託)(の|を手がける|する|を行う)?$|[」』]を(運営|提供|開発)する$");
  /** Client businesses of a provider: 150社, 導入企業, 利用ショップ, ナギカートを使っている通販サイト. */
  private static final FastPattern DOWNSTREAM = FastPattern.compile(
      "[0-9０-９]+社|導入企業|利用企業|運営企業|導入事業者|利用事業者|取引先企業|顧客企業|荷主|加盟店|導入先|利用ショップ|利用店舗|導入店舗"
          + "|(?:を|が)(?:使って|利用して|導入して)いる(?:各)?(?:通販サイト|ショップ|店舗|事業者|企業)");
  /** The issuer of a notice speaks of the service it provides (弊社が提供するECサイト構築サービス). */
  private static final Pattern ISSUER_PROVIDES = Pattern.compile(
      "(?:弊社|当社)が(?:提供|運営|開発)(?:する|している|しております)[^。\\n]{0,20}(?:サービス|カート|システム|ASP|プラットフォーム|クラウド)");
  /** Signature lines at the end of a notice: the issuer's name is at most this far from the end. */
  private static final int SIGNATURE_SPAN = 80;
  private static final Pattern SUBJECT_AFTER = Pattern.compile("^[」』]?(社)?(は|が|では|によると|によりますと)");

  private OrgRoleClassifier() {}

  /** Whether the story counts client companies (荷主, 導入企業, 150社): computed once per article. */
  static boolean countsClients(String text) {
    return DOWNSTREAM.find(text);
  }

  static String role(String text, OrgEntity e, boolean clients) {
    if (e.has(OrgMention.Kind.POLICE)) {
      return OrgFact.OTHER;
    }
    boolean subject = false;
    boolean receiver = false;
    for (OrgMention m : e.mentions) {
      String before = text.substring(Math.max(0, m.start() - 14), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      if (CLIENT_AFTER.matcher(after).find()) {
        return OrgFact.VICTIM;
      }
      if (VENDOR_BEFORE.matcher(before).find() || VENDOR_AFTER.matcher(after).find()) {
        return OrgFact.VENDOR;
      }
      if (SUBJECT_AFTER.matcher(after).find()) {
        subject = true;
        String sentence = text.substring(m.start(), Math.min(text.length(), m.end() + 80)).split("。", 2)[0];
        if (CONTRACTOR.matcher(sentence).find() && !sentence.contains("委託を受けた" + m.name())) {
          return OrgFact.VENDOR;
        }
      }
      if (RECEIVER_AFTER.matcher(after).find()) {
        receiver = true;
      }
    }
    if (clients && providerOfCustomers(text, e)) {
      return OrgFact.VENDOR;
    }
    return receiver && !subject ? OrgFact.OTHER : OrgFact.VICTIM;
  }

  /**
   * A service provider (物流サービスの X, 支援を手がける X社, 「Y」を運営する X) in a story that counts
   * its client companies; or the issuer signing a notice about the service it provides
   * (弊社が提供する…サービス, signed X at the end).
   */
  private static boolean providerOfCustomers(String text, OrgEntity e) {
    boolean issuerProvides = ISSUER_PROVIDES.matcher(text).find();
    for (OrgMention m : e.mentions) {
      String before = text.substring(Math.max(0, m.start() - 12), m.start());
      if (PROVIDER_BEFORE.matcher(before).find()) {
        return true;
      }
      boolean signature = text.length() - m.start() <= SIGNATURE_SPAN && (m.start() == 0 || text.charAt(m.start() - 1) == '\n');
      if (issuerProvides && signature) {
        return true;
      }
    }
    return false;
  }
}
