package jiken.indexer.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.extract.Sentences;
import jiken.indexer.analysis.FastPattern;

/**
 * What the words around a match say about it, shared by the label extractors of this package:
 * whether it sits in text that is not about the incident (a hypothetical "A社/B社" example, a
 * list of related articles), whether its clause denies it ("…は確認されていない"), and the
 * heading a list item hangs from. Built once per article text; immutable, so thread-safe.
 */
final class TextContext {
  /**
   * A line opening an illustration ("ケース1:…A社", "被害例"): it and the lines after it up to the
   * next blank line are examples, not the story. A bare "A社" is not enough: official notices
   * anonymise real vendors that way.
   */
  private static final FastPattern CASE_HEADER = FastPattern.compile(
      "ケース\\s*[0-9０-９]|事例\\s*[0-9０-９]|(?:被害|想定|架空の?)例|シナリオ\\s*[0-9０-９]");
  /** A sentence that speculates or illustrates. */
  private static final FastPattern SPECULATIVE = FastPattern.compile("例えば|たとえば|仮に|もしも?[、,]|万が一|万一");
  private static final int CASE_BLOCK_MAX = 400;
  /** A line that opens a block of links to other articles. */
  private static final Pattern SIDEBAR = Pattern.compile(
      "^\\s*(?:【?関連(?:記事|ニュース|情報|リンク)】?|あわせて読みたい|合わせて読みたい|人気(?:記事|ランキング)|"
          + "(?:アクセス)?ランキング|おすすめ(?:記事)?|最新(?:記事|ニュース)|新着(?:記事|ニュース)?|前後の記事|"
          + "この記事を読んだ人は|Related|RELATED|Popular|POPULAR)\\s*[:：]?\\s*$");
  private static final int SIDEBAR_ITEM_MAX = 80;
  private static final Pattern LIST_MARK = Pattern.compile(
      "^(?:[-・•●○■□◆◇▼▽※*＊]|[(（]?[0-9０-９]{1,2}[)）.．、]|[①-⑳]|[(（][a-zア-ン][)）])");
  /**
   * A clause that denies what precedes it: "ウイルス感染や情報流出は確認されていない",
   * "侵入された痕跡はなく". The gap before the denial may hold nouns and particles but no clause
   * break (、 が、) and no finite verb of the incident itself (受け, ました).
   */
  private static final Pattern DENIAL = Pattern.compile(
      "^(?:(?!が、|、|受け|ました|ており)[^。\\n]){0,24}?(?:は|も|等は|などは)、?"
          + "(?:現時点で(?:は)?|現在のところ|現在|いまのところ|今のところ|これまで(?:に|のところ)?)?、?"
          + "(?:確認されて(?:いない|おらず|おりません|いません)|確認でき(?:て(?:いない|おらず|おりません|いません)|ない|ません)|"
          + "生じて(?:いない|おりません|いません)|ない|無い|なく|なかった|ありません|ございません|認められ(?:ない|ません|ず)|"
          + "見つかって(?:いない|おりません|いません))");

  private final String original;
  private final String text;
  /** {@link #text} prepared for the many label patterns run over it. */
  private final FastPattern.Text indexed;
  private final List<int[]> excluded = new ArrayList<>();

  TextContext(String original) {
    this.original = original;
    this.text = foldWidth(original);
    this.indexed = new FastPattern.Text(text);
    markHypotheticalParagraphs();
    markSidebars();
  }

  /** The text patterns run on: full-width ASCII folded to ASCII (same length, same offsets). */
  String text() {
    return text;
  }

  /** {@link #text()} prepared for searches by many patterns. */
  FastPattern.Text indexed() {
    return indexed;
  }

  /** The literal text at {@code [start, end)}, as written. */
  String literal(int start, int end) {
    return original.substring(start, end);
  }

  /** Folds full-width ASCII (Ｄｏｓ, ０-９) and the ideographic space one char for one char. */
  static String foldWidth(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        cs[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        cs[i] = ' ';
      }
    }
    return new String(cs);
  }

  /** True when {@code pos} lies in an illustration, a speculative sentence or a sidebar. */
  boolean excluded(int pos) {
    if (SPECULATIVE.find(Sentences.around(text, pos, pos + 1))) {
      return true;
    }
    for (int[] span : excluded) {
      if (pos >= span[0] && pos < span[1]) {
        return true;
      }
    }
    return false;
  }

  /** True when the clause right after {@code end} denies the words before it. */
  boolean denied(int end) {
    return DENIAL.matcher(text.substring(end, Math.min(text.length(), end + 60))).find();
  }

  /** The sentence around {@code [start, end)}. */
  String sentence(int start, int end) {
    return Sentences.around(text, start, end);
  }

  /**
   * True when the sentence around {@code [start, end)} matches {@code cue}, or when it is an item
   * of a list (short lines) whose heading, up to ten lines above, matches it: leaked items are
   * often listed one per line under "流出した情報は以下のとおり".
   */
  boolean inContext(int start, int end, Pattern cue) {
    if (cue.matcher(sentence(start, end)).find()) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int lineEnd = text.indexOf('\n', end);
    String line0 = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
    if (!isListItem(line0)) {
      return false;
    }
    int pos = lineStart - 1;
    for (int seen = 0; seen < 10 && pos > 0; ) {
      int prevStart = text.lastIndexOf('\n', pos - 1) + 1;
      String line = text.substring(prevStart, pos).strip();
      pos = prevStart - 1;
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (cue.matcher(line).find()) {
        return true;
      }
      if (line.length() > 120) {
        return false;
      }
    }
    return false;
  }

  /**
   * A line that looks like a list item rather than prose: it starts with a bullet or number, or
   * it is short and does not end a sentence.
   */
  static boolean isListItem(String line) {
    if (LIST_MARK.matcher(line).find()) {
      return line.length() <= 200;
    }
    return line.length() <= 60 && !line.endsWith("。");
  }

  private void markHypotheticalParagraphs() {
    FastPattern.Finder m = CASE_HEADER.finder(text);
    while (m.find()) {
      int start = text.lastIndexOf('\n', m.start()) + 1;
      int blank = text.indexOf("\n\n", m.end());
      int end = Math.min(blank < 0 ? text.length() : blank, start + CASE_BLOCK_MAX);
      excluded.add(new int[] {start, Math.max(end, m.end())});
    }
  }

  private void markSidebars() {
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      eol = eol < 0 ? text.length() : eol;
      if (SIDEBAR.matcher(text.substring(pos, eol)).find()) {
        int end = eol;
        // the block runs over the following short lines (the linked headlines)
        while (end < text.length()) {
          int next = text.indexOf('\n', end + 1);
          next = next < 0 ? text.length() : next;
          if (next - end - 1 > SIDEBAR_ITEM_MAX) {
            break;
          }
          end = next;
        }
        excluded.add(new int[] {pos, end});
        pos = end + 1;
      } else {
        pos = eol + 1;
      }
    }
  }
}
