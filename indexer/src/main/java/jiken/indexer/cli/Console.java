package jiken.indexer.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** UTF-8 standard output for commands, whatever the platform default charset is. */
public final class Console {
  private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private Console() {}

  public static PrintStream out() {
    return OUT;
  }
}
