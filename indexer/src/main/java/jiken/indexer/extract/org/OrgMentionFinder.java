package jiken.indexer.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.analysis.Token;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.analysis.FastPattern;

/**
 * Finds organisation mentions anchored on their form: legal forms before or after the name
 * (株式会社X, X株式会社名古屋営業所, 社会医療法人「X会」), organisation suffixes (X病院, X教育委員会,
 * X商事), Kuromoji organisation tokens, X社, and bracketed names that the text calls a company
 * (給食業者の「X」). Context-dependent mentions (public bodies, bare names) are in
 * {@link PartyMentionFinder}. Stateless and thread-safe.
 */
final class OrgMentionFinder {
  private static final FastPattern BRACKETED = FastPattern.compile("「([^「」\\n]{2,30})」");
  private static final Pattern COMPANY_WORD_BEFORE = Pattern.compile(
      "(会社|企業|業者|事業者|法人|団体|メーカー|委託先|取引先|グループ|ブランド運営元|運営元|提供元)(である|の|、)?$");
  private static final Pattern COMPANY_WORD_AFTER = Pattern.compile("^(という(会社|企業|法人|団体|業者)|社|が運営|を運営)");
  private static final Pattern BRANCH = Pattern.compile("(営業所|支店|支社|工場|事業所|出張所|本店)$");
  private static final Pattern NOT_SHA = Pattern.compile(
      "^([A-ZＡ-Ｚa-zａ-ｚ○〇×△□]|同|当|弊|本|自|他|各|御|貴|会|商|支|親|子|関連|両|新聞|出版|通信|神|結|入|出|寺|大|小|全|前|後|同業|競合|数|複数|一|二|三|十|百)$");

  private OrgMentionFinder() {}

  static List<OrgMention> find(AnalyzedArticle a) {
    String text = a.fullText();
    List<Token> tokens = a.tokens();
    List<OrgMention> out = new ArrayList<>();
    legalForms(text, tokens, out);
    suffixes(text, tokens, out);
    kuromoji(text, tokens, out);
    sha(text, tokens, out);
    bracketed(text, out);
    return out;
  }

  private static void legalForms(String text, List<Token> tokens, List<OrgMention> out) {
    for (String form : LegalForms.PREFIX) {
      for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) {
        int after = i + form.length();
        boolean suffixForm = LegalForms.SUFFIX.contains(form);
        int left = suffixForm ? NameSpans.extendLeft(text, i, 0, tokens) : i;
        if (suffixForm && left < i) {
          int[] t = Trims.trim(text, left, i);
          if (t != null) {
            int end = after;
            int branchEnd = NameSpans.extendRight(text, after, text.length(), tokens);
            if (branchEnd > after && BRANCH.matcher(text.substring(after, branchEnd)).find()) {
              end = branchEnd;
            }
            add(out, text, t[0], end, OrgMention.Kind.LEGAL);
          }
          continue;
        }
        int s = after;
        while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '　') && s < after + 1) {
          s++;
        }
        if (s < text.length() && text.charAt(s) == '「') {
          int close = text.indexOf('」', s);
          if (close > s + 1 && close - s < 30) {
            out.add(new OrgMention(s + 1, close, text.substring(s + 1, close), OrgMention.Kind.LEGAL));
          }
          continue;
        }
        int e = NameSpans.extendRight(text, s, text.length(), tokens);
        if (e > s) {
          int[] t = Trims.trim(text, s, e);
          if (t != null && t[0] == s) {
            add(out, text, i, t[1], OrgMention.Kind.LEGAL);
          }
        }
      }
    }
  }

  private static void suffixes(String text, List<Token> tokens, List<OrgMention> out) {
    FastPattern.Finder m = OrgLexicon.SUFFIX_FAST.finder(text);
    while (m.find()) {
      if (m.end() < text.length() && NameSpans.isNameChar(text.charAt(m.end()))
          && !LegalForms.SUFFIX.stream().anyMatch(f -> text.startsWith(f, m.end()))) {
        continue; // not the end of the name run (大学 in 大学病院)
      }
      int s = NameSpans.extendLeft(text, m.start(), 0, tokens);
      int[] t = Trims.trim(text, s, m.end());
      if (t == null || t[0] >= m.start() || t[1] != m.end()) {
        continue;
      }
      String name = text.substring(t[0], t[1]);
      if (!OrgLexicon.isGeneric(name) && !Trims.former(text, t[0])) {
        add(out, text, t[0], t[1], OrgMention.Kind.SUFFIX);
      }
    }
  }

  private static void kuromoji(String text, List<Token> tokens, List<OrgMention> out) {
    for (int k = 0; k < tokens.size(); k++) {
      Token tok = tokens.get(k);
      if (!tok.isOrganization()) {
        continue;
      }
      int s = tok.start();
      for (int j = k - 1; j >= 0 && isLatinOrKana(tokens.get(j)) && tokens.get(j).end() == s; j--) {
        s = tokens.get(j).start();
      }
      int e = tok.end();
      int j = k + 1;
      while (j < tokens.size()) {
        Token n = tokens.get(j);
        boolean glue = n.surface().equals("・") || n.surface().equals(" ") && j + 1 < tokens.size()
            && isLatinOrKana(tokens.get(j + 1));
        if (n.start() == e && (n.isProperNoun() || isLatinOrKana(n) || glue || n.surface().equals("社") && n.pos().contains("接尾"))) {
          e = n.end();
          j++;
        } else {
          break;
        }
      }
      int[] t = Trims.trim(text, s, e);
      if (t != null && t[0] <= tok.start() && tok.end() <= t[1] && !Trims.former(text, t[0]) && trustworthy(tokens, k, t[0], t[1]) && !insideBrackets(text, t[0])) {
        add(out, text, t[0], t[1], OrgMention.Kind.KUROMOJI);
      }
    }
  }

  /**
   * IPADIC tags every unknown Latin word as an organisation (EC, PC, https, DoS), so a Latin
   * organisation token counts only as an upper-case acronym (NTT, NAVER) extended by a proper noun
   * or 社 (NTT西日本, NAVER Cloud社).
   */
  private static boolean trustworthy(List<Token> tokens, int k, int s, int e) {
    Token tok = tokens.get(k);
    if (!tok.surface().chars().allMatch(c -> NameSpans.isLatinOrDigit((char) c))) {
      return true;
    }
    if (!tok.surface().chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') || tok.surface().length() < 2) {
      return false;
    }
    for (int j = k + 1; j < tokens.size() && tokens.get(j).end() <= e; j++) {
      if (tokens.get(j).start() < s) {
        continue;
      }
      Token n = tokens.get(j);
      if (n.surface().equals("社") || n.isProperNoun() && !n.surface().chars().allMatch(c -> NameSpans.isLatinOrDigit((char) c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code pos} sits inside 「…」 or 『…』: product and site names, not companies. */
  static boolean insideBrackets(String text, int pos) {
    for (int i = pos - 1; i >= 0 && i >= pos - 40; i--) {
      char c = text.charAt(i);
      if (c == '「' || c == '『') {
        return true;
      }
      if (c == '」' || c == '』' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  private static boolean isLatinOrKana(Token t) {
    if (!t.isNoun() || t.surface().isEmpty() || t.pos().contains("数")) {
      return false;
    }
    for (int i = 0; i < t.surface().length(); i++) {
      char c = t.surface().charAt(i);
      if (!(NameSpans.isLatinOrDigit(c) || c >= '\u30A1' && c <= '\u30FA' || c == 'ー')) {
        return false;
      }
    }
    return true;
  }

  private static void sha(String text, List<Token> tokens, List<OrgMention> out) {
    for (Token t : tokens) {
      if (!t.surface().equals("社") || !t.pos().contains("接尾")) {
        continue;
      }
      int s = NameSpans.extendLeft(text, t.start(), 0, tokens);
      int[] tr = Trims.trim(text, s, t.start());
      if (tr == null || Trims.former(text, tr[0])) {
        continue;
      }
      String core = text.substring(tr[0], tr[1]);
      char last = core.charAt(core.length() - 1);
      boolean hypothetical = core.length() >= 2 && last >= 'A' && last <= 'Z' && !NameSpans.isLatinOrDigit(core.charAt(core.length() - 2))
          || last >= 'Ａ' && last <= 'Ｚ';
      boolean numeric = JapaneseDigits.isNumeral(last);
      if (!hypothetical && !numeric && !NOT_SHA.matcher(core).matches() && !OrgLexicon.isGeneric(core) && !core.endsWith("新聞")) {
        add(out, text, tr[0], t.end(), OrgMention.Kind.SHA);
      }
    }
  }

  private static void bracketed(String text, List<OrgMention> out) {
    FastPattern.Finder m = BRACKETED.finder(text);
    while (m.find()) {
      String inner = m.group(1).strip();
      if (inner.isEmpty() || !inner.chars().allMatch(c -> NameSpans.isNameChar((char) c) || NameSpans.isHiragana((char) c))) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 10), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 8));
      Matcher suffix = OrgLexicon.SUFFIX.matcher(inner);
      boolean endsWithSuffix = false;
      while (suffix.find()) {
        endsWithSuffix = suffix.end() == inner.length();
      }
      if ((endsWithSuffix && !OrgLexicon.isGeneric(inner)) || COMPANY_WORD_BEFORE.matcher(before).find()
          || COMPANY_WORD_AFTER.matcher(after).find()) {
        out.add(new OrgMention(m.start(1), m.end(1), m.group(1), OrgMention.Kind.QUOTED));
      }
    }
  }

  static void add(List<OrgMention> out, String text, int s, int e, OrgMention.Kind kind) {
    if (e - s >= 2 && e - s <= NameSpans.MAX_NAME + 12) {
      out.add(new OrgMention(s, e, text.substring(s, e), kind));
    }
  }
}
