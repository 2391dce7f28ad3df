package jiken.indexer.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jiken.indexer.extract.org.OrgDevSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Microsoft Recognizers-Text Japanese NumberModel specs (MIT), read at test time from
 * {@code ../shared/testdata/ms_recognizers_ja_numbers.jsonl} (not copied). A case passes when
 * {@link JapaneseNumbers#findAll} finds exactly the expected spans with the expected values.
 * Conventions that differ on purpose: hiragana numerals (せんにひゃく…), mixed fractions
 * (1と4分の1), slash fractions (12/3) and 以上 kept inside the span are not supported — affected
 * counts never use them.
 */
class CountNumbersConformanceTest {
  private static final double FLOOR = 0.60;

  @Test
  void microsoft_recognizers_japanese_numbers() throws Exception {
    Path file = OrgDevSet.testdata("ms_recognizers_ja_numbers.jsonl");
    Assumptions.assumeTrue(file != null && Files.exists(file), "shared testdata not present");
    ObjectMapper om = new ObjectMapper();
    int total = 0;
    int pass = 0;
    List<String> failures = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = om.readTree(line);
        total++;
        String text = c.path("text").asText();
        List<JapaneseNumbers.Found> got = JapaneseNumbers.findAll(text);
        if (agrees(got, c.path("expected"))) {
          pass++;
        } else if (failures.size() < 400) {
          failures.add(text + " → " + got);
        }
      }
    }
    double rate = (double) pass / total;
    System.out.printf(Locale.ROOT, "COUNT MS Recognizers ja numbers: %d/%d = %.3f%n", pass, total, rate);
    failures.forEach(f -> System.out.println("  e.g. " + f));
    assertThat(rate).isGreaterThanOrEqualTo(FLOOR);
  }

  private static boolean agrees(List<JapaneseNumbers.Found> got, JsonNode expected) {
    if (got.size() != expected.size()) {
      return false;
    }
    for (int i = 0; i < got.size(); i++) {
      JsonNode e = expected.get(i);
      JapaneseNumbers.Found g = got.get(i);
      if (g.start() != e.path("span").get(0).asInt() || g.end() != e.path("span").get(1).asInt()) {
        return false;
      }
      BigDecimal want = new BigDecimal(e.path("value").asText());
      if (g.value().subtract(want).abs().compareTo(new BigDecimal("1E-9").max(want.abs().movePointLeft(12))) > 0) {
        return false;
      }
    }
    return true;
  }
}
