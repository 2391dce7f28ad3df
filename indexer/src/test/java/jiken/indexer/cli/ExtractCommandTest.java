package jiken.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jiken.indexer.Json;
import jiken.indexer.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  @TempDir
  Path dir;

  private static String article(String id, String title, String text, String published) {
    var n = Json.MAPPER.createObjectNode().put("id", id).put("url", "https://news.example.jp/" + id)
        .put("title", title).put("text", text);
    if (published == null) {
      n.putNull("published");
    } else {
      n.put("published", published);
    }
    return n.toString();
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    var cmd = new ExtractCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, EXTRACTOR);
    CommandLine cl = new CommandLine(cmd);
    cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<JsonNode> lines(String jsonl) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        out.add(Json.MAPPER.readTree(l));
      }
    }
    return out;
  }

  @Test
  void keeps_input_order_and_reports_a_bad_line_without_losing_the_others() throws Exception {
    List<String> input = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      input.add(article("n" + i, "架空商事にランサムウェア攻撃 第" + i + "報",
          "架空商事株式会社は2030年5月" + (1 + i % 28) + "日、サーバーがランサムウェアに感染したと発表した。", "2030-05-30"));
      if (i == 70) {
        input.add("{\"id\":\"broken\", \"title\": 不正なJSON");
        input.add("");
      }
    }
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, String.join("\n", input) + "\n", StandardCharsets.UTF_8);

    Run r = run("", "--in", in.toString(), "--out", out.toString(), "--threads", "2");

    assertThat(r.exit()).isZero();
    List<JsonNode> got = lines(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(got).hasSize(150);
    for (int i = 0; i < 150; i++) {
      assertThat(got.get(i).get("id").asText()).isEqualTo("n" + i);
    }
    JsonNode first = got.get(0);
    assertThat(first.fieldNames()).toIterable().contains("id", "organizations", "incident_types", "dates",
        "affected_count", "data_types", "systems");
    assertThat(first.get("incident_types").toString()).contains("ransomware");
    assertThat(first.get("provenance").get("incident_types").get(0).get("sentence").asText()).contains("ランサムウェア");
    List<JsonNode> errors = lines(r.err());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("id").asText()).isEqualTo("broken");
    assertThat(errors.get(0).get("line").asInt()).isEqualTo(72);
    assertThat(errors.get(0).get("error").asText()).isNotBlank();
  }

  @Test
  void dash_reads_stdin_and_writes_stdout_and_input_is_lenient() throws Exception {
    String in = "{\"id\":\"x1\",\"text\":\"架空市は顧客情報を記録したUSBメモリを紛失した。\",\"published\":\"昨日\",\"extra\":1}\n"
        + "{\"id\":7,\"title\":\"架空町で誤送信\",\"text\":\"職員がメールを誤送信した。\",\"published\":\"2030-01-05T09:00:00+09:00\"}\n"
        + "[1,2]\n";
    Run r = run(in, "--in", "-", "--out", "-", "--no-provenance");
    List<JsonNode> got = lines(r.out());
    assertThat(got).extracting(n -> n.get("id").asText()).containsExactly("x1", "7");
    assertThat(got.get(0).get("incident_types").toString()).contains("loss_theft");
    assertThat(got.get(1).get("incident_types").toString()).contains("misdelivery");
    assertThat(got.get(0).has("provenance")).isFalse();
    assertThat(lines(r.err())).singleElement().satisfies(e -> {
      assertThat(e.get("id").isNull()).isTrue();
      assertThat(e.get("line").asInt()).isEqualTo(3);
    });
  }

  @Test
  void help_works() {
    Run r = run("", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--in", "--out", "--[no-]provenance");
  }
}
