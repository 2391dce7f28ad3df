package jiken.indexer.extract.incident;

import java.util.regex.Pattern;

/**
 * Incident words that ordinary Japanese also uses outside computing count only where the text is
 * about systems and data: ウイルス of a pathogen (新型コロナウイルス, インフルエンザウイルス), 流出
 * and 漏洩 of people, money, oil or water (人口流出, 原油流出), 攻撃を受け and 侵入した in a war or of
 * an animal, 不正操作 of an election, 乗っ取り of a company, 紛失 of a wallet. Security news mentions these too (a phishing
 * mail themed on the pandemic), and a general news feed mentions them constantly; without this, an
 * article about a virus outbreak or a takeover bid became a malware or account-takeover incident.
 *
 * <p>Each check reads the words at and around the match, its sentence, or — for words whose object
 * is usually named in another sentence of a notice (紛失, 攻撃を受け) — the whole article. The word
 * lists are of kinds of things (data, devices, accounts, pathogens), never names from one article.
 * Stateless and thread-safe.
 */
final class SubjectMatter {
  /** A pathogen's name just before ウイルス. */
  private static final Pattern PATHOGEN_BEFORE = Pattern.compile(
      "(?:コロナ|インフルエンザ|ノロ|ロタ|エボラ|ヘルペス|肝炎|ジカ|デング|パピローマ|免疫不全|HIV|HPV|RS|麻疹|風疹|はしか|"
          + "狂犬病|ポリオ|天然痘|SARS|MERS|アデノ|エンテロ|ライノ|サイトメガロ|モザイク|病原性|植物|動物|鳥|豚|牛)"
          + "[・\\s]?$");
  /** What follows ウイルス of a pathogen. */
  private static final Pattern PATHOGEN_AFTER = Pattern.compile(
      "^(?:感染症|性(?:疾患|肺炎|胃腸炎|髄膜炎|の(?:病気|疾患))|学|ワクチン|粒子|ゲノム|株|検査|陽性|変異|量|の(?:遺伝子|増殖|ゲノム))");
  /** Words of medicine and biology in a sentence. */
  private static final Pattern BIOLOGY = Pattern.compile(
      "細胞|宿主|遺伝子|ワクチン|感染症|病原体|発症|症状|患者|病気|疾患|細菌|免疫|抗体|DNA|RNA|タンパク質|医師|病院で|"
          + "流行|パンデミック|保健所|検疫|治療|生物");
  /** Words of computing in a sentence: with them, ウイルス stays malware whatever else the sentence says. */
  private static final Pattern COMPUTING = Pattern.compile(
      "パソコン|PC|端末|サーバ|メール|ファイル|ソフト|プログラム|システム|ネットワーク|コンピュータ|コンピューター|対策|駆除|"
          + "USB|添付|サイト|アプリ|スマートフォン|スマホ|感染端末|データ|ウェブ|Web|マルウ[ェエ]ア|ランサム");
  /** Kinds of information a leak is of. */
  private static final Pattern DATA = Pattern.compile(
      "情報|データ|個人|顧客|会員|利用者|氏名|名前|住所|電話番号|番号|アドレス|パスワード|ID|アカウント|カード|口座|名簿|"
          + "リスト|ファイル|資料|書類|文書|記録|機密|社外秘|営業秘密|設計図|図面|画像|写真|動画|ソースコード|メール|答案|成績|カルテ|明細|"
          + "住民票|戸籍|保険証|マイナンバー|免許証|パスポート|"
          + "[0-9０-９]件|人分|名分|件分");
  /** A physical or human thing that flows out. */
  private static final Pattern PHYSICAL_BEFORE = Pattern.compile(
      "(?:人口|人材|頭脳|若者|資金|資本|預金|外貨|土砂|原油|重油|油|汚染水|排水|水|放射性物質|ガス|溶岩|血液|観客|選手|難民)"
          + "(?:の|が|は)?(?:大量)?$");
  /** Data named anywhere in an article, for a leak whose own sentence does not say what leaked. */
  private static final Pattern LEAKED_DATA = Pattern.compile(
      "個人情報|顧客情報|会員情報|利用者情報|機密情報|データ|名簿|メールアドレス|パスワード|カード情報|ファイル|アカウント");
  /** Systems, accounts and data anywhere in an article: the context of an attack, a takeover or a loss. */
  private static final Pattern SYSTEMS = Pattern.compile(
      "サーバ|システム|ネットワーク|サイト|ホームページ|端末|パソコン|PC|コンピュータ|アカウント|ログイン|パスワード|ID|メール|"
          + "クラウド|ランサム|マルウ[ェエ]ア|ウ[イィ]ルス|ハッカー|サイバー|VPN|ウェブ|Web|アプリ|SNS|個人情報|顧客情報|"
          + "データ|ファイル|不正アクセス|情報システム|情報漏え?い|情報漏洩|セキュリティ");
  /** Things that hold data, for a loss or theft. */
  private static final Pattern CARRIERS = Pattern.compile(
      "情報|データ|USB|メモリ|パソコン|PC|端末|書類|資料|名簿|ファイル|記録媒体|媒体|ディスク|スマートフォン|スマホ|携帯電話|"
          + "タブレット|伝票|帳票|答案|カルテ|リスト|台帳|申込書|申請書|通知書|契約書|CD|DVD|SD|ノート|ハードディスク|HDD|フロッピー");
  private static final Pattern VIRUS = Pattern.compile("ウ[イィ]ルス");
  private static final Pattern TAKEOVER = Pattern.compile("乗っ取");
  private static final Pattern LEAK = Pattern.compile("流出|漏");
  private static final Pattern MANIPULATION = Pattern.compile("不正(?:に|な)?操作");
  private static final Pattern LOSS = Pattern.compile("紛失|盗難|置き忘れ|盗まれ|所在不明|車上|置き引き|ひったくり|見当たらな");

  private SubjectMatter() {}

  /**
   * False when the match {@code [start, end)} of {@code text} (in {@code sentence}) uses an
   * incident word of {@code label} about something other than systems and data.
   */
  static boolean accept(String label, String text, int start, int end, String sentence) {
    return switch (label) {
      case "malware" -> !VIRUS.matcher(text).region(start, end).matches() || !pathogen(text, start, end, sentence);
      case "unauthorized_access" -> !MANIPULATION.matcher(text).region(start, end).matches() || aboutSystems(text);
      case "account_takeover" -> !TAKEOVER.matcher(text).region(start, end).lookingAt() || aboutSystems(text);
      case "loss_theft" -> !LOSS.matcher(text).region(start, end).lookingAt() || CARRIERS.matcher(text).find();
      case "other" -> !LEAK.matcher(text).region(start, end).lookingAt() || leakOfData(text, start, sentence);
      default -> true;
    };
  }

  /** For the vague words of an attack (攻撃を受け, 侵入された): whether the article is about systems at all. */
  static boolean aboutSystems(String text) {
    return SYSTEMS.matcher(text).find();
  }

  private static boolean pathogen(String text, int start, int end, String sentence) {
    if (PATHOGEN_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()
        || PATHOGEN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find()) {
      return true;
    }
    return BIOLOGY.matcher(sentence).find() && !COMPUTING.matcher(sentence).find();
  }

  /** 流出/漏洩 of information: its sentence names data, and the word is not of a physical thing. */
  private static boolean leakOfData(String text, int start, String sentence) {
    if (PHYSICAL_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()) {
      return false;
    }
    return DATA.matcher(sentence).find() || LEAKED_DATA.matcher(text).find();
  }
}
