package jiken.indexer.extract.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a date its event from the words around it. Japanese is head-final, so the verb that a
 * date modifies follows it: the nearest cue after the date, within its clause, wins. Special
 * shapes come first:
 * <ul>
 *   <li>{@code 時点}, {@code 以前}, {@code までに} right after the date: other;
 *   <li>a news lead {@code X社は12月9日、…と発表した}: the sentence's reporting verb (disclosed);
 *   <li>a date alone on its line (a timeline entry or a signature): a short heading above
 *       ({@code 判明した日}), else the next line, else the issuer's date line (disclosed);
 *   <li>a date inside a clause reported by {@code ことが判明}: the incident (occurred).
 * </ul>
 * Failing all, the nearest cue before the date in the sentence ({@code 発覚日 令和4年2月9日}),
 * else occurred, the commonest role of an undescribed date in incident reports.
 * Stateless and thread-safe.
 */
final class EventClassifier {
  /** How sure the event is; facts of one value are listed surest first. */
  static final int HEADING = 4;
  static final int CUE = 3;
  static final int LABEL = 2;
  static final int NEAR = 1;
  static final int GUESS = 0;

  record Event(String event, int strength) {}

  private static final Pattern LEAD_DISCLOSED = Pattern.compile("発表|公表|明らかにし|会見|取材で(?:わか|分か)|お知らせ");
  private static final Pattern EMBEDDED = Pattern.compile("こと[がを]");
  /** Compiled once: these ran as String.replaceFirst/replaceAll, compiling per date. */
  private static final Pattern LEADING_TIME = Pattern.compile(
      "^(?:[ ]|\\(.\\)|午前|午後|未明|深夜|早朝|朝|夜|昼|夕方|ごろ|頃|[0-9]{1,2}時(?:[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2})*");
  private static final Pattern QUOTED = Pattern.compile("「[^」]*」");
  private static final int MAX_SCOPE = 160;

  /**
   * @param text folded full text
   * @param start mention start
   * @param end mention end
   * @param nextStart start of the next mention (or text length)
   * @param standalone the date is alone on its line
   * @param explicitYear the date names its year
   */
  Event classify(String text, int start, int end, int nextStart, boolean standalone, boolean explicitYear) {
    String after = text.substring(end, Math.min(text.length(), end + 24));
    if (EventCues.POSITIONAL.matcher(after).find()) {
      return new Event("other", NEAR);
    }
    if (EventCues.OF_INCIDENT.matcher(after).find()) {
      return new Event("occurred", CUE);
    }
    if (startsLine(text, start)) {
      int eol = text.indexOf('\n', end);
      if (EventCues.SIGNATURE_LINE.matcher(text.substring(end, eol < 0 ? text.length() : eol)).find()) {
        return new Event("disclosed", CUE);
      }
    }
    if (standalone) {
      Event e = standaloneEvent(text, start, end, explicitYear);
      if (e != null) {
        return e;
      }
    }
    int sentenceEnd = sentenceEnd(text, end);
    String rest = stripLeadingTime(text, end, sentenceEnd);
    if ((rest.startsWith("、") || rest.startsWith("に、")) && LEAD_DISCLOSED.matcher(unquoted(text, end, sentenceEnd)).find()) {
      return new Event("disclosed", CUE);
    }
    int clauseEnd = Math.min(clauseEnd(text, end, sentenceEnd), Math.max(nextStart, end));
    Found f = nearest(text, end, clauseEnd);
    if (f == null && clauseEnd == nextStart && nextStart < sentenceEnd) {
      f = nearest(text, end, clauseEnd(text, nextStart, sentenceEnd)); // 7日には…、8日には…報告を受け
    }
    if (f != null) {
      boolean embedded = !f.event.equals("occurred") && !f.event.equals("reported_to_authority")
          && EMBEDDED.matcher(text.substring(end, f.at)).find();
      return new Event(embedded ? "occurred" : f.event, CUE);
    }
    Found back = nearestBefore(text, sentenceStart(text, start), start);
    return back != null ? new Event(back.event, LABEL) : new Event("occurred", GUESS);
  }

  private Event standaloneEvent(String text, int start, int end, boolean explicitYear) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int prevEnd = lineStart - 1;
    while (prevEnd > 0 && text.charAt(prevEnd - 1) == '\n') {
      prevEnd--;
    }
    int prevStart = prevEnd <= 0 ? 0 : text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (prevEnd > prevStart && prevEnd - prevStart <= 16) {
      Found h = nearest(text, prevStart, prevEnd);
      if (h != null) {
        return new Event(h.event, HEADING);
      }
    }
    int next = text.indexOf('\n', end);
    while (next >= 0 && next + 1 < text.length() && (text.charAt(next + 1) == '\n' || text.charAt(next + 1) == ' ')) {
      next++;
    }
    if (next >= 0) {
      int nextEnd = text.indexOf('\n', next + 1);
      Found f = nearest(text, next + 1, nextEnd < 0 ? text.length() : nextEnd);
      if (f != null) {
        return new Event(f.event, CUE);
      }
    }
    // a full date alone is the issuer's date line; a bare day in a timeline says nothing more
    return explicitYear ? new Event("disclosed", NEAR) : new Event("other", GUESS);
  }

  private record Found(String event, int at) {}

  /** The first cue starting in {@code [from, to)}, outside 「」 quotes, not negated. */
  private static Found nearest(String text, int from, int to) {
    Matcher m = EventCues.COMBINED.matcher(text);
    int limit = Math.min(text.length(), to + 8);
    int pos = from;
    while (pos < to) {
      if (!EventCues.COMBINED_FAST.findInRegion(m, text, pos, limit) || m.start() >= to) {
        return null;
      }
      String event = EventCues.event(m);
      if (!insideQuotes(text, from, m.start()) && !skipped(text, m.end(), event)) {
        return new Found(event, m.start());
      }
      pos = m.start() + 1;
    }
    return null;
  }

  private static boolean insideQuotes(String text, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      char c = text.charAt(i);
      if (c == '「' || c == '『') {
        depth++;
      } else if ((c == '」' || c == '』') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  private static boolean skipped(String text, int cueEnd, String event) {
    String after = text.substring(cueEnd, Math.min(text.length(), cueEnd + 14));
    return EventCues.NEGATED_OR_REPORTED.matcher(after).find()
        || event.equals("occurred") && EventCues.DISCOVERY_FOLLOWS.matcher(after).find();
  }

  private static Found nearestBefore(String text, int from, int to) {
    Found last = null;
    for (int i = Math.max(from, to - 40); i < to; ) {
      Found f = nearest(text, i, to);
      if (f == null) {
        break;
      }
      last = f;
      i = f.at + 1;
    }
    return last;
  }

  /** True when only spaces separate {@code pos} from the start of its line. */
  private static boolean startsLine(String text, int pos) {
    int i = pos;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i == 0 || text.charAt(i - 1) == '\n';
  }

  private static int sentenceStart(String text, int pos) {
    int i = pos;
    while (i > 0 && text.charAt(i - 1) != '。' && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  private static int sentenceEnd(String text, int pos) {
    int limit = Math.min(text.length(), pos + MAX_SCOPE);
    int i = pos;
    while (i < limit && text.charAt(i) != '。' && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  private static int clauseEnd(String text, int from, int sentenceEnd) {
    int comma = text.indexOf('、', from);
    if (comma < 0 || comma >= sentenceEnd) {
      return sentenceEnd; // every clause end holds a 、
    }
    Matcher m = EventCues.CLAUSE_END.matcher(text);
    m.region(from, sentenceEnd);
    return m.find() ? m.end() : sentenceEnd;
  }

  private static String stripLeadingTime(String text, int from, int to) {
    String s = text.substring(from, to);
    return LEADING_TIME.matcher(s).replaceFirst("");
  }

  private static String unquoted(String text, int from, int to) {
    return QUOTED.matcher(text.substring(from, to)).replaceAll("");
  }
}
