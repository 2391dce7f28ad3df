package jiken.indexer.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises dates that belong to the page rather than the story: update and publication stamps
 * ({@code 更新日:2023年9月7日}, {@code » 2012年04月18日 18時20分 公開}), a news site's time line
 * ({@code 2021年3月4日 9時05分} alone on a line), a flattened header
 * ({@code …のお知らせ 2021年6月2日 ニュース 北町は…}) and dates inside URLs. The issuer's
 * own date line (a date alone, or at the end of the title) is not a stamp: it is the disclosure
 * date. Stateless and thread-safe.
 */
final class PageStamps {
  private static final Pattern LABEL_BEFORE = Pattern.compile(
      "(?:更新日|更新日時|最終更新|更新|公開日|公開日時|掲載日|掲載|投稿日|作成日|配信日|配信|登録日|date|Date|DATE|Posted|posted|©|Copyright)"
          + "[ :：]*$");
  private static final Pattern LABEL_AFTER =
      Pattern.compile("^ *(?:[0-9]{1,2}時[0-9]{1,2}分|[0-9]{1,2}:[0-9]{2})? *(?:公開|更新|配信|掲載|投稿)");
  private static final Pattern TIME_ONLY = Pattern.compile("^ *(?:[0-9]{1,2}時[0-9]{1,2}分|[0-9]{1,2}:[0-9]{2}) *$");
  private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7E]+");
  private static final String PARTICLES = "はにのをがもでと、。,(~";

  private final List<int[]> urls = new ArrayList<>();
  private final String text;

  /** Not thread-safe: one per text (it caches the URL spans of that text). */
  PageStamps(String folded) {
    this.text = folded;
    Matcher m = URL.matcher(folded);
    while (m.find()) {
      urls.add(new int[] {m.start(), m.end()});
    }
  }

  boolean isStamp(DateMention m) {
    for (int[] u : urls) {
      if (m.start() >= u[0] && m.start() < u[1]) {
        return true;
      }
    }
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', m.end());
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String before = text.substring(Math.max(lineStart, m.start() - 12), m.start());
    String after = text.substring(m.end(), lineEnd);
    if (LABEL_BEFORE.matcher(before).find() || LABEL_AFTER.matcher(after).find()) {
      return true;
    }
    boolean explicitYear = m.year().anchor() == DateMention.Anchor.ABS && m.day().given();
    if (explicitYear && before.isBlank() && TIME_ONLY.matcher(after).find()) {
      return true;
    }
    // a flattened page header: "title date category body", with spaces and no particle around
    return explicitYear && m.start() > lineStart && text.charAt(m.start() - 1) == ' '
        && !after.isEmpty() && after.charAt(0) == ' ' && !after.isBlank() && PARTICLES.indexOf(after.strip().charAt(0)) < 0;
  }

  /** The date is alone on its line, bar bullets, a weekday, a time, or a range to another date. */
  boolean isStandalone(DateMention m) {
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', m.end());
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    // the rest of the line holds only these characters (a char loop: lines of long articles are long)
    return onlyStandaloneChars(lineStart, m.start()) && onlyStandaloneChars(m.end(), lineEnd);
  }

  private static final String STANDALONE_CHARS = " ・⚫●■□◆◇○-*•:：()~0123456789時分午前後頃ごろ月火水木金土日曜年令和平成昭";

  private boolean onlyStandaloneChars(int from, int to) {
    for (int i = from; i < to; i++) {
      if (STANDALONE_CHARS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
