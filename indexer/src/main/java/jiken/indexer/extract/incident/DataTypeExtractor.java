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
 * Kinds of data exposed, from the closed list of the extraction guide.
 *
 * <ul>
 *   <li>A data word counts only where the text is about exposure (流出, 漏えい, 記載, 含まれ,
 *       閲覧可能 …) — in its sentence or in the heading of the list it is an item of ("流出した
 *       情報は以下のとおり" followed by "・氏名"). "パスワードを変更してください" is advice,
 *       "個人情報保護委員会" a regulator, "メールアドレスから送信" a sender: none is leaked data.
 *   <li>A denied clause ("個人情報の流出は確認されていない") gives {@code none_confirmed}, not the
 *       data type; "不正利用は確認されていない" (no misuse) gives neither.
 *   <li>Vague wording (会員情報, 登録情報, a notice title's 個人情報漏えい) means
 *       {@code personal_info} only when no concrete identifier (e-mail address, password, card,
 *       account) is named.
 * </ul>
 * Thread-safe.
 */
public final class DataTypeExtractor {
  private static final Pattern EXPOSURE = Pattern.compile(
      "流出|漏え?い|漏洩|漏れ|窃取|盗(?:ま|難|み|ん)|含まれ|含む|記載|記録|保存され|保管され|格納|"
          + "閲覧(?:可能|でき(?:る|た)状態|された|できる状態)|紛失|誤(?:送|配|発送|交付|添付|封入)|誤って|抜き取|持ち出|"
          + "不正に取得|外部に(?:送信|公開)|公開(?:され|して)|可能性|対象(?:と|者|となる)|項目|以下の(?:情報|とおり|通り)|入った|入り");
  private static final FastPattern ADVICE = FastPattern.compile(
      "変更してください|変更をお願い|変更いただ|使い回|設定してください|ご注意|注意を|しないでください|お問い合わせ|問い合わせ窓口|"
          + "相談窓口|ご確認ください|をお勧め|推奨");
  /** Notice titles ("個人情報漏えいに関するお詫び") name the subject, not the items. */
  private static final Pattern NOTICE_TITLE = Pattern.compile("お詫び|おわび|お知らせ|ご報告|について|に関する");
  private static final Set<String> IDENTIFIERS = Set.of("email_address", "password", "credit_card", "bank_account",
      "my_number");

  private static final PatternLabeler LABELER = new PatternLabeler()
      .rule("personal_info", "個人情報(?!保護|取扱|の(?:取り?扱|保護|適切|管理))", "氏名", "住所", "電話番号", "生年月日", "顧客情報",
          "患者情報", "利用者情報", "連絡先", "性別")
      .rule("email_address", "(?:E|電子)?メールアドレス", "メアド")
      .rule("credit_card", "クレジットカード(?!決済|会社|払い|のご利用)", "カード情報", "カード番号", "セキュリティコード",
          "カード名義", "有効期限", "クレカ")
      .rule("password", "パスワード(?!を?(?:変更|再設定|見直)|の(?:変更|再設定|管理|使い回し|見直)|(?:の|が|を)?改ざん|リスト|管理)", "暗証番号")
      .rule("bank_account", "口座番号", "口座情報", "銀行口座", "口座名義", "振込先")
      .rule("health", "病歴", "既往歴", "(?:傷)?病名", "病状", "診療(?:情報|内容|記録)", "診察(?:内容|記録)", "カルテ(?:情報|の内容|番号)",
          "健康診断", "健診", "検査結果", "検診", "処方", "服薬", "要介護", "介護度", "障害(?:の)?(?:程度|等級|種別|者手帳)",
          "妊娠", "アレルギー", "受診(?:歴|内容)", "入院(?:歴|日)", "健康(?:状態|情報)")
      .rule("my_number", "マイナンバー", "個人番号")
      .rule("employee_info",
          "(?:従業員|従業者|社員|職員|教職員|教員|スタッフ)(?:等|ら)?(?:\\*\\d+)?(?:の|に関する|に係る|や|と|、|及び|および)"
              + "[^。\\nがは]{0,25}?(?:個人情報|氏名|住所|メールアドレス|電話番号|情報)",
          "人事(?:情報|データ)", "給与(?:情報|明細|データ)")
      .rule("business_info", "取引先(?:の|等の|に関する)?情報", "業務情報", "機密情報", "技術情報", "営業情報", "社外秘",
          "設計(?:図|データ)", "見積書", "契約書", "財務情報", "経営情報")
      .rule("email_header", "ヘッダー?情報", "メールヘッダ");

  private static final PatternLabeler VAGUE = new PatternLabeler()
      .rule("personal_info", "会員情報", "登録情報", "ユーザー情報", "お客様情報", "顧客データ", "個人データ", "個人情報(?!保護|取扱|の(?:取り?扱|保護|適切|管理))");

  /**
   * An item said not to be part of the leak: "氏名や住所は含まれていない", "カード番号は…保持しない
   * 設計のため含まれない", "カード情報は…流出の対象外". The words before は may hold coordinated
   * items (や住所) but no clause break, so "メールアドレスが流出、パスワードは含まれていない"
   * keeps the address.
   */
  private static final Pattern NOT_INCLUDED = Pattern.compile(
      "^[^。\\n、が]{0,16}?(?:は|も)[^。\\n]{0,40}?(?:含まれ(?:ない|ず|ません|ていない|ておらず|ておりません|ていません)|"
          + "対象外|(?:保持|保存|保有)(?:しない|して(?:いない|おらず|おりません|いません)))");
  /** Whether anything leaked is still open ("流出したかどうかは調査中"): no data type yet. */
  private static final FastPattern UNKNOWN = FastPattern.compile("かどうか");

  /** "No leak was confirmed" (not "no misuse was reported"). */
  private static final FastPattern NONE_CONFIRMED = FastPattern.compile(
      "(?:流出|漏え?い|漏洩|外部(?:への)?送信|外部への持ち出し|持ち出し)"
          + "(?:(?:など|等|や[^、。\\n]{0,12})の?(?:被害|トラブル|事実|痕跡|形跡)?)?(?:の(?:事実|痕跡|形跡))?(?:は|も)、?"
          + "(?:現時点で(?:は)?|現在のところ|現在|いまのところ|今のところ|これまで(?:に|のところ)?)?、?"
          + "(?:確認されて(?:いない|おらず|おりません|いません)|確認でき(?:て(?:いない|おらず|おりません|いません)|ない|ません)|"
          + "生じて(?:いない|おりません|いません)|ない|無い|なく|なかった|ありません|ございません|認められ(?:ない|ません|ず)|"
          + "見つかって(?:いない|おりません|いません))");

  public List<LabelFact> extract(AnalyzedArticle article) {
    TextContext ctx = new TextContext(article.fullText());
    String text = ctx.text();
    List<LabelFact> out = new ArrayList<>(LABELER.label(article, ctx, (label, start, end, sentence) ->
        ctx.inContext(start, end, EXPOSURE) && !ADVICE.find(sentence)
            && !BackgroundSentences.isBackground(sentence) && !UNKNOWN.find(sentence)
            && !NOT_INCLUDED.matcher(text.substring(end, Math.min(text.length(), end + 60))).find()
            && (!label.equals("personal_info") || !isNoticeTitle(text, start, end))));
    Set<String> types = out.stream().map(LabelFact::value).collect(Collectors.toSet());
    if (!types.contains("personal_info") && types.stream().noneMatch(IDENTIFIERS::contains)) {
      out.addAll(0, VAGUE.label(article, ctx, (label, start, end, sentence) ->
          ctx.inContext(start, end, EXPOSURE) && !ADVICE.find(sentence)
              && !BackgroundSentences.isBackground(sentence) && !UNKNOWN.find(sentence)
              && !NOT_INCLUDED.matcher(text.substring(end, Math.min(text.length(), end + 60))).find()));
    }
    var none = NONE_CONFIRMED.finder(text);
    while (none.find()) {
      if (!ctx.excluded(none.start())) {
        out.add(new LabelFact("none_confirmed", ctx.literal(none.start(), none.end()),
            article.provenance(none.start(), none.end())));
        break;
      }
    }
    return out;
  }

  /** A short line that names a notice ("個人情報漏えいに関するお詫びとご報告"), e.g. the title. */
  private static boolean isNoticeTitle(String text, int start, int end) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int lineEnd = text.indexOf('\n', end);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return line.length() <= 80 && NOTICE_TITLE.matcher(line).find() && !line.contains("。");
  }
}
