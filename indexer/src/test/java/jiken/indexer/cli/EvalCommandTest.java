package jiken.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jiken.indexer.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir
  Path dir;

  private static final String GOLD = String.join("\n",
      "{\"id\":\"g1\",\"url\":\"\",\"published\":\"2030-05-10\",\"title\":\"架空商事にランサムウェア攻撃\","
          + "\"text\":\"架空商事株式会社は5月9日、サーバーがランサムウェアに感染したと発表した。\","
          + "\"gold\":{\"organizations\":[{\"name\":\"架空商事株式会社\",\"aliases\":[\"架空商事\"],\"role\":\"victim\"}],"
          + "\"incident_types\":[\"ransomware\"],\"dates\":[{\"text\":\"5月9日\",\"value\":\"2030-05-09\",\"event\":\"disclosed\"}],"
          + "\"affected_count\":null,\"data_types\":[],\"systems\":[]}}",
      "{\"id\":\"demo\",\"site\":\"news-a\",\"path\":\"/a.html\",\"gold\":{\"incident_types\":[\"ddos\"]}}",
      "");

  @Test
  void scores_a_gold_file_skips_lines_without_text_and_writes_a_json_report() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Path report = dir.resolve("report.json");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = new CommandLine(new EvalCommand(new ByteArrayInputStream(new byte[0]), out))
        .execute("--gold", gold.toString(), "--out", report.toString(), "--verbose");
    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(table).contains("articles scored: 1 (skipped 1 lines)", "incident_types", "count accuracy");
    JsonNode json = Json.MAPPER.readTree(report.toFile());
    assertThat(json.get("articles").asInt()).isEqualTo(1);
    assertThat(json.at("/fields/incident_types/recall").asDouble()).isEqualTo(1.0);
    assertThat(json.get("per_article").get(0).get("id").asText()).isEqualTo("g1");
  }

  @Test
  void scores_given_predictions_instead_of_running_the_extractor() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
    Files.writeString(pred, "{\"id\":\"g1\",\"organizations\":[{\"name\":\"架空商事\",\"role\":\"vendor\"}],"
        + "\"incident_types\":[\"malware\"],\"dates\":[],\"affected_count\":{\"text\":\"3件\",\"value\":3},"
        + "\"data_types\":[],\"systems\":[]}\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = new CommandLine(new EvalCommand(new ByteArrayInputStream(new byte[0]), out))
        .execute("--gold", gold.toString(), "--pred", pred.toString(), "--verbose");
    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(table).containsPattern("role accuracy +0\\.000 +0/1").containsPattern("count false pos\\. +1\\.000 +1/1")
        .contains("extra  incident_types: malware", "wrong  role of 架空商事: gold victim, predicted vendor");
  }
}
