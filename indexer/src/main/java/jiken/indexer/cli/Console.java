package jiken.indexer.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
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
 * Text I/O of the command-line tools, always UTF-8 whatever the platform default charset is
 * (Japanese text on a {@code POSIX} locale would otherwise come out as {@code ?}).
 *
 * <p>Two uses: {@link #out()} is the process's own standard output, for commands that only print
 * a summary; {@link #reader}, {@link #writer} and {@link #print} wrap streams the command was
 * given (a file name where {@code -} means stdin or stdout, or an injected stream in tests). The
 * standard streams are never closed by anything returned here, only flushed, so a command can run
 * twice in one JVM (tests) and later output still reaches the terminal.
 *
 * <p>Stateless and thread-safe; {@link #out()} is one shared auto-flushing stream.
 */
public final class Console {
  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private Console() {}

  /** The process's standard output as a UTF-8, auto-flushing print stream. */
  public static PrintStream out() {
    return OUT;
  }

  /** A UTF-8 reader of {@code file}, or of {@code stdin} when the name is {@code -}. */
  public static BufferedReader reader(String file, InputStream stdin) throws IOException {
    InputStream in = "-".equals(file) ? new NonClosingInput(stdin) : Files.newInputStream(Path.of(file));
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** A UTF-8 writer to {@code file} (created or truncated), or to {@code stdout} when the name is {@code -}. */
  public static Writer writer(String file, OutputStream stdout) throws IOException {
    OutputStream out = "-".equals(file) ? new NonClosingOutput(stdout) : Files.newOutputStream(Path.of(file));
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** A UTF-8 auto-flushing print stream over {@code out}; closing it only flushes {@code out}. */
  public static PrintStream print(OutputStream out) {
    return new PrintStream(new NonClosingOutput(out), true, StandardCharsets.UTF_8);
  }

  /** Removes a UTF-8 byte order mark read as U+FEFF at the start of a file. */
  public static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static final class NonClosingInput extends FilterInputStream {
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

    // FilterOutputStream writes arrays one byte at a time; pass them through whole.
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
