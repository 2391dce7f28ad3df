package jiken.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The realistic-length synthetic corpus: the same seed gives the same articles, public bodies and
 * corporations come from hundreds of names, so that none has an unreal number of incidents, and
 * one incident in eight has a follow-up report after it.
 */
class SyntheticReportsTest {
  @Test
  void the_same_seed_gives_the_same_corpus() {
    SyntheticReports a = new SyntheticReports(7);
    SyntheticReports b = new SyntheticReports(7);
    for (int i = 0; i < 500; i++) {
      assertThat(b.next().json()).isEqualTo(a.next().json());
    }
  }

  @Test
  void public_bodies_are_many_each_has_few_incidents_and_some_have_follow_ups() {
    SyntheticReports gen = new SyntheticReports(1);
    Map<String, Integer> municipal = new HashMap<>();
    Map<String, Integer> corporations = new HashMap<>();
    Map<String, String> orgOfUrl = new HashMap<>();
    int followUps = 0;
    for (int i = 0; i < 20_000; i++) {
      SyntheticIncidents.Article a = gen.next();
      orgOfUrl.put(a.url(), a.truth().organizations().get(0).name());
      if (a.url().endsWith("/followup")) {
        followUps++;
        String original = a.url().substring(0, a.url().length() - "/followup".length());
        assertThat(orgOfUrl).as("a follow-up comes after its incident").containsEntry(original, orgOfUrl.get(a.url()));
      }
      String org = a.truth().organizations().get(0).name();
      assertThat(a.text()).contains(org);
      if (org.endsWith("市") || org.endsWith("町") || org.endsWith("村") || org.endsWith("県")) {
        municipal.merge(org, 1, Integer::sum);
      } else if (org.startsWith("医療法人") || org.startsWith("学校法人")) {
        corporations.merge(org, 1, Integer::sum);
      }
    }
    // over twelve years of dates: about 980 municipalities and prefectures (2,000 articles) and 950
    // corporations (4,000); the busiest of either has 14, a few a year even at 200,000 articles
    assertThat(municipal.size()).isGreaterThan(800);
    assertThat(corporations.size()).isGreaterThan(800);
    assertThat(municipal.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThan(20);
    assertThat(corporations.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThan(20);
    assertThat(followUps).as("one incident in eight, 18,000 incidents").isBetween(1_900, 2_300);
  }
}
