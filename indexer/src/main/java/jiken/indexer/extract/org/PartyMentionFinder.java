package jiken.indexer.extract.org;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.analysis.Token;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.Sentences;
import jiken.indexer.analysis.FastPattern;

/**
 * Finds mentions whose form alone does not make them organisations, so the context must: public
 * bodies used as actors ({@code 岡山県は}, {@code 尼崎市の委託業者}, not {@code 岐阜県多治見市にある}),
 * police stations, bare company names in a party position (a headline {@code X、…}, a subject
 * {@code X(尼崎市)は}, a listed company as subject), and a department as a last resort.
 * Stateless and thread-safe.
 */
final class PartyMentionFinder {
  /** What follows a public body or bare name when it is an actor in the story. */
  private static final Pattern ACTOR_AFTER = Pattern.compile("^(?:[一-龥ァ-ヶー]{1,12}(?:課|部|局|室))?"
      + "(?:は|が|では|でも|で、|によると|によりますと|において|におきまして|として|から委託|の委託|の職員|の担当者|の発表|"
      + "の(?:公式)?(?:[A-Za-zＡ-Ｚ]{0,8})?(?:ホームページ|ウェブサイト|サイト|サーバー?|システム|ネットワーク|メール|ドメイン"
      + "|アカウント|SNS|通販サイト|オンラインショップ|会員サイト)|、同)");
  /** A descriptor then the name: 「パンメーカー、カモメ製パンの…」, 「旅行会社、そよかぜトラベルは…」. */
  private static final FastPattern APPOSITIVE = FastPattern.compile(
      "(?:メーカー|会社|企業|業者|事業者|チェーン|専門店|販売店|小売店|商社|法人|団体|協会|医院|病院|大学|学校)、");
  private static final FastPattern HIRAGANA_BODY = FastPattern.compile("(?<![ぁ-ん])[ぁ-ん]{2,5}(?:町|村|市)(?=は|では|が|の|に|、|\\s)");
  private static final FastPattern POLICE = FastPattern.compile("(?:[一-龥]{1,4}(?:県警|府警|道警)(?:察本部)?[一-龥]{0,4}署"
      + "|警視庁[一-龥]{0,5}署|[一-龥]{1,4}(?:県警|府警|道警)(?:察本部)?|警視庁|警察署)");
  private static final Pattern LOCATION_PAREN = Pattern.compile("^[(（](?:本社[:：]?|所在地[:：]?)?[一-龥ぁ-んァ-ヶ]{1,8}"
      + "(?:都|道|府|県|市|区|町|村)[一-龥ぁ-んァ-ヶ0-9０-９\\-－]{0,12}[)）]");
  private static final Pattern TITLE_FOLLOW = Pattern.compile("^(、|,|，| |　|「|が|は)");
  private static final Pattern INCIDENT_WORD = Pattern.compile(
      "攻撃|不正|漏え|漏洩|流出|被害|感染|障害|お知らせ|お詫び|おわび|について|紛失|盗難|誤送|事件|事故|個人情報|情報|"
      + "セキュリティ|サイト|システム|メール|ランサム|発表|報告");
  private static final Pattern SUBJECT_AFTER = Pattern.compile("^(は|では|によると|によりますと|が発表)");
  private static final FastPattern DEPARTMENT = FastPattern.compile(
      "(?<=^|\\n|。)(?:[一-龥]{1,8}部)?[一-龥ぁ-ん]{2,10}課(?=におきまして|において|では|は、)");

  private static final Pattern GENERIC_POLICE = Pattern.compile("^(所轄|管轄|最寄り|地元|各|同|当該|地域|県内|市内)?(の)?警察署$");
  private static final Pattern TITLE_TAGS = Pattern.compile("【[^】]*】|\\[[^\\]]*\\]|[\\s　]");

  private PartyMentionFinder() {}

  static void find(AnalyzedArticle a, List<OrgMention> out) {
    String text = a.fullText();
    List<Token> tokens = a.tokens();
    int titleEnd = a.input().title().length();
    publicBodies(text, tokens, titleEnd, out);
    FastPattern.Finder p = POLICE.finder(text);
    while (p.find()) {
      int s = p.group().equals("警察署") ? NameSpans.extendLeft(text, p.start(), 0, tokens) : p.start();
      String police = text.substring(s, p.end());
      if (p.end() - s >= 4 && !GENERIC_POLICE.matcher(police).matches()) {
        out.add(new OrgMention(s, p.end(), text.substring(s, p.end()), OrgMention.Kind.POLICE));
      }
    }
    headline(text, tokens, titleEnd, out);
    subjects(text, tokens, out);
    appositives(text, tokens, out);
    FastPattern.Finder d = DEPARTMENT.finder(text);
    while (d.find()) {
      out.add(new OrgMention(d.start(), d.end(), d.group(), OrgMention.Kind.DEPARTMENT));
    }
  }

  private static void publicBodies(String text, List<Token> tokens, int titleEnd, List<OrgMention> out) {
    for (int k = 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      Token prev = tokens.get(k - 1);
      if (t.pos().startsWith("名詞-接尾-地域") && prev.pos().startsWith("名詞-固有名詞-地域") && prev.end() == t.start()
          && "都道府県市区町村".contains(t.surface()) && t.surface().length() == 1) {
        publicBody(text, placeStart(text, prev.start()), t.end(), titleEnd, out);
      }
    }
    FastPattern.Finder h = HIRAGANA_BODY.finder(text);
    while (h.find()) {
      publicBody(text, h.start(), h.end(), titleEnd, out);
    }
  }

  /**
   * Kuromoji often splits a place name (霧/ヶ/丘市, 三/つ/森町): grow the start over name characters, but
   * not across a prefecture suffix (長野県|霧ヶ丘市: the prefecture is a location, not part of the body).
   */
  static int placeStart(String text, int s) {
    int i = s;
    while (i > 0 && s - i < 6) {
      char c = text.charAt(i - 1);
      if ("都道府県".indexOf(c) >= 0 || !(NameSpans.isNameChar(c) && !NameSpans.isLatinOrDigit(c) && c != '・')) {
        break;
      }
      i--;
    }
    return i;
  }

  private static void publicBody(String text, int s, int e, int titleEnd, List<OrgMention> out) {
    String after = text.substring(e, Math.min(text.length(), e + 24));
    boolean titleLead = s < titleEnd && isTitleLead(text, s) && TITLE_FOLLOW.matcher(after).find();
    if (titleLead || ACTOR_AFTER.matcher(after).find()) {
      out.add(new OrgMention(s, e, text.substring(s, e), OrgMention.Kind.PUBLIC));
    }
  }

  /** Whether {@code s} starts the title, after bracketed blog tags such as 【…】. */
  static boolean isTitleLead(String text, int s) {
    String head = TITLE_TAGS.matcher(text.substring(0, s)).replaceAll("");
    return head.isEmpty();
  }

  private static void appositives(String text, List<Token> tokens, List<OrgMention> out) {
    FastPattern.Finder m = APPOSITIVE.finder(text);
    while (m.find()) {
      int s = m.end();
      if (s < text.length() && text.startsWith("株式会社", s)) {
        continue; // a legal form follows: found by the legal-form rule
      }
      int e = NameSpans.extendRight(text, s, text.length(), tokens);
      String after = text.substring(e, Math.min(text.length(), e + 24));
      String name = text.substring(s, e);
      if (e - s >= 2 && ACTOR_AFTER.matcher(after).find() && !INCIDENT_WORD.matcher(name).find()
          && !OrgLexicon.isGeneric(name)) {
        out.add(new OrgMention(s, e, name, OrgMention.Kind.BARE));
      }
    }
  }

  private static void headline(String text, List<Token> tokens, int titleEnd, List<OrgMention> out) {
    int s = 0;
    while (s < titleEnd && (text.charAt(s) == '【' || text.charAt(s) == '[' || Character.isWhitespace(text.charAt(s)))) {
      int close = text.charAt(s) == '【' ? text.indexOf('】', s) : text.charAt(s) == '[' ? text.indexOf(']', s) : s;
      s = close < 0 || close >= titleEnd ? titleEnd : close + 1;
    }
    int e = NameSpans.extendRight(text, s, titleEnd, tokens);
    if (e - s >= 2 && TITLE_FOLLOW.matcher(text.substring(e, Math.min(text.length(), e + 2))).find()) {
      String name = text.substring(s, e);
      if (!INCIDENT_WORD.matcher(name).find() && !OrgLexicon.isGeneric(name) && !name.chars().allMatch(Character::isDigit)) {
        out.add(new OrgMention(s, e, name, OrgMention.Kind.BARE));
      }
    }
  }

  private static void subjects(String text, List<Token> tokens, List<OrgMention> out) {
    for (Token t : tokens) {
      if (!(t.surface().equals("は") || t.surface().equals("では") || t.surface().equals("によると")
          || t.surface().equals("(") || t.surface().equals("（"))) {
        continue;
      }
      int anchor = t.start();
      String after = text.substring(anchor, Math.min(text.length(), anchor + 24));
      boolean located = LOCATION_PAREN.matcher(after).find();
      if (!located && !SUBJECT_AFTER.matcher(after).find()) {
        continue;
      }
      int s = NameSpans.extendLeft(text, anchor, 0, tokens);
      int[] tr = Trims.trim(text, s, anchor);
      if (tr == null) {
        continue;
      }
      String name = text.substring(tr[0], tr[1]);
      if (name.length() < 2 || OrgLexicon.isGeneric(name) || INCIDENT_WORD.matcher(name).find()) {
        continue;
      }
      if (located || Gazetteer.contains(name)) {
        out.add(new OrgMention(tr[0], tr[1], name, OrgMention.Kind.BARE));
      }
    }
  }

  /** The sentence around an offset (for cue checks by callers). */
  static String sentence(String text, int pos) {
    return text.substring(Sentences.start(text, pos), Sentences.end(text, pos));
  }
}
