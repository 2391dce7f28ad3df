package jiken.indexer.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.extract.Sentences;
import jiken.indexer.analysis.FastPattern;

/**
 * Finds numbers with a victim counter ({@code 29万2707件}, {@code のべ466名分}, {@code 618 名分},
 * {@code 5万9044ID}) and rounded headline figures ({@code 29万超}), keeping those whose context can
 * count victims ({@link CountContext}). Stateless and thread-safe; linear in the text length.
 */
final class CountCandidateFinder {
  private static final String NUM = "[0-9０-９〇一二三四五六七八九十百千万億][" + JapaneseNumbers.NUMERAL_CHARS + "]*";
  /** Literal prefixes kept in the text (the GUIDE writes 約1万6000件, 計761件, のべ466名分). */
  private static final String PREFIX = "(?:(?:合計|総計|累計|計|延べ|のべ)\\s?)?(?:約|およそ|おおよそ|概ね)?";
  private static final String COUNTER = "名分|人分|件分|アカウント|ＩＤ|ID|口座|世帯|件|人|名|社|者";
  private static final FastPattern COUNT = FastPattern.compile(
      "(" + PREFIX + ")(" + NUM + ")[ 　]?(" + COUNTER + ")(分)?(超|以上|余り|あまり|余|強)?");
  private static final FastPattern ROUND = FastPattern.compile("(" + PREFIX + ")(" + NUM + "[万億])(超|以上|余)");
  private static final int CONTEXT_BEFORE = 40;
  private static final int MAX_SENTENCE = 300;

  private CountCandidateFinder() {}

  /** Candidates in text order. */
  static List<CountCandidate> find(String text, int titleEnd) {
    List<CountCandidate> out = new ArrayList<>();
    FastPattern.Finder m = COUNT.finder(text);
    while (m.find()) {
      String number = JapaneseNumbers.trimSeparators(m.group(2));
      Long value = JapaneseNumbers.parseLong(number);
      if (value == null || value <= 0 || number.length() < m.group(2).length()) {
        continue;
      }
      if (isKanjiOnly(number) && value < 10 && !m.group(3).endsWith("分")) {
        continue; // 一人, 三者: words rather than counts (第三者, 一人ひとり)
      }
      String counter = m.group(3) + (m.group(4) == null ? "" : m.group(4));
      int end = m.end(4) >= 0 ? m.end(4) : m.end(3);
      String literal = text.substring(m.start(), end);
      add(out, text, titleEnd, m.start(), end, literal, value, counter, m.group(5) != null && !m.group(5).startsWith("あ") && !m.group(5).startsWith("余"));
    }
    FastPattern.Finder r = ROUND.finder(text);
    while (r.find() && r.start() < titleEnd) {
      Long value = JapaneseNumbers.parseLong(r.group(2));
      if (value != null && value > 0) {
        add(out, text, titleEnd, r.start(), r.end(), r.group(), value, "", true);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void add(List<CountCandidate> out, String text, int titleEnd, int start, int end, String literal,
      long value, String counter, boolean lowerBound) {
    boolean inTitle = start < titleEnd;
    // sentences are scanned within a bounded window so junk without boundaries stays linear
    int lo = Math.max(0, start - MAX_SENTENCE);
    int hi = Math.min(text.length(), end + MAX_SENTENCE);
    int sStart = lo + Sentences.start(text.substring(lo, start), start - lo);
    String sentence = text.substring(sStart, end + Sentences.end(text.substring(end, hi), 0));
    String before = text.substring(Math.max(0, sStart - CONTEXT_BEFORE), sStart);
    boolean people = counter.startsWith("人") || counter.startsWith("名");
    if (!CountContext.acceptable(text, start, end, people, sentence, before, inTitle)) {
      return;
    }
    boolean total = literal.startsWith("計") || literal.startsWith("合計") || literal.startsWith("総計")
        || CountContext.totalBefore(text, start);
    out.add(new CountCandidate(start, end, literal, value, counter, inTitle, total, lowerBound, sStart));
  }

  private static boolean isKanjiOnly(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        return false;
      }
    }
    return true;
  }
}
