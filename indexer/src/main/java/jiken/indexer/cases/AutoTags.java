package jiken.indexer.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jiken.indexer.extract.OrgFact;

/** Automatic tags from a case's facts: incident types, data types and vendors, in Japanese. Stateless. */
final class AutoTags {
  private AutoTags() {}

  static List<String> of(List<CaseMember> members) {
    Set<String> tags = new LinkedHashSet<>();
    for (CaseMember m : members) {
      var ex = m.extraction();
      ex.incidentTypeValues().forEach(t -> tags.add(Labels.incidentType(t)));
      ex.dataTypeValues().stream().filter(t -> !t.equals("none_confirmed")).forEach(t -> tags.add(Labels.dataType(t)));
      for (OrgFact o : ex.organizations()) {
        if (o.role().equals(OrgFact.VENDOR)) {
          tags.add("委託先:" + o.name());
        }
      }
      if (ex.dataTypeValues().isEmpty() == false && ex.organizations().stream().anyMatch(o -> o.role().equals(OrgFact.VENDOR))) {
        tags.add("サプライチェーン");
      }
    }
    return List.copyOf(tags);
  }
}
