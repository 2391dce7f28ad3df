package jiken.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench pipeline} end to end on a small corpus: every phase runs and one row lands in the table. */
class PipelineBenchTest {
  @TempDir Path dir;

  @Test
  void one_run_measures_the_pipeline_and_searches_and_records_one_row() throws Exception {
    Path md = dir.resolve("BENCHMARKS.md");
    Files.writeString(md, "# B\n\n" + PipelineBench.START + "\n| articles | … |\n|---|---|\n| 60 reports | old |\n"
        + "| 600 reports | other |\n" + PipelineBench.END + "\n\nafter\n", StandardCharsets.UTF_8);
    int code = new CommandLine(new BenchCommand()).execute("pipeline", "--docs", "60", "--add", "5", "--search-seconds", "1",
        "--clients", "2", "--work-dir", dir.resolve("w").toString(), "--benchmarks", md.toString());
    assertThat(code).isZero();
    String table = Files.readString(md, StandardCharsets.UTF_8);
    assertThat(table).doesNotContain("| 60 reports | old |").contains("| 600 reports | other |").endsWith("after\n");
    String row = table.lines().filter(l -> l.startsWith("| 60 reports |")).findFirst().orElseThrow();
    assertThat(row).contains(", 0 errors |", " cores", "`jiken bench pipeline --docs 60 --add 5 --search-seconds 1");
    assertThat(row.split("\\|", -1)).hasSize(16);
  }
}
