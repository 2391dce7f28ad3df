package jiken.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleTest {
  private static final String LINE = "架空工業株式会社で不正アクセス、顧客情報1万件が漏えい";

  @Test
  void dash_reads_utf8_from_stdin_and_leaves_it_open() throws IOException {
    TrackingInput stdin = new TrackingInput(LINE + "\n");
    try (BufferedReader r = Console.reader("-", stdin)) {
      assertThat(r.readLine()).isEqualTo(LINE);
    }
    assertThat(stdin.closed).isFalse();
  }

  @Test
  void dash_writes_utf8_to_stdout_and_only_flushes_it() throws IOException {
    TrackingOutput stdout = new TrackingOutput();
    try (Writer w = Console.writer("-", stdout)) {
      w.write(LINE);
    }
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(LINE);
    assertThat(stdout.closed).isFalse();
  }

  @Test
  void file_names_are_read_and_written_as_utf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("記事.jsonl");
    try (Writer w = Console.writer(file.toString(), OutputStream.nullOutputStream())) {
      w.write(LINE + "\n");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo((LINE + "\n").getBytes(StandardCharsets.UTF_8));
    try (BufferedReader r = Console.reader(file.toString(), InputStream.nullInputStream())) {
      assertThat(r.readLine()).isEqualTo(LINE);
    }
  }

  @Test
  void print_streams_are_utf8_and_do_not_close_the_target() {
    TrackingOutput target = new TrackingOutput();
    try (PrintStream p = Console.print(target)) {
      p.print(LINE);
    }
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo(LINE);
    assertThat(target.closed).isFalse();
  }

  @Test
  void a_leading_byte_order_mark_is_stripped_and_nothing_else() {
    assertThat(Console.stripBom("\uFEFF{\"id\":\"a\"}")).isEqualTo("{\"id\":\"a\"}");
    assertThat(Console.stripBom("{\"id\":\"\uFEFF\"}")).isEqualTo("{\"id\":\"\uFEFF\"}");
    assertThat(Console.stripBom("")).isEmpty();
  }

  @Test
  void out_is_one_shared_stream() {
    assertThat(Console.out()).isSameAs(Console.out());
  }

  private static final class TrackingInput extends ByteArrayInputStream {
    boolean closed;

    TrackingInput(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class TrackingOutput extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
