package jiken.indexer.extract.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;

/**
 * Dates of the incident story, normalised, each with its event.
 *
 * <p>Steps: fold widths ({@link JaText}), find expressions ({@link DateScanner}), gather year hints
 * from the publication date, the URL and the story's own full dates ({@link YearHints}), resolve
 * in reading order ({@link DateResolver}), drop page stamps ({@link PageStamps}), fiscal years and
 * bare years (the story's dates are days and months), then classify events
 * ({@link EventClassifier}). A range's start is the incident (occurred); its end is other unless
 * the range is a period of the incident ({@code の間}, {@code 期間}).
 *
 * <p>Output: one fact per mention, in reading order of each value's first mention; facts sharing a
 * value are listed surest event first, since consumers (and the scorer) read the first. Dates
 * whose year cannot be resolved with confidence are omitted. Never throws on content; linear in
 * the text length. Thread-safe: no mutable state is shared between calls.
 */
public final class DateExtractor {
  private static final Pattern RANGE = Pattern.compile("^ {0,2}(?:ごろ|頃)?(?:~|から|-|ー|–|—) {0,2}$");
  private static final Pattern PERIOD_AFTER = Pattern.compile("^[ )(月火水木金土日曜]{0,6}(?:の間|の期間|期間|の間に|間)");

  private final DateScanner scanner = new DateScanner();
  private final EventClassifier classifier = new EventClassifier();

  public List<DateFact> extract(AnalyzedArticle article) {
    String full = article.fullText();
    String text = JaText.fold(full);
    List<DateMention> mentions = scanner.scan(text);
    YearHints hints = YearHints.of(article.input().published(), article.input().url(), text, mentions);
    DateResolver resolver = new DateResolver(hints, false);
    PageStamps stamps = new PageStamps(text);
    int titleEnd = article.input().title().length();

    List<Ranked> ranked = new ArrayList<>();
    String rangeStartEvent = null;
    for (int i = 0; i < mentions.size(); i++) {
      DateMention m = mentions.get(i);
      String value = resolver.resolve(m);
      boolean rangeEnd = i > 0 && RANGE.matcher(text.substring(mentions.get(i - 1).end(), m.start())).find();
      boolean rangeStart = i + 1 < mentions.size()
          && RANGE.matcher(text.substring(m.end(), mentions.get(i + 1).start())).find();
      if (value == null || value.length() == 4 || m.fiscal() || stamps.isStamp(m)) {
        rangeStartEvent = null;
        continue;
      }
      int nextStart = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
      boolean explicitYear = m.year().anchor() == DateMention.Anchor.ABS;
      EventClassifier.Event e;
      if (rangeEnd && rangeStartEvent != null) {
        boolean period = PERIOD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
        e = new EventClassifier.Event(period ? "occurred" : rangeStartEvent, EventClassifier.NEAR);
      } else if (m.end() <= titleEnd && explicitYear && m.day().given() && titleLineEnds(text, m.end())) {
        e = new EventClassifier.Event("disclosed", EventClassifier.CUE); // the notice's own date line
      } else {
        e = classifier.classify(text, m.start(), m.end(), nextStart, stamps.isStandalone(m), explicitYear);
      }
      if (e.event().equals("enacted")) { // a policy's date (…付で規程を施行), not the incident's
        rangeStartEvent = null;
        continue;
      }
      if (rangeStart) {
        // the end of a range shares a label written before it (発生日時 12月29日~30日), else it is other
        rangeStartEvent = e.strength() == EventClassifier.LABEL ? e.event() : "other";
        e = new EventClassifier.Event("occurred", EventClassifier.NEAR);
      } else {
        rangeStartEvent = null;
      }
      ranked.add(new Ranked(new DateFact(full.substring(m.start(), m.end()), value,
          DatePrecision.ofValue(value), e.event(), article.provenance(m.start(), m.end())), e.strength(), i));
    }
    return order(ranked);
  }

  private static boolean titleLineEnds(String text, int end) {
    int nl = text.indexOf('\n', end);
    return text.substring(end, nl < 0 ? text.length() : nl).isBlank();
  }

  private record Ranked(DateFact fact, int strength, int index) {}

  /** Groups by value in order of first mention; within a value, the surest event first. */
  private static List<DateFact> order(List<Ranked> ranked) {
    Map<String, List<Ranked>> byValue = new LinkedHashMap<>();
    for (Ranked r : ranked) {
      byValue.computeIfAbsent(r.fact.value(), k -> new ArrayList<>()).add(r);
    }
    List<DateFact> out = new ArrayList<>(ranked.size());
    for (List<Ranked> group : byValue.values()) {
      group.sort(Comparator.comparingInt((Ranked r) -> -r.strength).thenComparingInt(r -> r.index));
      group.forEach(r -> out.add(r.fact));
    }
    return out;
  }
}
