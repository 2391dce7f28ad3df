package jiken.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer();

  private static Labels orgs(Labels.Org... orgs) {
    return new Labels(List.of(orgs), List.of(), List.of(), null, List.of(), List.of());
  }

  private static Labels dates(Labels.DateLabel... dates) {
    return new Labels(List.of(), List.of(), List.of(dates), null, List.of(), List.of());
  }

  private static Labels count(Long value) {
    return new Labels(List.of(), List.of(), List.of(), value == null ? null : new Labels.Count("x", value), List.of(),
        List.of());
  }

  @Test
  void org_names_are_compared_without_legal_forms_brackets_spaces_and_width() {
    assertThat(OrgNames.key("株式会社 サンプル技研")).isEqualTo("サンプル技研");
    assertThat(OrgNames.key("サンプル技研株式会社")).isEqualTo("サンプル技研");
    assertThat(OrgNames.key("(株)サンプル技研")).isEqualTo("サンプル技研");
    assertThat(OrgNames.key("㈱サンプル技研")).isEqualTo("サンプル技研");
    assertThat(OrgNames.key("（株）サンプル技研")).isEqualTo("サンプル技研");
    assertThat(OrgNames.key("サンプル技研社")).isEqualTo("サンプル技研");
    assertThat(OrgNames.key("社会医療法人「架空会」")).isEqualTo("架空会");
    assertThat(OrgNames.key("医療法人社団 架空会")).isEqualTo("架空会");
    assertThat(OrgNames.key("ＡＢＣ　ホールディングス")).isEqualTo("ABCホールディングス");
    assertThat(OrgNames.key("特定非営利活動法人みらい")).isEqualTo("みらい");
    assertThat(OrgNames.key("株式会社")).isEmpty();
  }

  @Test
  void org_precision_counts_distinct_predicted_names_and_recall_gold_orgs() {
    Labels gold = orgs(new Labels.Org("サンプル技研株式会社", List.of("サンプル技研社"), "victim"),
        new Labels.Org("架空システムズ株式会社", List.of(), "vendor"));
    Labels pred = orgs(new Labels.Org("サンプル技研", "victim"), new Labels.Org("(株)サンプル技研", "victim"),
        new Labels.Org("県警", "other"));
    ArticleScore s = scorer.score("a", gold, pred);
    Tally t = s.fields().get(Scorer.ORGANIZATIONS).tally();
    assertThat(t).isEqualTo(new Tally(1, 2, 1, 2)); // the two サンプル技研 forms are one distinct name
    assertThat(s.fields().get(Scorer.ORGANIZATIONS).misses()).containsExactly("架空システムズ株式会社 (vendor)");
    assertThat(s.fields().get(Scorer.ORGANIZATIONS).extras()).containsExactly("県警 (other)");
  }

  @Test
  void a_predicted_name_may_match_a_gold_alias() {
    Labels gold = orgs(new Labels.Org("日本架空航空株式会社", List.of("KJA"), "victim"));
    ArticleScore s = scorer.score("a", gold, orgs(new Labels.Org("ＫＪＡ", "victim")));
    assertThat(s.fields().get(Scorer.ORGANIZATIONS).tally()).isEqualTo(new Tally(1, 1, 1, 1));
  }

  @Test
  void role_accuracy_is_over_matched_organisations_only() {
    Labels gold = orgs(new Labels.Org("甲商事", "victim"), new Labels.Org("乙クラウド株式会社", "vendor"));
    Labels pred = orgs(new Labels.Org("甲商事株式会社", "victim"), new Labels.Org("乙クラウド", "victim"),
        new Labels.Org("丙新聞", "other"));
    ArticleScore s = scorer.score("a", gold, pred);
    assertThat(s.roles()).isEqualTo(new Accuracy(1, 2));
    assertThat(s.notes()).anyMatch(n -> n.contains("乙クラウド") && n.contains("gold vendor"));
  }

  @Test
  void dates_are_distinct_values_and_events_are_right_if_any_gold_event_matches() {
    Labels gold = dates(new Labels.DateLabel("5月1日", "2030-05-01", "detected"),
        new Labels.DateLabel("同日", "2030-05-01", "contained"),
        new Labels.DateLabel("5月9日", "2030-05-09", "disclosed"),
        new Labels.DateLabel("4月下旬", "2030-04", "occurred"));
    Labels pred = dates(new Labels.DateLabel("5月1日", "2030-05-01", "contained"),
        new Labels.DateLabel("5月1日", "2030-05-01", "other"),
        new Labels.DateLabel("9日", "2030-05-09", "restored"),
        new Labels.DateLabel("6月", "2030-06", "other"));
    ArticleScore s = scorer.score("a", gold, pred);
    assertThat(s.fields().get(Scorer.DATES).tally()).isEqualTo(new Tally(2, 3, 2, 3));
    assertThat(s.events()).isEqualTo(new Accuracy(1, 2));
  }

  @Test
  void only_the_first_predicted_event_of_a_value_is_judged() {
    Labels gold = dates(new Labels.DateLabel("5月1日", "2030-05-01", "detected"));
    Labels pred = dates(new Labels.DateLabel("5月1日", "2030-05-01", "other"),
        new Labels.DateLabel("同日", "2030-05-01", "detected"));
    assertThat(scorer.score("a", gold, pred).events()).isEqualTo(new Accuracy(0, 1));
  }

  @Test
  void a_count_where_gold_has_none_is_a_false_positive() {
    EvalReport r = new EvalReport();
    r.add(scorer.score("right", count(1500L), count(1500L)));
    r.add(scorer.score("wrong", count(16000L), count(1600L)));
    r.add(scorer.score("missed", count(7L), count(null)));
    r.add(scorer.score("fp", count(null), count(3L)));
    r.add(scorer.score("quiet", count(null), count(null)));
    assertThat(r.countAccuracy()).isEqualTo(new Accuracy(1, 3));
    assertThat(r.countFalsePositives()).isEqualTo(new Accuracy(1, 2));
  }

  @Test
  void label_sets_are_micro_averaged_over_articles() {
    EvalReport r = new EvalReport();
    r.add(scorer.score("a", new Labels(List.of(), List.of("ransomware", "unauthorized_access"), List.of(), null,
        List.of(), List.of("「架空リピート」")), new Labels(List.of(), List.of("ransomware"), List.of(), null, List.of(),
        List.of("架空リピート"))));
    r.add(scorer.score("b", new Labels(List.of(), List.of("phishing"), List.of(), null, List.of("email_address"),
        List.of()), new Labels(List.of(), List.of("phishing", "malware"), List.of(), null, List.of(), List.of())));
    Tally t = r.tally(Scorer.INCIDENT_TYPES);
    assertThat(t).isEqualTo(new Tally(2, 3, 2, 3));
    assertThat(t.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.tally(Scorer.SYSTEMS)).isEqualTo(new Tally(1, 1, 1, 1));
    assertThat(r.tally(Scorer.DATA_TYPES).recall()).isZero();
    assertThat(r.table(true)).contains("incident_types", "missed data_types: email_address", "extra  incident_types: malware");
  }

  @Test
  void empty_prediction_scores_zero_f1_not_perfect_precision() {
    Tally t = scorer.score("a", new Labels(List.of(), List.of("ddos"), List.of(), null, List.of(), List.of()),
        Labels.empty()).fields().get(Scorer.INCIDENT_TYPES).tally();
    assertThat(t.precision()).isZero();
    assertThat(t.f1()).isZero();
  }
}
