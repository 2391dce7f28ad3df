package jiken.indexer.extract;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: the output record of the extraction stage. Label and
 * system lists hold one {@link LabelFact} per distinct value (its first evidence).
 */
public record Extraction(
    String id,
    List<OrgFact> organizations,
    List<LabelFact> incidentTypes,
    List<DateFact> dates,
    CountFact affectedCount,
    List<LabelFact> dataTypes,
    List<LabelFact> systems) {

  public Extraction {
    Objects.requireNonNull(id, "id");
    organizations = List.copyOf(organizations);
    incidentTypes = List.copyOf(incidentTypes);
    dates = List.copyOf(dates);
    dataTypes = List.copyOf(dataTypes);
    systems = List.copyOf(systems);
  }

  public List<String> incidentTypeValues() {
    return incidentTypes.stream().map(LabelFact::value).toList();
  }

  public List<String> dataTypeValues() {
    return dataTypes.stream().map(LabelFact::value).toList();
  }

  public List<String> systemValues() {
    return systems.stream().map(LabelFact::value).toList();
  }

  /** True when the article reports a concrete incident (it has an incident type and a party). */
  public boolean looksLikeIncident() {
    return !incidentTypes.isEmpty() && !organizations.isEmpty();
  }
}
