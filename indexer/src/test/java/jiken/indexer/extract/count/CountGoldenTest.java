package jiken.indexer.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.stream.Stream;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.org.OrgGoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of fictional articles ({@code extract/count/*.txt}) for the affected count: totals,
 * rounded headlines, people vs records, updated totals, kanji and full-width numerals, and
 * distractors (attempts, spam, yen, staff, machines, A社 examples).
 */
class CountGoldenTest {
  private final CountExtractor extractor = new CountExtractor();

  static Stream<Path> fixtures() throws Exception {
    return OrgGoldenFiles.fixtures("count").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void count_matches_golden_file(Path txt) throws Exception {
    AnalyzedArticle article = AnalyzedArticle.of(OrgGoldenFiles.read(txt));
    CountFact fact = extractor.extract(article);
    JsonNode actual = NullNode.getInstance();
    if (fact != null) {
      ObjectNode o = OrgGoldenFiles.json().createObjectNode();
      o.put("text", fact.text());
      o.put("value", fact.value());
      actual = o;
      assertThat(article.fullText().substring(fact.provenance().start(), fact.provenance().end())).isEqualTo(fact.text());
    }
    if (OrgGoldenFiles.updating()) {
      OrgGoldenFiles.write(txt, "affected_count", actual);
      return;
    }
    JsonNode expected = OrgGoldenFiles.expected(txt, "affected_count");
    assertThat(expected).as("missing %s; run with -Dgolden.update=true", OrgGoldenFiles.expectedFile(txt)).isNotNull();
    assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
  }
}
