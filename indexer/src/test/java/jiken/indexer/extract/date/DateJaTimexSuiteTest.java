package jiken.indexer.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ja-timex (yagays/ja-timex, MIT) DATE, DATE_RESOLVED and NONE cases, read in place from
 * {@code ../shared/testdata/ja_timex_cases.jsonl}, run through {@link JaDateNormalizer}.
 *
 * <p>Filter (what does not apply to Jiken's calendar dates): DATE values that are not calendar
 * dates (weekdays {@code XXXX-WXX-1}, seasons {@code 2021-SP}, quarters, fiscal years {@code FY2021},
 * centuries, BC years) and years before Meiji ({@code 大化1年} = 0645, {@code 13/8} read as year 13);
 * DATE_RESOLVED offsets ({@code 2ヶ月後}, {@code 半年前}: durations, not dates of a story) and the
 * {@code {CURRENT_YEAR}} case (depends on the clock). Convention: ja-timex puts a year-less date in
 * the reference year ({@link JaDateNormalizer.Convention#REFERENCE_YEAR}) and resolves a month to
 * its first day ({@code 12月} → {@code 2010-12-01}); our month value {@code 2010-12} is compared
 * as a prefix.
 */
class DateJaTimexSuiteTest {
  private static final Pattern CALENDAR = Pattern.compile("^(\\d{4}|XXXX)-(\\d\\d|XX)-(\\d\\d|XX)$");
  private static final Pattern OFFSET = Pattern.compile("[0-9半]|世紀");
  private final JaDateNormalizer normalizer = new JaDateNormalizer();
  private final java.util.Map<String, Integer> datedPerText = new java.util.HashMap<>();

  private static String key(JsonNode c) {
    return c.path("text").asText() + "|" + c.path("reference_date").asText("");
  }

  @Test
  void applicable_cases_pass() throws IOException {
    Path file = SharedData.path("testdata", "ja_timex_cases.jsonl");
    assumeTrue(Files.exists(file), "no " + file);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines) { // how many dated timexes ja-timex expects per text and reference
      JsonNode c = json.readTree(line);
      if (c.path("type").asText().equals("DATE_RESOLVED") && c.path("expected").isTextual()) {
        datedPerText.merge(key(c), 1, Integer::sum);
      }
    }
    int run = 0;
    List<String> failures = new ArrayList<>();
    for (String line : lines) {
      JsonNode c = json.readTree(line);
      String type = c.path("type").asText();
      String text = c.path("text").asText();
      String expected = c.path("expected").isTextual() ? c.path("expected").asText() : null;
      String outcome = switch (type) {
        case "DATE" -> applicableDate(expected) ? date(text, expected) : null;
        case "NONE" -> normalizer.findAll(text, null, JaDateNormalizer.Convention.REFERENCE_YEAR).isEmpty()
            ? "" : "expected nothing";
        case "DATE_RESOLVED" -> applicableResolved(c, text, expected) ? resolved(c, text, expected) : null;
        default -> null;
      };
      if (outcome == null) {
        continue;
      }
      run++;
      if (!outcome.isEmpty()) {
        failures.add(type + " " + text + ": " + outcome);
      }
    }
    System.out.printf(Locale.ROOT, "ja-timex DATE/DATE_RESOLVED/NONE: %d/%d applicable cases pass%n", run - failures.size(), run);
    failures.forEach(f -> System.out.println("  ja-timex FAIL " + f));
    assertThat(run).isGreaterThan(140);
    assertThat(failures).isEmpty();
  }

  private static boolean applicableDate(String expected) {
    if (expected == null || !CALENDAR.matcher(expected).matches()) {
      return false;
    }
    return expected.startsWith("X") || Integer.parseInt(expected.substring(0, 4)) >= 1868;
  }

  private String date(String text, String expected) {
    List<JaDateNormalizer.Found> found = normalizer.findAll(text, null, JaDateNormalizer.Convention.REFERENCE_YEAR);
    return !found.isEmpty() && found.get(0).timex().equals(expected) ? ""
        : "expected " + expected + ", got " + found.stream().map(JaDateNormalizer.Found::timex).toList();
  }

  private static boolean applicableResolved(JsonNode c, String text, String expected) {
    if (expected != null && expected.contains("{")) {
      return false;
    }
    return !(c.path("category").asText().equals("reference_datetime_duration") && OFFSET.matcher(text).find());
  }

  private String resolved(JsonNode c, String text, String expected) {
    LocalDate ref = c.path("reference_date").isTextual() ? LocalDate.parse(c.path("reference_date").asText()) : null;
    List<String> values = normalizer.findAll(text, ref, JaDateNormalizer.Convention.REFERENCE_YEAR).stream()
        .map(JaDateNormalizer.Found::value).filter(v -> v != null).toList();
    if (expected == null) {
      // ja-timex's timex at this index has no date (20世紀, 木曜日): we must not invent one
      int dated = datedPerText.getOrDefault(key(c), 0);
      return values.size() <= dated ? "" : "expected " + dated + " dated expressions, got " + values;
    }
    return values.stream().anyMatch(expected::startsWith) ? "" : "expected " + expected + ", got " + values;
  }
}
