package jiken.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web security on a real server: markup in every crawled and editorial field stays text on every
 * page and feed; every write route refuses missing or bent credentials (method override headers,
 * HEAD/OPTIONS, trailing slashes, changed case, encoded paths); SQL in every parameter is just
 * text; {@code next} never leads off-site. RELIABILITY.md has the table of what is tried here.
 */
class WebSecurityTest {
  @TempDir static Path dir;
  static HostileSite site;
  static final String SQL = "' OR 1=1 --";

  @BeforeAll
  static void start() {
    site = new HostileSite(dir.resolve("data"));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static RawHttp.Response get(String target, String cookie) {
    return site.http.send("GET", target, cookie == null ? Map.of() : Map.of("Cookie", cookie), null);
  }

  private static RawHttp.Response send(String method, String target, Map<String, String> headers, String body) {
    return site.http.send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private static String v(String key) {
    return site.values.get(key);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Map<String, String> api() {
    return Map.of("Authorization", "Bearer " + v("TOKEN"), "Content-Type", "application/json");
  }

  private static Map<String, String> form(String sessionKey) {
    return Map.of("Cookie", "jiken_session=" + v(sessionKey), "Content-Type", "application/x-www-form-urlencoded",
        "Origin", "http://127.0.0.1:" + v("PORT"));
  }

  private static List<String> tags(String caseId) throws Exception {
    JsonNode c = Json.MAPPER.readTree(get("/api/cases/" + caseId, null).body());
    List<String> out = new ArrayList<>();
    c.path("tags").forEach(t -> out.add(t.asText()));
    return out;
  }

  @Test
  void markup_in_crawled_and_editorial_fields_is_escaped_on_every_page_and_feed() throws Exception {
    String markup = v("MARKUP_CASE");
    String other = v("CASE");
    // editorial fields: a tag with quotes and ampersands (markup characters are refused), a link reason, a corrected title
    assertThat(send("POST", "/api/cases/" + markup + "/tags", api(), "{\"tag\":\"<jk-canary>\"}").status()).isEqualTo(400);
    assertThat(send("POST", "/api/cases/" + markup + "/tags", api(), "{\"tag\":\"x' onmouseover='alert(1)' & y\"}").status())
        .isEqualTo(201);
    assertThat(send("POST", "/api/cases/" + markup + "/links", api(), "{\"to\":\"" + other
        + "\",\"kind\":\"related\",\"reason\":\"<jk-canary>理由</jk-canary><script>alert(3)</script>\"}").status()).isEqualTo(201);
    assertThat(send("POST", "/cases/" + other + "/edit/correct", form("SESSION"), "_csrf=" + v("CSRF")
        + "&field=title&key=&value=" + enc("<jk-canary>訂正後の題名\"'><script>alert(4)</script>")).status()).isEqualTo(303);

    List<String> targets = new ArrayList<>(List.of("/", "/search?q=", "/search?q=" + enc("商事"), "/search?q=" + enc("<jk-canary>"),
        "/cases/" + markup, "/cases/" + other, "/tags", "/tags/" + enc("x' onmouseover='alert(1)' & y").replace("+", "%20"),
        "/orgs/" + enc(HostileSite.MARKUP_ORG).replace("+", "%20"), "/timeline?q=", "/stats", "/feeds/cases.atom",
        "/feeds/cases.atom?q=" + enc("商事"), "/feeds/cases.atom?tag=" + enc("x' onmouseover='alert(1)' & y"),
        "/api/cases/" + markup + "/export?format=atom", "/api/search.csv?q=", "/login?next=" + enc("\"><jk-canary>")));
    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (String t : targets) {
      RawHttp.Response res = get(t, null);
      statuses.put(t, res.status());
      if (t.contains(".csv")) { // CSV is data, not markup: it keeps the text, is never sniffed as HTML
        assertThat(res.header("Content-Type")).startsWith("text/csv");
        assertThat(res.header("X-Content-Type-Options")).isEqualTo("nosniff");
        continue;
      }
      assertNoMarkup(t, res);
    }
    RawHttp.Response audit = get("/admin/audit", "jiken_session=" + v("ADMIN_SESSION"));
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.body()).contains("&lt;jk-canary&gt;"); // the audit log shows the corrected title, as text
    assertNoMarkup("/admin/audit", audit);
    RawHttp.Response page = get("/cases/" + other, "jiken_session=" + v("SESSION"));
    assertNoMarkup("/cases/ as a writer", page);
    assertThat(statuses).as("every page answered").allSatisfy((t, s) -> assertThat(s).isBetween(200, 404));
    assertThat(statuses.get("/cases/" + markup)).isEqualTo(200);
  }

  private static void assertNoMarkup(String target, RawHttp.Response res) {
    String body = res.body();
    assertThat(body).as(target).doesNotContain("<jk-canary").doesNotContain("<script>alert(")
        .doesNotContain("<img src=x onerror");
    if (res.header("Content-Type").contains("html")) {
      Document doc = Jsoup.parse(body);
      assertThat(doc.select("jk-canary, img[onerror], [onmouseover]")).as(target).isEmpty();
      assertThat(doc.select("script").stream().filter(s -> !s.hasAttr("src")).toList()).as(target + " inline scripts").isEmpty();
    }
  }

  @Test
  void write_routes_refuse_missing_and_bent_credentials() throws Exception {
    String id = v("CASE");
    List<String> before = tags(id);
    String tagBody = "{\"tag\":\"bypass\"}";
    List<String[]> attempts = List.of(
        // method, target, headers (k=v;k=v), body
        new String[] {"POST", "/api/cases/" + id + "/tags", "Content-Type=application/json", tagBody},
        new String[] {"DELETE", "/api/cases/" + id + "/tags", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/api/cases/" + id + "/links", "Content-Type=application/json", "{\"to\":\"" + id + "\",\"kind\":\"related\"}"},
        new String[] {"POST", "/api/cases/" + id + "/tags", "Cookie=jiken_session=" + v("SESSION"), tagBody},
        new String[] {"POST", "/api/cases/" + id + "/tags", "Authorization=Bearer " + SQL, tagBody},
        new String[] {"POST", "/api/cases/" + id + "/tags", "Authorization=Basic d2VuZHk6eA==", tagBody},
        new String[] {"GET", "/api/cases/" + id + "/tags", "X-HTTP-Method-Override=POST;Authorization=Bearer x", tagBody},
        new String[] {"GET", "/api/cases/" + id + "/tags?_method=POST", "X-HTTP-Method=POST", tagBody},
        new String[] {"HEAD", "/api/cases/" + id + "/tags", "", null},
        new String[] {"OPTIONS", "/api/cases/" + id + "/tags", "Access-Control-Request-Method=POST;Origin=https://evil.example", null},
        new String[] {"PUT", "/api/cases/" + id + "/tags", "Content-Type=application/json", tagBody},
        new String[] {"PATCH", "/api/cases/" + id + "/tags", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/api/cases/" + id + "/tags/", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/API/cases/" + id + "/tags", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/api/Cases/" + id + "/TAGS", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/api/cases/" + id + "/%74ags", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/api/cases/" + id + "%2Ftags", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/api/cases/" + id + "/x/..%2Ftags", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/api//cases/" + id + "/tags", "Content-Type=application/json", tagBody},
        new String[] {"POST", "/cases/" + id + "/edit/tag", "Content-Type=application/x-www-form-urlencoded", "tag=bypass"},
        new String[] {"POST", "/cases/" + id + "/edit/tag", "Content-Type=application/x-www-form-urlencoded;Cookie=jiken_session="
            + v("SESSION"), "tag=bypass"},
        new String[] {"POST", "/cases/" + id + "/edit/tag", "Content-Type=application/x-www-form-urlencoded;Cookie=jiken_session="
            + v("SESSION"), "tag=bypass&_csrf=" + v("ADMIN_CSRF")},
        new String[] {"POST", "/cases/" + id + "/edit/tag", "Content-Type=application/x-www-form-urlencoded;Origin=https://evil.example;Cookie=jiken_session="
            + v("SESSION"), "tag=bypass&_csrf=" + v("CSRF")},
        new String[] {"POST", "/cases/" + id + "/edit/tag", "Content-Type=application/x-www-form-urlencoded;Sec-Fetch-Site=cross-site;Cookie=jiken_session="
            + v("SESSION"), "tag=bypass&_csrf=" + v("CSRF")},
        new String[] {"POST", "/cases/" + id + "/edit/tag", "Content-Type=application/x-www-form-urlencoded;Authorization=Bearer "
            + v("TOKEN"), "tag=bypass"},
        new String[] {"GET", "/cases/" + id + "/edit/tag?tag=bypass&_csrf=" + v("CSRF"), "Cookie=jiken_session=" + v("SESSION"), null},
        new String[] {"POST", "/cases/" + id + "/edit/tag/", "Content-Type=application/x-www-form-urlencoded;Cookie=jiken_session="
            + v("SESSION"), "tag=bypass"},
        new String[] {"POST", "/Cases/" + id + "/Edit/Tag", "Content-Type=application/x-www-form-urlencoded", "tag=bypass"},
        new String[] {"POST", "/admin/audit/1/revert", "Content-Type=application/x-www-form-urlencoded;Cookie=jiken_session="
            + v("SESSION"), "_csrf=" + v("CSRF")},
        new String[] {"POST", "/admin/audit/1/revert", "Content-Type=application/x-www-form-urlencoded", ""},
        new String[] {"POST", "/admin/audit/1/revert/", "Content-Type=application/x-www-form-urlencoded", ""},
        new String[] {"POST", "/Admin/Audit/1/revert", "Content-Type=application/x-www-form-urlencoded", ""},
        new String[] {"POST", "/admin/audit/1/%72evert", "Content-Type=application/x-www-form-urlencoded", ""},
        new String[] {"GET", "/admin/audit", "", null},
        new String[] {"GET", "/admin/audit", "Cookie=jiken_session=" + v("SESSION"), null},
        new String[] {"POST", "/logout", "Cookie=jiken_session=" + v("SESSION") + ";Content-Type=application/x-www-form-urlencoded", ""});
    List<String> answered = new ArrayList<>();
    for (String[] a : attempts) {
      Map<String, String> h = new LinkedHashMap<>();
      for (String kv : a[2].split(";")) {
        if (!kv.isEmpty()) {
          h.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
      }
      RawHttp.Response res = send(a[0], a[1], h, a[3]);
      answered.add(res.status() + " " + a[0] + " " + a[1] + " " + h.keySet());
      assertThat(res.status()).as(a[0] + " " + a[1] + " " + h).isIn(303, 400, 401, 403, 404, 405);
      if (res.status() == 303) { // only the anonymous audit page sends to the login form
        assertThat(res.header("Location")).startsWith("/login");
      }
    }
    System.out.println("write-route bypass attempts:\n  " + String.join("\n  ", answered));
    assertThat(tags(id)).as("no attempt changed the case").isEqualTo(before);
    // the session still works: the logout attempt above had no token
    assertThat(get("/login", "jiken_session=" + v("SESSION")).body()).contains("としてログインしています");
  }

  @Test
  void sql_in_every_parameter_is_plain_text() throws Exception {
    long all = Json.MAPPER.readTree(get("/api/search?q=", null).body()).get("total").asLong();
    assertThat(all).isGreaterThan(1);
    String s = enc(SQL);
    for (String p : new String[] {"q", "type", "tag", "org", "sort"}) {
      RawHttp.Response res = get("/api/search?" + p + "=" + s, null);
      assertThat(res.status()).as(p).isIn(200, 400);
      if (res.status() == 200) {
        assertThat(Json.MAPPER.readTree(res.body()).get("total").asLong()).as(p).isLessThan(all);
      }
    }
    for (String t : new String[] {"/api/tags/" + s, "/tags/" + s, "/orgs/" + s, "/api/cases/" + s, "/cases/" + s,
        "/api/suggest?q=" + s, "/api/timeline?q=" + s, "/api/search.csv?tag=" + s, "/feeds/cases.atom?org=" + s}) {
      RawHttp.Response res = get(t, null);
      assertThat(res.status()).as(t).isIn(200, 400, 404);
      if (t.startsWith("/api/tags/")) {
        assertThat(Json.MAPPER.readTree(res.body()).get("total").asLong()).isZero();
      }
    }
    // login and token lookups are prepared statements too
    RawHttp.Response form = get("/login", null);
    String pre = HostileSite.cookie(form, "jiken_pre");
    RawHttp.Response login = send("POST", "/login", Map.of("Cookie", "jiken_pre=" + pre, "Content-Type",
        "application/x-www-form-urlencoded"), "_csrf=" + HostileSite.csrf(form.body()) + "&name=" + s + "&password=" + s);
    assertThat(login.status()).isEqualTo(401);
    assertThat(send("POST", "/api/cases/" + v("CASE") + "/tags", Map.of("Authorization", "Bearer " + SQL,
        "Content-Type", "application/json"), "{\"tag\":\"x\"}").status()).isEqualTo(401);
    // the tables are all still there
    assertThat(Json.MAPPER.readTree(get("/api/search?q=", null).body()).get("total").asLong()).isEqualTo(all);
  }

  @Test
  void login_never_redirects_off_site() {
    String[] nexts = {"https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example", "https:evil.example",
        "/%2F%2Fevil.example", "%2F%2Fevil.example", "/\t/evil.example", " //evil.example", "javascript:alert(1)",
        "data:text/html,x", "/cases/x\r\nLocation: https://evil.example", "http://127.0.0.1@evil.example/", "/." + "/" + "/evil"};
    List<String> seen = new ArrayList<>();
    for (String next : nexts) {
      RawHttp.Response form = get("/login?next=" + enc(next), null);
      String pre = HostileSite.cookie(form, "jiken_pre");
      RawHttp.Response res = send("POST", "/login", Map.of("Cookie", "jiken_pre=" + pre, "Content-Type",
          "application/x-www-form-urlencoded"), "_csrf=" + HostileSite.csrf(form.body()) + "&name=wendy&password="
          + HostileSite.PASSWORD + "&next=" + enc(next));
      String location = res.header("Location");
      seen.add(next.replace("\r\n", "\\r\\n").replace("\t", "\\t") + " → " + location);
      assertThat(res.status()).as(next).isEqualTo(303);
      assertThat(location).as(next).startsWith("/").doesNotStartWith("//").doesNotStartWith("/\\")
          .doesNotContain("\r").doesNotContain("\n");
      assertThat(res.header("Location").toLowerCase(java.util.Locale.ROOT)).doesNotContain("evil.example\r");
    }
    System.out.println("open redirect attempts:\n  " + String.join("\n  ", seen));
  }
}
