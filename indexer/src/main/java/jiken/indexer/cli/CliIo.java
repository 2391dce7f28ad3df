package jiken.indexer.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UTF-8 readers and writers for command-line files, where {@code -} means stdin or stdout. The
 * standard streams are never closed by the returned readers and writers (only flushed), so a
 * command can be run twice in one JVM (tests). Stateless.
 */
final class CliIo {
  private CliIo() {}

  /** A UTF-8 reader of {@code file}, or of {@code stdin} when the name is {@code -}. */
  static BufferedReader reader(String file, InputStream stdin) throws IOException {
    InputStream in = "-".equals(file) ? new NonClosingInput(stdin) : Files.newInputStream(Path.of(file));
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** A UTF-8 writer to {@code file} (created or truncated), or to {@code stdout} when the name is {@code -}. */
  static Writer writer(String file, OutputStream stdout) throws IOException {
    OutputStream out = "-".equals(file) ? new NonClosingOutput(stdout) : Files.newOutputStream(Path.of(file));
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** A UTF-8 auto-flushing print stream over {@code out}. */
  static PrintStream print(OutputStream out) {
    return new PrintStream(new NonClosingOutput(out), true, StandardCharsets.UTF_8);
  }

  /** Removes a UTF-8 byte order mark read as U+FEFF at the start of a file. */
  static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static final class NonClosingInput extends java.io.FilterInputStream {
    NonClosingInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the standard stream
    }
  }

  private static final class NonClosingOutput extends FilterOutputStream {
    NonClosingOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
