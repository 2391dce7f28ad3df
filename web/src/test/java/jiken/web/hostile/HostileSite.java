package jiken.web.hostile;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.WebFixture;
import jiken.web.auth.UserStore;

/**
 * A real server on a random loopback port over {@link WebFixture}'s data plus one case whose
 * every crawled field carries markup, with a writer
 * ({@code wendy}, API token and logged-in session) and an admin ({@code ada}, session), so hostile
 * requests can get past authentication and reach each route's own validation. Values for the
 * placeholders of {@link HostileRequest}: {@code {{CASE}}}, {@code {{TOKEN}}}, {@code {{SESSION}}},
 * {@code {{CSRF}}}, {@code {{ADMIN_SESSION}}}, {@code {{ADMIN_CSRF}}}, {@code {{PRE}}},
 * {@code {{LOGIN_CSRF}}}, {@code {{PORT}}}, {@code {{MARKUP_CASE}}}.
 */
final class HostileSite implements AutoCloseable {
  static final String PASSWORD = "hostile-fixture-pw-01";
  static final String CANARY_HTML = "<" + HostileInputs.CANARY + ">";
  static final String MARKUP_ORG = CANARY_HTML + "商事\"'&";
  static final String MARKUP_TITLE = "\"><" + HostileInputs.CANARY + " x='1'>株式会社に不正アクセス</title><script>alert(2)</script>";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final WebContext web;
  final Javalin app;
  final RawHttp http;
  final Map<String, String> values = new LinkedHashMap<>();

  HostileSite(Path dir) {
    WebFixture.build(dir);
    addMarkupCase(dir);
    try (WebContext setup = new WebContext(dir, false)) {
      UserStore users = new UserStore(setup.db());
      users.add("wendy", "writer", PASSWORD);
      users.add("ada", "admin", PASSWORD);
      values.put("TOKEN", users.issueToken("wendy"));
      values.put("CASE", setup.cases().all().get(0).id());
      values.put("MARKUP_CASE", setup.cases().all().stream().filter(c -> c.title().contains(HostileInputs.CANARY))
          .findFirst().orElseThrow().id());
    }
    web = new WebContext(dir, false);
    web.setReady(true, "ready");
    app = App.create(web).start("127.0.0.1", 0);
    http = new RawHttp(app.port());
    values.put("PORT", Integer.toString(app.port()));
    login("wendy", "SESSION", "CSRF");
    login("ada", "ADMIN_SESSION", "ADMIN_CSRF");
    RawHttp.Response form = http.send("GET", "/login", Map.of(), null);
    values.put("PRE", cookie(form, "jiken_pre"));
    values.put("LOGIN_CSRF", csrf(form.body()));
  }

  /**
   * One more crawled article whose every field carries markup: title, text, organisation name,
   * data type and system labels (what a hostile news page or a bad extraction could produce).
   */
  private static void addMarkupCase(Path dir) {
    String text = MARKUP_ORG + "は7月30日、" + CANARY_HTML + "サーバーへの不正アクセスを公表した。<img src=x onerror=alert(1)>";
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      new DocumentStore(db).upsert(new CrawledDocument(0, "http://news.test/x1", "http://news.test/x1", "hostile-news",
          Instant.parse("2026-03-02T00:00:00Z"), 200, "UTF-8", MARKUP_TITLE, LocalDate.of(2025, 8, 1), text,
          Integer.toHexString(text.hashCode()), 0, null, List.of()));
      Provenance p = new Provenance(0, 4, text.substring(0, 20));
      Extraction x = new Extraction("x", List.of(new OrgFact(MARKUP_ORG, "victim", List.of(), p)),
          List.of(new LabelFact("unauthorized_access", "unauthorized_access", p)),
          List.of(new DateFact("2025-07-30", "2025-07-30", DatePrecision.DAY, "disclosed", p)),
          new CountFact("500件", 500L, p), List.of(new LabelFact("personal_info", CANARY_HTML + "個人情報", p)),
          List.of(new LabelFact(CANARY_HTML, CANARY_HTML, p)));
      new CaseIndexer(db, in -> x).run(index);
    }
  }

  int port() {
    return app.port();
  }

  private void login(String name, String sessionKey, String csrfKey) {
    RawHttp.Response form = http.send("GET", "/login", Map.of(), null);
    String pre = cookie(form, "jiken_pre");
    String body = "_csrf=" + csrf(form.body()) + "&name=" + name + "&password=" + PASSWORD;
    RawHttp.Response res = http.send("POST", "/login", Map.of("Cookie", "jiken_pre=" + pre,
        "Content-Type", "application/x-www-form-urlencoded"), body.getBytes(StandardCharsets.UTF_8));
    String session = cookie(res, "jiken_session");
    if (res.status() != 303 || session.isEmpty()) {
      throw new IllegalStateException("fixture login failed: " + res.status());
    }
    values.put(sessionKey, session);
    values.put(csrfKey, csrf(http.send("GET", "/login", Map.of("Cookie", "jiken_session=" + session), null).body()));
  }

  /** The cookie's value from a response's {@code Set-Cookie} headers (merged with ", "). */
  static String cookie(RawHttp.Response res, String name) {
    Matcher m = Pattern.compile("(?:^|, )" + name + "=([^;]*)").matcher(res.header("Set-Cookie"));
    return m.find() ? m.group(1) : "";
  }

  static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF field in the page");
    }
    return m.group(1);
  }

  @Override
  public void close() {
    app.stop();
    web.close();
  }
}
