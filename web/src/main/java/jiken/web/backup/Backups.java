package jiken.web.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jiken.crawler.store.Database;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.index.CaseIndex;

/**
 * Backup and restore of a data directory. The backup is SQLite's online backup of {@code jiken.db}
 * (a consistent snapshot even while {@code serve} or {@code index} write, thanks to WAL); the
 * Lucene index is not copied because it is derived data: restore rebuilds it from the restored
 * case records. Stateless.
 */
public final class Backups {
  private Backups() {}

  /** Writes a consistent copy of the data directory's database to {@code target} (replaced if present). */
  public static void backup(Path dataDir, Path target) throws IOException {
    Path dest = target.toAbsolutePath();
    if (dest.getParent() != null) {
      Files.createDirectories(dest.getParent());
    }
    Path tmp = dest.resolveSibling(dest.getFileName() + ".part");
    Files.deleteIfExists(tmp);
    try (Database db = Database.open(dataDir); Connection c = db.connection(); Statement st = c.createStatement()) {
      // sqlite-jdbc's "backup to" runs sqlite3_backup: page by page, readers and writers keep going.
      st.executeUpdate("backup to " + quote(tmp.toString()));
    } catch (SQLException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("backup failed: " + e.getMessage(), e);
    }
    Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Restores {@code source} into {@code dataDir} and rebuilds the search index. Refuses to overwrite
   * an existing database unless {@code force}.
   *
   * @return the number of cases in the rebuilt index
   */
  public static int restore(Path source, Path dataDir, boolean force) throws IOException {
    if (!Files.isRegularFile(source)) {
      throw new IllegalArgumentException("no backup file at " + source);
    }
    Path db = dataDir.resolve("jiken.db");
    if (Files.exists(db) && !force) {
      throw new IllegalArgumentException(db + " exists; pass --force to replace it");
    }
    Files.createDirectories(dataDir);
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(dataDir.resolve("jiken.db" + suffix));
    }
    Files.copy(source, db);
    deleteTree(dataDir.resolve("index"));
    try (Database d = Database.open(dataDir); CaseIndex index = new CaseIndex(dataDir)) {
      return new CaseIndexer(d, new ArticleExtractor()).rebuild(index).casesInIndex();
    }
  }

  private static String quote(String path) {
    return "'" + path.replace("'", "''") + "'";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
