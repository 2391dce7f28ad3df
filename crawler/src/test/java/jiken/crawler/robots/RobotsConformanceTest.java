package jiken.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * RFC 9309 conformance, ported from Google's robotstxt {@code robots_test.cc} (via {@code
 * ../shared/testdata/robotstxt_cases.jsonl}, read in place, not copied; skipped when absent).
 * Every RFC case must pass with {@link RobotsRules}, and so must the Google-specific ones, since
 * our matcher follows Google's reference parser on purpose (see the README section "robots.txt").
 *
 * <p>Google-specific behaviours (the {@code google_specific} cases), and why they are not RFC:
 * <ul>
 *   <li>GoogleOnly_SystemTest: an empty URL or an empty user agent is "allowed" — API edge cases,
 *       no RFC rule.
 *   <li>GoogleOnly_AcceptUserAgentUpToFirstSpace: {@code User-agent: Foo Bar} counts as
 *       {@code Foo}; RFC 9309 §2.2.1 only allows {@code [a-zA-Z_-]} in the token, and says
 *       nothing about trailing words.
 *   <li>GoogleOnly_IndexHTMLisDirectory: {@code Allow: /d/index.html} also allows {@code /d/}; an
 *       RFC matcher only does prefix matching.
 *   <li>GoogleOnly_LineTooLong: lines are cut at 16,663 bytes; RFC 9309 §2.5 only asks parsers to
 *       handle at least 500 KiB files.
 *   <li>GoogleOnly_DocumentationChecks: examples of Google's public robots.txt documentation;
 *       all agree with the RFC, they are labelled Google-specific only because of their origin.
 * </ul>
 * crawler-commons differs from Google on 3 RFC cases (ID_Encoding#3, #5: it percent-encodes a raw
 * {@code ツ} in the URL before matching; #6: it decodes {@code %62%61%7A} to {@code baz}) and on
 * some Google-specific ones; the test prints both tallies.
 */
class RobotsConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path shared(String name) {
    // surefire runs in crawler/; the shared data sits next to the repository root
    for (Path p : List.of(Path.of("../../shared/testdata", name), Path.of("../shared/testdata", name),
        Path.of("/work/shared/testdata", name))) {
      if (Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  static boolean allowedByJiken(JsonNode c) {
    RobotsRules rules = RobotsRules.compile(c.get("robots_txt").asText().getBytes(StandardCharsets.UTF_8),
        List.of(c.get("user_agent").asText()));
    return rules.isAllowed(c.get("url").asText());
  }

  static boolean allowedByCrawlerCommons(JsonNode c) {
    try {
      return new SimpleRobotRulesParser().parseContent("http://example.com/robots.txt",
          c.get("robots_txt").asText().getBytes(StandardCharsets.UTF_8), "text/plain",
          List.of(c.get("user_agent").asText().toLowerCase(Locale.ROOT))).isAllowed(c.get("url").asText());
    } catch (RuntimeException e) {
      return !c.get("allowed").asBoolean();
    }
  }

  @Test
  void every_rfc9309_and_google_case_passes() throws IOException {
    Path file = shared("robotstxt_cases.jsonl");
    assumeTrue(file != null, "robotstxt_cases.jsonl not available");
    List<String> rfcFailures = new ArrayList<>();
    List<String> googleFailures = new ArrayList<>();
    List<String> crawlerCommonsDiffs = new ArrayList<>();
    int rfc = 0;
    int google = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = JSON.readTree(line);
      boolean expected = c.get("allowed").asBoolean();
      String name = c.get("name").asText();
      boolean googleSpecific = c.path("google_specific").asBoolean();
      if (googleSpecific) {
        google++;
      } else {
        rfc++;
      }
      if (allowedByJiken(c) != expected) {
        (googleSpecific ? googleFailures : rfcFailures).add(name + " expected " + expected);
      }
      if (allowedByCrawlerCommons(c) != expected) {
        crawlerCommonsDiffs.add(name);
      }
    }
    System.out.printf(Locale.ROOT, "robots conformance: RFC 9309 %d/%d, Google-specific %d/%d pass;"
        + " crawler-commons alone differs on %s%n", rfc - rfcFailures.size(), rfc,
        google - googleFailures.size(), google, crawlerCommonsDiffs);
    assertThat(rfc).isEqualTo(72);
    assertThat(rfcFailures).isEmpty();
    assertThat(googleFailures).isEmpty();
  }
}
