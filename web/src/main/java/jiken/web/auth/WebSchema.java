package jiken.web.auth;

import java.util.List;
import jiken.crawler.store.Database;

/** The web module's tables: users and API tokens (hashes only). Append-only steps. */
public final class WebSchema {
  static final List<String> STEPS = List.of(
      "CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,"
          + " created_at TEXT NOT NULL)",
      "CREATE TABLE api_tokens (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, created_at TEXT NOT NULL)");

  private WebSchema() {}

  public static void migrate(Database db) {
    db.migrate("web", STEPS);
  }
}
