package jiken.web.auth;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request defences for browser forms. Logged-in forms echo their session's
 * synchronizer token; the login form (no session yet) echoes an HMAC of a random pre-login cookie
 * under a per-process key. Independently, a state-changing request whose {@code Origin} is not
 * this site, or whose {@code Sec-Fetch-Site} says another site sent it, is refused. Thread-safe.
 */
public final class Csrf {
  public static final String FIELD = "_csrf";
  private final byte[] key = Sessions.random().getBytes(StandardCharsets.US_ASCII);

  /** The login form's token for a pre-login cookie value. */
  public String loginToken(String preCookie) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(("login|" + preCookie).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison; a missing token never matches. */
  public static boolean matches(String expected, String given) {
    return expected != null && given != null && !given.isEmpty()
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether the request may come from this site's own pages: no {@code Sec-Fetch-Site} other than
   * {@code same-origin}/{@code none}, and an {@code Origin} (when sent) equal to this host.
   */
  public static boolean sameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return true; // older browsers omit it on same-origin posts; the token still has to match
    }
    String host = ctx.header("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
