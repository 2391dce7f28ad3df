package jiken.web.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random hostile requests for every route of the app. Path and query pieces are wire
 * strings (already percent-encoded, or deliberately broken: {@code %zz}, {@code ..%2F}, encoded
 * NUL and CR LF, overlong and invalid UTF-8); body values are Java strings (markup, SQL, control
 * characters, lone surrogates, RTL marks, 10 kB and 100 kB runs). Every HTML-bound value carries the
 * {@value #CANARY} tag, which must never come back unescaped.
 */
final class HostileInputs {
  static final String CANARY = "jk-canary";

  /** Wire pieces for paths and query values. */
  static final String[] WIRE = {
    "..%2F", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f", "..", "%2F", "%5C", "%5c..%5c", "%00", "%01", "%7F",
    "%0d%0a", "%0D%0ASet-Cookie:%20jk=1", "%zz", "%", "%%", "%4", "%e3%81", "%c3%28", "%ff%fe", "%c0%af",
    "%ed%a0%80", "%F0%9F%92%A5", "%E2%80%AE", "%E2%80%8F", "%EF%BB%BF", "%25252F", "%252e%252e%252f", "%252F",
    "%3Cjk-canary%3E", "%22%3E%3Cjk-canary%20x%3D", "%27%3E%3Cjk-canary%3E", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%27%20OR%201%3D1%20--", "%27%3B%20DROP%20TABLE%20cases%3B--", "%22%20OR%20%22%22%3D%22", "1%27%20UNION%20SELECT%20*%20FROM%20users--",
    "a", "2025", "-", "2025-10-x", "%E6%BC%8F%E3%81%88%E3%81%84", "%EF%BD%B1%EF%BE%80%EF%BD%B6", "%EF%BC%A1", "+", "%20",
    ";jsessionid=x", ";", "*", "~", "%2A", "AND", "OR", "NOT", "\\", "(", ")", "%5B", "%7B", "%22", "%3A", "title%3A",
    "-1", "0", "2147483648", "99999999999999999999", "1e9", "NaN", "0x10", "%EF%BC%91", "%D9%A3",
    "https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example", "javascript%3Aalert(1)",
  };
  /** Decoded values for form fields and JSON strings. */
  static final String[] VALUES = {
    "<jk-canary>", "\"><jk-canary x=", "'><jk-canary>", "</textarea><jk-canary>", "<script>alert(1)</script>",
    "javascript:alert(1)", "' OR 1=1 --", "'; DROP TABLE cases;--", "\" OR \"\"=\"", "\u0000", "\r\n", "\t", "\u202E",
    "\u200F", "💥", "\uD800", "\uDC00x", "../../etc/passwd", "..\\..\\", "", " ", "null", "-1", "0", "9".repeat(30),
    "%zz", "{", "[]", "漏えい", "ｱﾀｶ", "Ａ", "/cases/", "//evil.example", "https://evil.example/", "related",
    "vendor_of", "affected_count", "title", "status", "role", "add", "remove",
  };
  static final String[] QUERY_NAMES = {"q", "type", "year", "tag", "org", "from", "to", "min_count", "sort", "page",
    "size", "limit", "format", "next", "provenance", "q", "page"};
  static final String[] QUERY_ROUTES = {"/search", "/api/search", "/timeline", "/api/timeline", "/api/search.csv",
    "/feeds/cases.atom", "/api/suggest", "/login", "/", "/stats", "/tags", "/admin/audit", "/api/tags", "/healthz",
    "/api/cases/{{CASE}}/export", "/api/cases/{{CASE}}/timeline", "/api/cases/{{CASE}}/stix", "/cases/{{CASE}}",
    "/api/schema/timeline.json"};
  static final String[] PATH_ROUTES = {"/cases/%s", "/api/cases/%s", "/api/cases/%s/timeline", "/api/cases/%s/stix",
    "/api/cases/%s/export", "/tags/%s", "/orgs/%s", "/api/tags/%s", "/cases/%s/edit/tag", "/admin/audit/%s/revert",
    "/static/%s", "/%s", "/api/%s"};
  static final String[] FORM_ACTIONS = {"tag", "link", "merge", "split", "correct"};
  static final String[] FORM_FIELDS = {"tag", "op", "to", "kind", "reason", "other", "document", "field", "key", "value",
    "next", "_csrf"};
  static final String[] CONTENT_TYPES = {"application/x-www-form-urlencoded", "application/json", "text/plain",
    "multipart/form-data; boundary=jkb", "multipart/form-data", "application/x-www-form-urlencoded; charset=Shift_JIS",
    "application/json; charset=EUC-JP", "application/xml", "*/*", ""};
  static final String[] METHODS = {"HEAD", "OPTIONS", "PUT", "PATCH", "DELETE", "TRACE", "FOO", "POST"};

  private final Random r;

  HostileInputs(long seed) {
    this.r = new Random(seed);
  }

  HostileRequest next() {
    return switch (r.nextInt(12)) {
      case 0, 1 -> pathRequest();
      case 2, 3, 4 -> queryRequest();
      case 5 -> otherMethod();
      case 6 -> extract();
      case 7 -> login();
      case 8, 9 -> writerForm();
      default -> writerApi();
    };
  }

  private <T> T pick(T[] a) {
    return a[r.nextInt(a.length)];
  }

  /** One to four wire pieces, sometimes a 10 kB or 27 kB run. */
  String wire() {
    int roll = r.nextInt(40);
    if (roll == 0) {
      return "a".repeat(10_000);
    }
    if (roll == 1) {
      return "%E3%81%82".repeat(1 + r.nextInt(3000));
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      b.append(pick(WIRE));
    }
    return b.toString();
  }

  /** One to three decoded values, sometimes a 10 kB or 100 kB run. */
  String value() {
    int roll = r.nextInt(40);
    if (roll == 0) {
      return "<jk-canary>".repeat(1000);
    }
    if (roll == 1) {
      return "あ".repeat(100_000);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      b.append(pick(VALUES));
    }
    return b.toString();
  }

  private HostileRequest pathRequest() {
    return HostileRequest.get("path", String.format(java.util.Locale.ROOT, pick(PATH_ROUTES), wire()));
  }

  private String queryString() {
    if (r.nextInt(10) == 0) {
      return pick(new String[] {"q=%zz&&&=&q", "a=b=c", "q", "&", "=", "q=" + wire() + "#" + wire(), "%3D%26=%26%3D"});
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      b.append(i == 0 ? "" : "&").append(pick(QUERY_NAMES)).append('=').append(wire());
    }
    return b.toString();
  }

  private HostileRequest queryRequest() {
    return HostileRequest.get("query", pick(QUERY_ROUTES) + "?" + queryString());
  }

  private HostileRequest otherMethod() {
    String target = r.nextBoolean() ? pick(QUERY_ROUTES) + "?" + queryString() : String.format(java.util.Locale.ROOT, pick(PATH_ROUTES), wire());
    String m = pick(METHODS);
    return HostileRequest.of("method", m, target, Map.of("Cookie", "jiken_session={{SESSION}}",
        "Authorization", "Bearer {{TOKEN}}"), m.equals("POST") || m.equals("PUT") || m.equals("PATCH") ? value() : null);
  }

  private HostileRequest extract() {
    String body = switch (r.nextInt(12)) {
      case 0 -> "";
      case 1 -> pick(new String[] {"null", "\"text\"", "1", "[]", "{}", "true", " \n ", "[null]", "[[]]", "{\"text\":null}"});
      case 2 -> "[".repeat(1 + r.nextInt(5000));
      case 3 -> "{\"text\":".repeat(1 + r.nextInt(3000)) + "\"x\"" + "}".repeat(r.nextInt(3000));
      case 4 -> "{\"text\":" + pick(new String[] {"1", "[]", "{}", "true", "1e999", "-0", "\"\\ud800\""}) + ",\"published\":"
          + pick(new String[] {"1", "\"2025-13-40\"", "\"令和7年\"", "null", "[]", "\"" + "9".repeat(50) + "\""}) + "}";
      case 5 -> "[" + "{\"text\":\"a\"},".repeat(r.nextInt(5000)) + "{}]";
      case 6 -> "{\"text\":\"" + jsonEscape(value()) + "\",\"title\":\"" + jsonEscape(value()) + "\",\"id\":"
          + pick(new String[] {"1", "\"x\"", "[1]", "1.5", "99999999999999999999999999999999999999999"}) + "}";
      case 7 -> "{\"text\":\"" + "\\u".repeat(1 + r.nextInt(10)) + "\"}";
      case 8 -> "{\"text\":\"x\"}" + pick(new String[] {"garbage", "{}", ",", "]"});
      case 9 -> new String(randomBytes(1 + r.nextInt(2000)), StandardCharsets.ISO_8859_1);
      case 10 -> "{\"text\":\"" + "0".repeat(r.nextInt(60_000)) + "件 " + "令和".repeat(r.nextInt(5000)) + "\"}";
      default -> "{\"text\":\"" + jsonEscape(value()) + "\"}";
    };
    String target = "/api/extract" + (r.nextInt(4) == 0 ? "?provenance=" + wire() : "");
    return HostileRequest.of("extract", "POST", target, Map.of("Content-Type", pick(CONTENT_TYPES)), body);
  }

  private HostileRequest login() {
    List<String> fields = new ArrayList<>();
    if (r.nextBoolean()) {
      fields.add("_csrf=" + (r.nextBoolean() ? "{{LOGIN_CSRF}}" : wire()));
    }
    fields.add("name=" + (r.nextInt(3) == 0 ? "wendy" : form(value())));
    fields.add("password=" + form(value()));
    if (r.nextBoolean()) {
      fields.add("next=" + wire());
    }
    String cookie = r.nextBoolean() ? "jiken_pre={{PRE}}" : "jiken_pre=" + wire();
    return HostileRequest.of("login", "POST", r.nextInt(5) == 0 ? "/login?next=" + wire() : "/login",
        Map.of("Cookie", cookie, "Content-Type", pick(CONTENT_TYPES)), String.join("&", fields));
  }

  private HostileRequest writerForm() {
    String id = r.nextInt(4) == 0 ? wire() : "{{CASE}}";
    String action = r.nextInt(10) == 0 ? wire() : pick(FORM_ACTIONS);
    String body = formBody();
    boolean admin = r.nextInt(6) == 0;
    String target = admin ? "/admin/audit/" + (r.nextBoolean() ? Integer.toString(r.nextInt(30)) : wire()) + "/revert"
        : "/cases/" + id + "/edit/" + action;
    String session = admin ? "{{ADMIN_SESSION}}" : "{{SESSION}}";
    if (admin) {
      body = "_csrf={{ADMIN_CSRF}}&" + body;
    }
    return HostileRequest.of("form", "POST", target, Map.of("Cookie", "jiken_session=" + session,
        "Content-Type", pick(CONTENT_TYPES), "Origin", r.nextInt(8) == 0 ? "https://evil.example" : "http://127.0.0.1:{{PORT}}"),
        body);
  }

  private String formBody() {
    if (r.nextInt(8) == 0) {
      return "--jkb\r\nContent-Disposition: form-data; name=\"" + pick(FORM_FIELDS) + "\"\r\n\r\n" + value()
          + (r.nextBoolean() ? "\r\n--jkb--\r\n" : "");
    }
    List<String> fields = new ArrayList<>();
    if (r.nextInt(6) != 0) {
      fields.add("_csrf={{CSRF}}");
    }
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      fields.add(pick(FORM_FIELDS) + "=" + (r.nextBoolean() ? form(value()) : wire()));
    }
    return String.join("&", fields);
  }

  private HostileRequest writerApi() {
    String id = r.nextInt(4) == 0 ? wire() : "{{CASE}}";
    boolean links = r.nextBoolean();
    String body;
    if (r.nextInt(5) == 0) {
      body = pick(new String[] {"", "null", "[]", "{", "{\"tag\":1}", "{\"tag\":[\"a\"]}", "{\"to\":{}}", "\"tag\"",
          "{\"tag\":\"a\"}x", "[".repeat(3000), "{\"tag\":\"" + "あ".repeat(200_000) + "\"}"});
    } else if (links) {
      body = "{\"to\":\"" + (r.nextBoolean() ? "{{CASE}}" : jsonEscape(value())) + "\",\"kind\":\""
          + jsonEscape(r.nextBoolean() ? pick(new String[] {"related", "vendor_of"}) : value()) + "\",\"reason\":\""
          + jsonEscape(value()) + "\"}";
    } else {
      body = "{\"tag\":\"" + jsonEscape(value()) + "\"}";
    }
    String method = links ? "POST" : (r.nextBoolean() ? "POST" : "DELETE");
    return HostileRequest.of("api-write", method, "/api/cases/" + id + (links ? "/links" : "/tags"),
        Map.of("Authorization", r.nextInt(10) == 0 ? "Bearer " + wire() : "Bearer {{TOKEN}}",
            "Content-Type", pick(CONTENT_TYPES)), body);
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String form(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** JSON string content; control characters and every surrogate (lone ones too) as {@code \\uXXXX} escapes. */
  static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
