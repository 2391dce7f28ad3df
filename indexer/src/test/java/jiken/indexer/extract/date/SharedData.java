package jiken.indexer.extract.date;

import java.nio.file.Path;

/**
 * Locates third-party and gold files in the workspace's {@code shared/} directory, a sibling of
 * the repository root. They are read in place and never copied into the repository (licences,
 * and the gold must stay out of the code). Tests that need them assume they exist.
 */
final class SharedData {
  private SharedData() {}

  static Path path(String... parts) {
    // surefire runs in the module dir (indexer/); its parent is the repo root, whose sibling is shared/
    Path cwd = Path.of("").toAbsolutePath();
    Path root = cwd.getFileName() != null && cwd.getFileName().toString().equals("indexer") ? cwd.getParent() : cwd;
    Path p = root.resolveSibling("shared");
    for (String part : parts) {
      p = p.resolve(part);
    }
    return p;
  }
}
