package jiken.indexer.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What grouping and linking need to know about a case, kept in memory during an index run and
 * stored beside the record ({@code cases.keys}).
 *
 * @param id the case id
 * @param orgs name keys ({@link jiken.indexer.extract.OrgNames#key}) of the organisations the
 *     articles are about (each article's primary organisation)
 * @param vendors name keys of organisations named as vendors/providers
 * @param systems named systems and services
 * @param types incident types
 * @param first earliest date of the case
 * @param last latest date of the case
 * @param unnamedVendor the kind of provider an article mentions without naming it (カート, 印刷 …), or null
 */
public record CaseKey(String id, Set<String> orgs, Set<String> vendors, Set<String> systems, Set<String> types,
    LocalDate first, LocalDate last, String unnamedVendor) {

  public CaseKey {
    orgs = Set.copyOf(orgs);
    vendors = Set.copyOf(vendors);
    systems = Set.copyOf(systems);
    types = Set.copyOf(types);
  }

  /** Days between {@code date} and this case's date range (0 inside it). */
  public long distanceDays(LocalDate date) {
    if (date.isBefore(first)) {
      return first.toEpochDay() - date.toEpochDay();
    }
    if (date.isAfter(last)) {
      return date.toEpochDay() - last.toEpochDay();
    }
    return 0;
  }

  /** The smallest {@link #distanceDays} over {@code dates}. */
  public long distanceDays(List<LocalDate> dates) {
    return dates.stream().mapToLong(this::distanceDays).min().orElse(Long.MAX_VALUE);
  }
}
