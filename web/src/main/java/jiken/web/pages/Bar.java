package jiken.web.pages;

import java.util.List;

/**
 * One bar of a server-drawn chart: a label, a count, a drill-down link and the largest count of
 * its chart (templates draw it as {@code <meter>}, since the CSP forbids inline styles).
 */
public record Bar(String label, long count, String href, long max) {
  /** Bars sharing one scale: {@code max} set to the largest count. */
  public static List<Bar> scaled(List<Bar> bars) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
    return bars.stream().map(b -> new Bar(b.label(), b.count(), b.href(), max)).toList();
  }
}
