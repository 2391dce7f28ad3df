package jiken.indexer.extract.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Company-mention recall and precision on stockmark's ner-wikipedia-dataset (CC BY-SA 3.0, read
 * at test time from {@code ../shared/testdata/ner_wikipedia_ja.jsonl}, never copied), and false
 * positives per organisation-free sentence. Mentions are compared as exact strings (entity level);
 * a predicted mention that is any gold organisation (company or other) is not counted as a false
 * positive. Zero-shot: the rules are tuned for incident reports, not encyclopaedia prose.
 */
class OrgNerWikipediaTest {
  @Test
  void wikipedia_company_mentions() throws Exception {
    Path file = OrgDevSet.testdata("ner_wikipedia_ja.jsonl");
    Assumptions.assumeTrue(file != null && Files.exists(file), "shared testdata not present");
    ObjectMapper om = new ObjectMapper();
    int gold = 0;
    int found = 0;
    int predicted = 0;
    int correct = 0;
    int orgFree = 0;
    int orgFreeFp = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = om.readTree(line);
        String text = n.path("text").asText();
        AnalyzedArticle a = AnalyzedArticle.of(ArticleInput.of("", text, null));
        Set<String> got = new HashSet<>();
        var mentions = OrgMentionFinder.find(a);
        PartyMentionFinder.find(a, mentions);
        for (OrgMention m : AliasResolver.dropContained(mentions)) {
          if (m.kind() != OrgMention.Kind.DEPARTMENT) {
            got.add(m.name());
          }
        }
        Set<String> companies = new HashSet<>();
        n.path("companies").forEach(c -> companies.add(c.path("name").asText()));
        Set<String> anyOrg = new HashSet<>(companies);
        n.path("other_orgs").forEach(c -> anyOrg.add(c.path("name").asText()));
        gold += companies.size();
        found += (int) companies.stream().filter(got::contains).count();
        predicted += got.size();
        correct += (int) got.stream().filter(anyOrg::contains).count();
        if (anyOrg.isEmpty()) {
          orgFree++;
          orgFreeFp += got.size();
        }
      }
    }
    double recall = (double) found / gold;
    double precision = predicted == 0 ? 0 : (double) correct / predicted;
    System.out.printf(Locale.ROOT,
        "ORG ner-wikipedia: company recall %.3f (%d/%d), precision vs any org %.3f (%d/%d), "
            + "false positives per org-free sentence %.3f (%d/%d)%n",
        recall, found, gold, precision, correct, predicted, (double) orgFreeFp / orgFree, orgFreeFp, orgFree);
    assertThat(recall).isGreaterThan(0.0);
  }
}
