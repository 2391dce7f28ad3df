package jiken.indexer.cases;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.OrgNames;

/**
 * Automatic tags from a case's facts, in Japanese: incident types, data types, and one
 * {@code 委託先:X} tag per vendor (its fullest name) plus {@code サプライチェーン} when a vendor is
 * involved. An organisation that is a victim somewhere in the case is not tagged as its own vendor.
 * Stateless.
 */
final class AutoTags {
  private AutoTags() {}

  static List<String> of(List<CaseMember> members) {
    Set<String> tags = new LinkedHashSet<>();
    Set<String> victims = new LinkedHashSet<>();
    Map<String, String> vendors = new LinkedHashMap<>();
    for (CaseMember m : members) {
      var ex = m.extraction();
      ex.incidentTypeValues().forEach(t -> tags.add(Labels.incidentType(t)));
      ex.dataTypeValues().stream().filter(t -> !t.equals("none_confirmed")).forEach(t -> tags.add(Labels.dataType(t)));
      for (OrgFact o : ex.organizations()) {
        String key = OrgNames.key(o.name());
        if (o.role().equals(OrgFact.VICTIM)) {
          victims.add(key);
        } else if (o.role().equals(OrgFact.VENDOR)) {
          vendors.merge(key, o.name(), (a, b) -> a.length() >= b.length() ? a : b);
        }
      }
    }
    vendors.keySet().removeAll(victims);
    if (!vendors.isEmpty()) {
      vendors.values().forEach(name -> tags.add("委託先:" + name));
      tags.add("サプライチェーン");
    }
    return List.copyOf(tags);
  }
}
