package jiken.indexer.extract.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the affected count among candidates as the GUIDE says: the stated total (合計, 計,
 * 合わせて), else the headline figure (made exact by the body when the headline rounds, as in
 * {@code 29万超} → {@code 29万2707件}), else the largest figure for people or records. When a
 * sentence gives both people and records ({@code 549名分(576件)}, {@code 7409人の…情報7645件}),
 * the people count stands for that sentence. Stateless and thread-safe.
 */
final class CountSelector {
  /** A figure written as an approximation: 1.4万件, 約3万人, およそ500件. */
  private static final Pattern APPROXIMATE = Pattern.compile("[0-9０-９][.．][0-9０-９]+万|^(?:約|およそ|概ね|おおむね)");

  private CountSelector() {}

  /** The chosen candidate, or null when there is none. */
  static CountCandidate choose(List<CountCandidate> all) {
    List<CountCandidate> cands = preferPeople(all);
    if (cands.isEmpty()) {
      return null;
    }
    List<CountCandidate> body = cands.stream().filter(c -> !c.inTitle()).toList();
    List<CountCandidate> totals = body.stream().filter(CountCandidate::total).toList();
    if (!totals.isEmpty()) {
      // the last stated total: reports update totals (約900人 → 計1574人) further down
      return totals.get(totals.size() - 1);
    }
    CountCandidate headline = cands.stream().filter(CountCandidate::inTitle)
        .max(Comparator.comparingLong(CountCandidate::value)).orElse(null);
    if (headline != null) {
      CountCandidate exact = body.stream().filter(c -> refines(headline, c))
          .max(Comparator.comparingLong(CountCandidate::value)).orElse(null);
      if (exact != null) {
        return exact;
      }
      if (!headline.rounded()) {
        return headline;
      }
    }
    return body.stream().max(Comparator.comparingLong(CountCandidate::value)).orElse(headline);
  }

  /** Whether the body figure {@code c} is the exact form of the headline figure {@code h}. */
  private static boolean refines(CountCandidate h, CountCandidate c) {
    if (c.value() == h.value()) {
      return true;
    }
    if (h.lowerBound()) {
      return c.value() >= h.value() && c.value() < h.value() + Math.max(1, h.value() / 10);
    }
    if (h.rounded() || APPROXIMATE.matcher(h.text()).find()) {
      // a rounded headline may round up as well as down: 1.4万件 for 1万3968件
      return Math.abs(c.value() - h.value()) <= Math.max(1, h.value() / 20);
    }
    return false;
  }

  /** Drops record counts from sentences that also count people. */
  private static List<CountCandidate> preferPeople(List<CountCandidate> all) {
    List<CountCandidate> out = new ArrayList<>();
    for (CountCandidate c : all) {
      boolean shadowed = !c.people() && !c.total() && !c.rounded() && all.stream()
          .anyMatch(o -> o != c && o.people() && o.sentenceStart() == c.sentenceStart());
      if (!shadowed) {
        out.add(c);
      }
    }
    return out;
  }
}
