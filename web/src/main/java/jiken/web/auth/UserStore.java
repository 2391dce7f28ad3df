package jiken.web.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import jiken.crawler.store.Database;

/**
 * Writers and admins: Argon2id password hashes (parameters pinned: 64 MiB, 3 passes, 1 lane) and
 * API tokens, of which only a SHA-256 hash is stored. Thread-safe.
 */
public final class UserStore {
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Argon2Function ARGON2 = Argon2Function.getInstance(65536, 3, 1, 32, Argon2.ID);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database db;

  public UserStore(Database db) {
    this.db = db;
    WebSchema.migrate(db);
  }

  /** {@code writer} and {@code admin} may change cases; {@code reader} is a read-only account. */
  public static final java.util.Set<String> ROLES = java.util.Set.of("writer", "admin", "reader");
  /** Checked against unknown names too, so a failed login takes as long whether or not the user exists. */
  private static final String DUMMY_HASH = Password.hash("not a password").addRandomSalt(16).with(ARGON2).getResult();

  /** A user and role. */
  public record User(String name, String role) {
    /** Whether this user may change cases. */
    public boolean canWrite() {
      return role.equals("writer") || role.equals("admin");
    }

    public boolean isAdmin() {
      return role.equals("admin");
    }
  }

  /** Adds or replaces a user. Rejects bad names, roles and passwords shorter than 10 characters. */
  public void add(String name, String role, String password) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("user names are 1-64 letters, digits, '_', '.' or '-'");
    }
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("role must be writer, admin or reader");
    }
    if (password == null || password.length() < 10) {
      throw new IllegalArgumentException("password must be at least 10 characters");
    }
    String hash = Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO users(name, role, password_hash, created_at)"
          + " VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash")) {
        ps.setString(1, name);
        ps.setString(2, role);
        ps.setString(3, hash);
        ps.setString(4, Instant.now().toString());
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** The user if {@code password} is right. */
  public Optional<User> authenticate(String name, String password) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT role, password_hash FROM users WHERE name = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          boolean known = rs.next();
          boolean ok = Password.check(password == null ? "" : password, known ? rs.getString(2) : DUMMY_HASH).with(ARGON2);
          return known && ok ? Optional.of(new User(name, rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  public Optional<User> find(String name) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT role FROM users WHERE name = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new User(name, rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  /** Issues a new API token for an existing user; the token itself is returned once and never stored. */
  public String issueToken(String name) {
    if (find(name).isEmpty()) {
      throw new IllegalArgumentException("no such user: " + name);
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = "jk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens(token_hash, user_name, created_at) VALUES (?,?,?)")) {
        ps.setString(1, sha256(token));
        ps.setString(2, name);
        ps.setString(3, Instant.now().toString());
        ps.executeUpdate();
      }
      return null;
    });
    return token;
  }

  /** The user an API token belongs to. */
  public Optional<User> byToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT u.name, u.role FROM api_tokens t JOIN users u"
          + " ON u.name = t.user_name WHERE t.token_hash = ?")) {
        ps.setString(1, sha256(token.strip()));
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new User(rs.getString(1), rs.getString(2))) : Optional.empty();
        }
      }
    });
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
