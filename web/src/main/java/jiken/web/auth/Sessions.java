package jiken.web.auth;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import jiken.crawler.store.Database;

/**
 * Server-side browser sessions in SQLite, so logins survive a restart. The cookie carries a
 * random 256-bit id; only its SHA-256 is stored. Each session has its own CSRF synchronizer
 * token. A new id is issued at every login ({@link #create}); the old one is deleted, so a
 * session id planted before login is worthless after it. Sessions expire
 * {@value #HOURS} hours after login. Thread-safe.
 */
public final class Sessions {
  static final int HOURS = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database db;
  private final UserStore users;

  public Sessions(Database db, UserStore users) {
    this.db = db;
    this.users = users;
    WebSchema.migrate(db);
  }

  /** A logged-in browser: who, and the token every form must echo. */
  public record Session(String id, UserStore.User user, String csrf) {}

  /** Starts a session for {@code user}, ending {@code previousId} (may be null) and expired ones. */
  public Session create(UserStore.User user, String previousId) {
    String id = random();
    String csrf = random();
    Instant now = Instant.now();
    db.inTransaction(c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ? OR expires_at < ?")) {
        del.setString(1, previousId == null ? "" : UserStore.sha256(previousId));
        del.setString(2, now.toString());
        del.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO sessions(id_hash, user_name, csrf, created_at, expires_at) VALUES (?,?,?,?,?)")) {
        ps.setString(1, UserStore.sha256(id));
        ps.setString(2, user.name());
        ps.setString(3, csrf);
        ps.setString(4, now.toString());
        ps.setString(5, now.plus(Duration.ofHours(HOURS)).toString());
        ps.executeUpdate();
      }
      return null;
    });
    return new Session(id, user, csrf);
  }

  /** The live session with this cookie value; the user's current role is read each time. */
  public Optional<Session> find(String id) {
    if (id == null || id.isBlank() || id.length() > 100) {
      return Optional.empty();
    }
    Optional<String[]> row = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT user_name, csrf FROM sessions WHERE id_hash = ? AND expires_at > ?")) {
        ps.setString(1, UserStore.sha256(id));
        ps.setString(2, Instant.now().toString());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.<String[]>empty();
        }
      }
    });
    return row.flatMap(r -> users.find(r[0]).map(u -> new Session(id, u, r[1])));
  }

  /** Ends a session (logout). */
  public void delete(String id) {
    if (id == null) {
      return;
    }
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
        ps.setString(1, UserStore.sha256(id));
        ps.executeUpdate();
      }
      return null;
    });
  }

  static String random() {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
