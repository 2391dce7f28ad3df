package jiken.indexer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jiken.indexer.Json;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.ExtractionJson;
import org.junit.jupiter.api.Test;

/** TEMPORARY debugging aid: prints evidence sentences of facts. */
class DemoErrorDump {
  @Test
  void dump() throws Exception {
    String f = System.getProperty("dump.file", "target/demo-gold.jsonl");
    StringBuilder sb = new StringBuilder();
    ArticleExtractor ex = new ArticleExtractor();
    for (String line : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) {
      JsonNode n = Json.MAPPER.readTree(line);
      ArticleInput in = ExtractionJson.toInput(n);
      Extraction e = ex.extract(in);
      JsonNode g = n.get("gold");
      sb.append("== ").append(in.id()).append(" | ").append(in.title()).append('\n');
      sb.append("  gold types ").append(g.get("incident_types")).append(" data ").append(g.get("data_types")).append(" orgs ").append(g.get("organizations")).append(" count ").append(g.get("affected_count")).append('\n');
      e.incidentTypes().forEach(l -> sb.append("  IT ").append(l.value()).append(" «").append(l.evidence()).append("» ").append(l.provenance()).append('\n'));
      e.dataTypes().forEach(l -> sb.append("  DT ").append(l.value()).append(" «").append(l.evidence()).append("» ").append(l.provenance()).append('\n'));
      e.organizations().forEach(o -> sb.append("  ORG ").append(o.name()).append(" ").append(o.role()).append(" ").append(o.aliases()).append(" ").append(o.provenance()).append('\n'));
      e.dates().forEach(d -> sb.append("  DATE ").append(d.text()).append(" ").append(d.value()).append(" ").append(d.event()).append(" ").append(d.provenance()).append('\n'));
      if (e.affectedCount() != null) sb.append("  COUNT ").append(e.affectedCount()).append('\n');
    }
    Files.writeString(Path.of(System.getProperty("dump.out", "target/demo-dump.txt")), sb.toString(), StandardCharsets.UTF_8);
  }
}
