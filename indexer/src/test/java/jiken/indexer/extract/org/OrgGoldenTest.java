package jiken.indexer.extract.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.OrgFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of fictional articles and notices ({@code extract/org/*.txt}) covering legal forms,
 * notices that say 弊社, public bodies, police, inline aliases, vendors and distractors. Expected
 * organisations are in {@code *.expected.json}; {@code known_wrong} documents current errors.
 */
class OrgGoldenTest {
  private final OrgExtractor extractor = new OrgExtractor();

  static Stream<Path> fixtures() throws Exception {
    return OrgGoldenFiles.fixtures("org").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void organisations_match_golden_file(Path txt) throws Exception {
    List<OrgFact> facts = extractor.extract(AnalyzedArticle.of(OrgGoldenFiles.read(txt)));
    ArrayNode actual = OrgGoldenFiles.json().createArrayNode();
    for (OrgFact f : facts) {
      ObjectNode o = actual.addObject();
      o.put("name", f.name());
      o.put("role", f.role());
      ArrayNode al = o.putArray("aliases");
      f.aliases().forEach(al::add);
      String full = AnalyzedArticle.of(OrgGoldenFiles.read(txt)).fullText();
      assertThat(full).contains(f.name());
      f.aliases().forEach(a -> assertThat(full).contains(a));
    }
    if (OrgGoldenFiles.updating()) {
      OrgGoldenFiles.write(txt, "organizations", actual);
      return;
    }
    JsonNode expected = OrgGoldenFiles.expected(txt, "organizations");
    assertThat(expected).as("missing %s; run with -Dgolden.update=true", OrgGoldenFiles.expectedFile(txt)).isNotNull();
    assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
  }
}
