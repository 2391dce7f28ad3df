package jiken.indexer.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jiken.indexer.extract.OrgFact;

/**
 * Applies editors' corrections to an assembled case. Called by the index run every time a case is
 * assembled (so corrections survive re-indexing) and by {@link Editorial} after each change.
 *
 * <p>Correctable fields: {@value #COUNT} (a whole number of people or records), {@value #ROLE}
 * (key: the organisation's name or alias; value {@code victim|vendor|other}), {@value #STATUS}
 * ({@code ongoing|resolved}) and {@value #TITLE}. Stateless.
 */
public final class EditorialOverrides {
  public static final String COUNT = "affected_count";
  public static final String ROLE = "org_role";
  public static final String STATUS = "status";
  public static final String TITLE = "title";
  public static final Set<String> FIELDS = Set.of(COUNT, ROLE, STATUS, TITLE);
  static final String SOURCE_NOTE = "編集部による訂正";

  private EditorialOverrides() {}

  /** Checks one correction; throws {@link IllegalArgumentException} with a reason a writer understands. */
  static void validate(String field, String key, String value) {
    if (field == null || !FIELDS.contains(field)) { // Set.of(..).contains(null) throws NPE (issue 9: was a 500)
      throw new IllegalArgumentException("field must be one of " + new java.util.TreeSet<>(FIELDS));
    }
    if (value == null || value.isBlank() || value.length() > 300) {
      throw new IllegalArgumentException("value must be 1-300 characters");
    }
    switch (field) {
      case COUNT -> {
        if (!value.matches("[0-9]{1,12}")) {
          throw new IllegalArgumentException("affected_count must be a whole number");
        }
      }
      case ROLE -> {
        if (!Set.of(OrgFact.VICTIM, OrgFact.VENDOR, OrgFact.OTHER).contains(value)) {
          throw new IllegalArgumentException("role must be victim, vendor or other");
        }
        if (key == null || key.isBlank()) {
          throw new IllegalArgumentException("org_role needs the organisation's name as key");
        }
      }
      case STATUS -> {
        if (!value.equals("ongoing") && !value.equals("resolved")) {
          throw new IllegalArgumentException("status must be ongoing or resolved");
        }
      }
      default -> { }
    }
  }

  /**
   * The record with the case's removed tags dropped (also from {@code case_tags}, where the index
   * run has just re-added them) and its overrides applied. An override whose organisation is no
   * longer in the case is kept but has no effect. {@code r} itself when nothing applies.
   */
  public static CaseRecord apply(Connection c, CaseRecord r) throws SQLException {
    if (!EditorialSchema.present(c)) {
      return r;
    }
    EditorialRows.run(c, "DELETE FROM case_tags WHERE case_id = ?1 AND source = 'auto'"
        + " AND tag IN (SELECT tag FROM editorial_tag_removals WHERE case_id = ?1)", r.id());
    List<String> tags = new ArrayList<>();
    for (String t : r.tags()) {
      if (EditorialRows.one(c, "SELECT 1 FROM case_tags WHERE case_id = ? AND tag = ?", r.id(), t) != null) {
        tags.add(t);
      }
    }
    String title = r.title();
    String status = r.status();
    CaseRecord.AffectedCount count = r.affectedCount();
    List<CaseRecord.Org> orgs = new ArrayList<>(r.organizations());
    List<List<String>> overrides = EditorialRows.overrides(c, r.id());
    if (overrides.isEmpty() && tags.equals(r.tags())) {
      return r; // the index run saves the stored form it made of r
    }
    for (List<String> o : overrides) {
      String key = o.get(1);
      String value = o.get(2);
      switch (o.get(0)) {
        case TITLE -> title = value;
        case STATUS -> status = value;
        case COUNT -> count = count(value);
        case ROLE -> orgs.replaceAll(org -> names(org, key)
            ? new CaseRecord.Org(org.name(), value, org.aliases(), org.evidence(), org.documentId()) : org);
        default -> { } // fields of later versions are ignored by this one
      }
    }
    return new CaseRecord(r.id(), title, r.summary(), status, List.copyOf(orgs), r.incidentTypes(), count,
        r.countHistory(), r.dataTypes(), r.systems(), List.copyOf(tags), r.timeline(), r.articles(),
        r.firstDate(), r.lastDate());
  }

  /** The stored form of a count correction: the number and the day it was made. */
  static String countValue(String number) {
    return Long.parseLong(number) + "|" + LocalDate.now(ZoneOffset.ofHours(9));
  }

  private static CaseRecord.AffectedCount count(String stored) {
    int bar = stored.indexOf('|');
    long n = Long.parseLong(bar < 0 ? stored : stored.substring(0, bar));
    String asOf = bar < 0 ? "" : stored.substring(bar + 1);
    return new CaseRecord.AffectedCount(n, String.format(Locale.ROOT, "%,d件", n), asOf, "", 0, SOURCE_NOTE);
  }

  /** Whether {@code org} is the organisation an override names (by name or alias). */
  static boolean names(CaseRecord.Org org, String name) {
    return org.name().equals(name) || org.aliases().contains(name);
  }
}
