package jiken.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The helper-level cases of Google's {@code robots_test.cc} ({@code
 * ../shared/testdata/robotstxt_aux_cases.jsonl}; skipped when absent): path/params/query
 * extraction, user-agent validity, pattern escaping, and parse statistics over LF, CR, CRLF, mixed
 * line ends and (partial, broken, misplaced) UTF-8 BOMs.
 */
class RobotsAuxConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts directives like Google's RobotsStatsReporter: unknown ones are not "valid". */
  static Map<String, Integer> stats(byte[] body) {
    int[] s = new int[3]; // valid, unknown, last line seen
    RobotsTxtLexer.lex(body, (line, key, rawKey, value) -> {
      if (key == RobotsTxtLexer.Key.UNKNOWN) {
        s[1]++;
      } else {
        s[0]++;
      }
      s[2] = line;
    });
    return Map.of("valid_directives", s[0], "unknown_directives", s[1], "last_line_seen", s[2]);
  }

  @Test
  void aux_cases_pass() throws IOException {
    Path file = RobotsConformanceTest.shared("robotstxt_aux_cases.jsonl");
    assumeTrue(file != null, "robotstxt_aux_cases.jsonl not available");
    List<String> failures = new ArrayList<>();
    Map<String, Integer> perKind = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = JSON.readTree(line);
      String kind = c.get("kind").asText();
      perKind.merge(kind, 1, Integer::sum);
      Object expected;
      Object actual;
      switch (kind) {
        case "path_params_query":
          expected = c.get("expected").asText();
          actual = RobotsPaths.pathParamsQuery(c.get("url").asText());
          break;
        case "valid_user_agent":
          expected = c.get("expected").asBoolean();
          actual = RobotsPaths.isValidUserAgent(c.get("user_agent").asText());
          break;
        case "escape_pattern":
          expected = c.get("expected").asText();
          actual = RobotsPaths.escapePattern(c.get("pattern").asText());
          break;
        case "parse_stats":
          Map<String, Integer> all = stats(HexFormat.of().parseHex(c.get("robots_txt_hex").asText()));
          Map<String, Integer> want = new TreeMap<>();
          Map<String, Integer> got = new TreeMap<>();
          c.get("expected").fields().forEachRemaining(f -> {
            want.put(f.getKey(), f.getValue().asInt());
            got.put(f.getKey(), all.get(f.getKey()));
          });
          expected = want;
          actual = got;
          break;
        default:
          failures.add(c.get("name").asText() + ": unknown kind " + kind);
          continue;
      }
      if (!expected.equals(actual)) {
        failures.add(c.get("name").asText() + ": expected " + expected + " but was " + actual);
      }
    }
    System.out.println("robots aux conformance: " + perKind + ", failures " + failures);
    assertThat(perKind.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(44);
    assertThat(failures).isEmpty();
  }
}
