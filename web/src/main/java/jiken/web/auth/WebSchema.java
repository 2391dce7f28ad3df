package jiken.web.auth;

import java.util.List;
import jiken.crawler.store.Database;

/** The web module's tables: users, API tokens and sessions (hashes only), the audit log. Append-only steps. */
public final class WebSchema {
  static final List<String> STEPS = List.of(
      "CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,"
          + " created_at TEXT NOT NULL)",
      "CREATE TABLE api_tokens (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, created_at TEXT NOT NULL)",
      // browser sessions: only a hash of the cookie value is stored, like API tokens
      "CREATE TABLE sessions (id_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, csrf TEXT NOT NULL,"
          + " created_at TEXT NOT NULL, expires_at TEXT NOT NULL)",
      "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,"
          + " case_id TEXT NOT NULL, before_json TEXT NOT NULL, after_json TEXT NOT NULL, reverted_by INTEGER)",
      "CREATE INDEX audit_log_case ON audit_log(case_id)");

  private WebSchema() {}

  public static void migrate(Database db) {
    db.migrate("web", STEPS);
  }
}
