package jiken.indexer.cases;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jiken.indexer.analysis.Morphology;
import jiken.indexer.analysis.Token;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/**
 * The nouns of a case's text, for "similar cases" ({@link SimilarCases}, Lucene MoreLikeThis).
 * Kuromoji nouns without numbers, dependent nouns (こと, ため), pronouns, suffixes, adverbial nouns
 * (今回, 現在) and place names (a prefecture or city relates nothing), and without a stoplist of
 * words every incident report uses (サーバー, 個人情報, 不正アクセス, 流出 …): what is left is what
 * tells one incident from another (決済画面, 改ざん, USBメモリ, リスト型攻撃). Stateless and
 * thread-safe.
 */
public final class CaseNouns {
  /** Indexed with term vectors so MoreLikeThis reads a case's terms without re-analysing it. */
  static final FieldType TYPE = nounsType();

  /** Words too common in incident news to make two cases similar. */
  static final Set<String> STOP = Set.of(
      "サーバー", "サーバ", "個人情報", "個人", "情報", "不正アクセス", "不正", "アクセス", "流出", "漏えい", "漏洩", "被害",
      "可能性", "恐れ", "おそれ", "発表", "公表", "同社", "当社", "弊社", "会社", "株式会社", "お客様", "顧客", "対象", "対象者",
      "調査", "確認", "連絡", "対応", "事案", "影響", "原因", "第三者", "外部", "利用", "発生", "判明", "報告", "システム",
      "サイト", "サービス", "データ", "件数", "お詫び", "お知らせ", "同日", "翌日", "当該", "全て", "すべて", "詳細", "状況",
      "結果", "一部", "今後", "措置", "再発", "防止", "対策", "実施", "関係", "機関", "警察", "相談", "皆様", "迷惑", "心配",
      "セキュリティ", "インシデント", "ニュース", "記事", "以下", "以上", "各", "者", "人", "件", "分", "日", "月", "年");
  private static final int MIN_CHARS = 2;

  private CaseNouns() {}

  private static FieldType nounsType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setStoreTermVectors(true);
    t.freeze();
    return t;
  }

  /** The filtered nouns of {@code text}, in order, repeats kept (term frequency matters). */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Morphology.tokenize(text)) {
      if (keep(t)) {
        out.add(t.surface());
      }
    }
    return out;
  }

  static boolean keep(Token t) {
    String pos = t.pos();
    if (!pos.startsWith("名詞") || pos.startsWith("名詞-数") || pos.startsWith("名詞-非自立")
        || pos.startsWith("名詞-代名詞") || pos.startsWith("名詞-接尾") || pos.startsWith("名詞-副詞可能")
        || pos.startsWith("名詞-固有名詞-地域")) {
      return false;
    }
    String s = t.surface();
    return s.codePointCount(0, s.length()) >= MIN_CHARS && !STOP.contains(s) && s.chars().anyMatch(Character::isLetter)
        && s.chars().noneMatch(Character::isWhitespace);
  }

  /**
   * The kept nouns of the tokens that start at or after {@code from}, space-separated: what
   * {@link #of} gives for the text from there, taken from tokens an extraction already made.
   */
  public static String joined(List<Token> tokens, int from) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (t.start() >= from && keep(t)) {
        b.append(b.length() == 0 ? "" : " ").append(t.surface());
      }
    }
    return b.toString();
  }

  /**
   * The nouns field of one case: title, summary (unless {@code summaryInText}: it is then one of
   * the articles' lead) and the text of every article, taking an article's nouns kept from its
   * extraction where there are some.
   */
  public static IndexableField field(String name, CaseRecord r, List<jiken.indexer.index.ArticleText> articles,
      boolean summaryInText) {
    StringBuilder nouns = new StringBuilder(String.join(" ", of(summaryInText ? r.title() : r.title() + "\n" + r.summary())));
    for (jiken.indexer.index.ArticleText a : articles) {
      nouns.append(' ').append(a.nouns() != null ? a.nouns() : String.join(" ", of(a.text())));
    }
    WhitespaceTokenizer tokens = new WhitespaceTokenizer();
    tokens.setReader(new StringReader(nouns.toString()));
    return new Field(name, tokens, TYPE);
  }
}
