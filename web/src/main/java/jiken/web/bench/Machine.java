package jiken.web.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One line saying what a benchmark ran on — cores, processor, memory, JVM, heap limit — so a
 * recorded figure can be read against its machine. Anything the platform does not tell (no
 * {@code /proc/cpuinfo}, another JVM vendor's management beans) is left out, never guessed.
 * Thread-safe (stateless).
 */
final class Machine {
  private Machine() {}

  static String describe() {
    StringBuilder b = new StringBuilder();
    b.append(Runtime.getRuntime().availableProcessors()).append(" cores");
    String cpu = cpuModel(Path.of("/proc/cpuinfo"));
    if (!cpu.isEmpty()) {
      b.append(" (").append(cpu).append(')');
    }
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      b.append(String.format(Locale.ROOT, ", %.0f GB RAM", os.getTotalMemorySize() / 1e9));
    }
    b.append(", Java ").append(Runtime.version()).append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20)
        .append(" MB");
    return b.toString();
  }

  /** The first {@code model name} of a Linux cpuinfo file, or empty. */
  static String cpuModel(Path cpuinfo) {
    try {
      for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          int colon = line.indexOf(':');
          return colon < 0 ? "" : line.substring(colon + 1).trim().replaceAll("\\s+", " ").replace('|', '/');
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or unreadable: the line goes without the model
    }
    return "";
  }
}
