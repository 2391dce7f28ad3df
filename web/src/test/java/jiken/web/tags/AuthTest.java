package jiken.web.tags;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import jiken.web.App;
import jiken.web.WebContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Login, sessions, CSRF and rate limiting on a real server. Each test gets its own app (and limiter). */
class AuthTest {
  @TempDir static Path dir;
  static String bakery;

  @BeforeAll
  static void data() {
    WriterFixture.build(dir);
    try (WebContext web = new WebContext(dir, false)) {
      bakery = WriterFixture.caseId(web.cases(), WriterFixture.BAKERY_1);
    }
  }

  interface Body {
    void run(Http http) throws Exception;
  }

  static void site(Body body) {
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> body.run(new Http(server.port())));
    }
  }

  private static int port(Http http) {
    return Integer.parseInt(http.base.substring(http.base.lastIndexOf(':') + 1));
  }

  private static String setCookie(HttpResponse<String> res, String name) {
    return res.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse("");
  }

  @Test
  void login_sets_a_strict_cookie_and_renews_the_session_id() {
    site(http -> {
      HttpResponse<String> form = http.get("/login");
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(setCookie(form, "jiken_pre")).contains("HttpOnly", "SameSite=Lax");
      String pre = http.cookies.get("jiken_pre");

      HttpResponse<String> res = http.login("wendy", WriterFixture.PASSWORD);
      assertThat(res.statusCode()).isEqualTo(303);
      assertThat(setCookie(res, "jiken_session")).contains("HttpOnly", "SameSite=Lax", "Path=/");
      String first = http.cookies.get("jiken_session");
      assertThat(first).isNotBlank().isNotEqualTo(pre);
      assertThat(http.get("/login").body()).contains("wendy</strong> としてログインしています");

      // a session id planted in the browser before login (fixation) is replaced and never becomes valid
      Http victim = new Http(port(http));
      victim.cookies.put("jiken_session", "planted-by-an-attacker-0000000000000000000000");
      assertThat(victim.login("wendy", WriterFixture.PASSWORD).statusCode()).isEqualTo(303);
      assertThat(victim.cookies.get("jiken_session")).isNotEqualTo("planted-by-an-attacker-0000000000000000000000")
          .isNotEqualTo(first);
      Http attacker = new Http(port(http));
      attacker.cookies.put("jiken_session", "planted-by-an-attacker-0000000000000000000000");
      assertThat(attacker.get("/login").body()).doesNotContain("としてログインしています");
    });
  }

  @Test
  void login_without_token_or_from_another_site_is_refused() {
    site(http -> {
      http.get("/login");
      assertThat(http.form("/login", Map.of("name", "wendy", "password", WriterFixture.PASSWORD)).statusCode()).isEqualTo(403);
      String token = Http.csrf(http.get("/login").body());
      Map<String, String> fields = Map.of("_csrf", token, "name", "wendy", "password", WriterFixture.PASSWORD);
      assertThat(http.form("/login", fields, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
      assertThat(http.form("/login", fields, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
      assertThat(http.cookies).doesNotContainKey("jiken_session");
      assertThat(http.form("/login", fields).statusCode()).isEqualTo(303);
    });
  }

  @Test
  void five_wrong_passwords_lock_the_account_but_not_other_accounts() {
    site(http -> {
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> res = http.login("wendy", "wrong-password-" + i);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).contains("ユーザー名またはパスワードが違います");
      }
      HttpResponse<String> locked = http.login("wendy", WriterFixture.PASSWORD);
      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(locked.headers().firstValue("Retry-After")).isPresent();
      assertThat(http.login("ada", WriterFixture.PASSWORD).statusCode()).isEqualTo(303);
    });
  }

  @Test
  void one_address_is_limited_across_accounts_and_forwarded_for_is_ignored() {
    site(http -> {
      for (int i = 0; i < 20; i++) {
        assertThat(http.login("nobody" + i, "wrong-password").statusCode()).isEqualTo(401);
      }
      String token = Http.csrf(http.get("/login").body());
      HttpResponse<String> res = http.form("/login", Map.of("_csrf", token, "name", "ada", "password",
          WriterFixture.PASSWORD), "X-Forwarded-For", "203.0.113.9");
      assertThat(res.statusCode()).isEqualTo(429);
    });
  }

  @Test
  void form_writes_need_a_session_a_token_the_same_origin_and_the_writer_role() {
    site(http -> {
      String path = "/cases/" + bakery + "/edit/tag";
      assertThat(http.form(path, Map.of("tag", "無効")).statusCode()).isEqualTo(401);

      http.login("rita", WriterFixture.PASSWORD);
      String readerToken = Http.csrf(http.get("/login").body());
      assertThat(http.form(path, Map.of("_csrf", readerToken, "tag", "無効")).statusCode()).isEqualTo(403);

      http.cookies.clear();
      http.login("wendy", WriterFixture.PASSWORD);
      String token = Http.csrf(http.get("/cases/" + bakery).body());
      assertThat(http.form(path, Map.of("tag", "無効")).statusCode()).isEqualTo(403);
      assertThat(http.form(path, Map.of("_csrf", "forged", "tag", "無効")).statusCode()).isEqualTo(403);
      assertThat(http.form(path, Map.of("_csrf", token, "tag", "無効"), "Origin", "http://evil.example").statusCode())
          .isEqualTo(403);
      assertThat(http.get("/cases/" + bakery).body()).doesNotContain("無効");

      HttpResponse<String> ok = http.form(path, Map.of("_csrf", token, "tag", "会員サイト"));
      assertThat(ok.statusCode()).isEqualTo(303);
      assertThat(ok.headers().firstValue("Location")).hasValue("/cases/" + bakery + "#edit");
      assertThat(http.get("/cases/" + bakery).body()).contains("会員サイト", "編集履歴", "wendy");
    });
  }

  @Test
  void logout_ends_the_session_and_anonymous_readers_see_no_forms() {
    site(http -> {
      assertThat(http.get("/cases/" + bakery).body()).doesNotContain("name=\"_csrf\"");
      http.login("wendy", WriterFixture.PASSWORD);
      String page = http.get("/cases/" + bakery).body();
      assertThat(page).contains("/edit/tag", "/edit/merge", "/edit/split", "/edit/correct");
      String token = Http.csrf(http.get("/login").body());
      assertThat(http.form("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(303);
      assertThat(http.get("/cases/" + bakery).body()).doesNotContain("/edit/tag");
      assertThat(http.form("/cases/" + bakery + "/edit/tag", Map.of("_csrf", token, "tag", "x")).statusCode())
          .isEqualTo(401);
    });
  }
}
