package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.crawler.store.Database;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.CaseStore;
import jiken.indexer.cases.EditorialChange;
import jiken.web.auth.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code jiken serve} while a writer's edits are being committed. A child JVM serves a
 * copy of a synthetic data directory; a writer adds tags and links (API, bearer token), corrects
 * titles and merges cases (forms, browser session and CSRF token) one after another, and the
 * child is SIGKILLed at a random moment (0–800 ms after its first acknowledged edit), {@value #ROUNDS}
 * times over. After a last restart every
 * planned edit is either whole (its rows, the case record, its audit entry) or absent, every edit
 * the server acknowledged is whole, no merge is half done, the Lucene index holds exactly the
 * SQLite case records (same ids, titles and tags), the database passes {@code integrity_check}
 * and the writer's session from before the kills still works.
 */
class KillEditTest {
  static final int ROUNDS = 4;
  static final String PASSWORD = "kill-edit-fixture-pw";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @TempDir Path tmp;

  /** One planned edit; {@code outcome} is set by the client: acknowledged, refused, or unknown (in flight at the kill). */
  static final class Edit {
    final String kind;
    final String a;
    final String b;
    final String marker;
    volatile String outcome = "not sent";

    Edit(String kind, String a, String b, String marker) {
      this.kind = kind;
      this.a = a;
      this.b = b;
      this.marker = marker;
    }

    @Override
    public String toString() {
      return kind + " " + a + (b == null ? "" : " " + b) + " " + marker + " → " + outcome;
    }
  }

  @Test
  void serve_killed_during_writer_edits_leaves_each_edit_whole_or_absent() throws Exception {
    Path dir = LoadCorpus.build(tmp.resolve("data"), 600, 17);
    List<String> ids = new ArrayList<>(LoadCorpus.caseIds(dir));
    String token;
    try (Database db = Database.open(dir)) {
      UserStore users = new UserStore(db);
      users.add("wendy", "writer", PASSWORD);
      token = users.issueToken("wendy");
    }
    Collections.shuffle(ids, new Random(17));
    Map<String, List<Long>> membersBefore = members(dir);
    ConcurrentLinkedQueue<Edit> plan = plan(ids);
    List<Edit> all = new ArrayList<>(plan);
    Random r = new Random(20261121);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String session = null;
    int killedInFlight = 0;
    for (int round = 0; round < ROUNDS && !plan.isEmpty(); round++) {
      int port = freePort();
      Process serve = KillReindexTest.ProcessChild.jvm("serve", "--host", "127.0.0.1", "--port", Integer.toString(port),
          "--data-dir", dir.toString());
      try {
        String base = "http://127.0.0.1:" + port;
        waitReady(http, base);
        if (session == null) {
          session = login(http, base);
        }
        String csrf = csrf(get(http, base + "/login", session).body());
        AtomicBoolean stop = new AtomicBoolean();
        String s = session;
        Edit[] current = new Edit[1];
        java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
        Thread client = new Thread(() -> {
          Edit e;
          while (!stop.get() && (e = plan.poll()) != null) {
            current[0] = e;
            e.outcome = "unknown";
            e.outcome = send(http, base, token, s, csrf, e);
            if (e.outcome.startsWith("acknowledged")) {
              acknowledged.incrementAndGet();
            }
          }
        }, "kill-edit-client");
        client.start();
        // the first edit of a fresh JVM is slow (class loading, JIT); kill at a random moment after it
        long firstDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.get() == 0 && client.isAlive() && System.nanoTime() < firstDeadline) {
          Thread.sleep(5);
        }
        Thread.sleep(r.nextInt(800));
        serve.destroyForcibly(); // SIGKILL
        serve.waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        client.join(30_000);
        if (current[0] != null && "unknown".equals(current[0].outcome)) {
          killedInFlight++;
        }
      } finally {
        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }

    int port = freePort();
    Process serve = KillReindexTest.ProcessChild.jvm("serve", "--host", "127.0.0.1", "--port", Integer.toString(port),
        "--data-dir", dir.toString());
    try {
      String base = "http://127.0.0.1:" + port;
      waitReady(http, base);
      Map<String, String> problems = new TreeMap<>();
      int whole = 0;
      for (Edit e : all) {
        boolean[] state = state(dir, e, membersBefore);
        boolean audited = state[0];
        boolean applied = state[1];
        boolean consistent = state[2];
        if (!consistent || audited != applied) {
          problems.put(e.marker, "half applied: audit=" + audited + " applied=" + applied + " consistent=" + consistent + " " + e);
        }
        if (e.outcome.startsWith("acknowledged") && !applied) {
          problems.put(e.marker, "acknowledged but lost: " + e);
        }
        if (!e.outcome.startsWith("acknowledged") && !e.outcome.equals("unknown") && applied) {
          problems.put(e.marker, "refused or never sent but applied: " + e);
        }
        whole += applied ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "kill-edit: %d edits planned, %d applied, %d acknowledged, %d kills with an edit in flight%n",
          all.size(), whole, all.stream().filter(e -> e.outcome.startsWith("acknowledged")).count(), killedInFlight);
      assertThat(problems).as("edits after %d kills", ROUNDS).isEmpty();
      assertThat(whole).as("some edits were applied").isPositive();
      assertThat(killedInFlight).as("at least one kill hit an edit in flight").isPositive();

      Map<String, String> lucene = indexView(http, base);
      Map<String, String> sqlite = sqliteView(dir);
      Map<String, String> differ = new TreeMap<>();
      for (String id : new TreeSet<>(union(lucene.keySet(), sqlite.keySet()))) {
        if (!java.util.Objects.equals(lucene.get(id), sqlite.get(id))) {
          differ.put(id, "SQLite: " + sqlite.get(id) + " / Lucene: " + lucene.get(id));
        }
      }
      assertThat(differ).as("cases where Lucene and SQLite disagree (of %d)", sqlite.size()).isEmpty();
      assertThat(lucene).hasSameSizeAs(sqlite);
      try (Database db = Database.open(dir); Connection c = db.connection();
          PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
      // the session from before the kills still identifies the writer (the sessions table survived intact)
      HttpResponse<String> page = get(http, base + "/login", session);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("wendy").contains("としてログインしています");
      assertThat(get(http, base + "/healthz", null).statusCode()).isEqualTo(200);
    } finally {
      serve.destroy();
      if (!serve.waitFor(10, TimeUnit.SECONDS)) {
        serve.destroyForcibly().waitFor();
      }
    }
  }

  /** Tags, links, title corrections and merges on disjoint cases, interleaved, so each edit's effect is checkable alone. */
  private static ConcurrentLinkedQueue<Edit> plan(List<String> ids) {
    ConcurrentLinkedQueue<Edit> q = new ConcurrentLinkedQueue<>();
    int next = 0;
    for (int i = 0; i < 60 && next + 2 <= ids.size(); i++) {
      switch (i % 4) {
        case 0 -> q.add(new Edit("tag", ids.get(next++), null, "killtag-" + i));
        case 1 -> q.add(new Edit("link", ids.get(next++), ids.get(next++), "killlink-" + i));
        case 2 -> q.add(new Edit("correct", ids.get(next++), null, "KILLFIX" + i + " 編集部が訂正した見出し"));
        default -> q.add(new Edit("merge", ids.get(next++), ids.get(next++), "merge-" + i));
      }
    }
    return q;
  }

  private static String send(HttpClient http, String base, String token, String session, String csrf, Edit e) {
    try {
      HttpRequest.Builder b;
      switch (e.kind) {
        case "tag" -> b = api(base + "/api/cases/" + e.a + "/tags", token, Map.of("tag", e.marker));
        case "link" -> b = api(base + "/api/cases/" + e.a + "/links", token,
            Map.of("to", e.b, "kind", "related", "reason", e.marker));
        case "correct" -> b = form(base + "/cases/" + e.a + "/edit/correct", session,
            Map.of("_csrf", csrf, "field", "title", "key", "", "value", e.marker));
        default -> b = form(base + "/cases/" + e.a + "/edit/merge", session, Map.of("_csrf", csrf, "other", e.b));
      }
      HttpResponse<String> res = http.send(b.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return res.statusCode() < 400 ? "acknowledged " + res.statusCode() : "refused " + res.statusCode() + " " + res.body();
    } catch (IOException ex) {
      return "unknown";
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static HttpRequest.Builder api(String uri, String token, Map<String, String> body) throws IOException {
    return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
  }

  private static HttpRequest.Builder form(String uri, String session, Map<String, String> fields) {
    StringBuilder s = new StringBuilder();
    fields.forEach((k, v) -> s.append(s.length() == 0 ? "" : "&").append(k).append('=').append(enc(v)));
    return HttpRequest.newBuilder(URI.create(uri)).header("Cookie", "jiken_session=" + session)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(s.toString(), StandardCharsets.UTF_8));
  }

  /**
   * {audited, applied, consistent} for one edit, read from SQLite: is there an audit entry, is
   * the change in the tables, and do the record and the rows agree (a merge moved every article
   * and left a redirect and no row; a tag or title is in the record exactly when in its table).
   */
  private static boolean[] state(Path dir, Edit e, Map<String, List<Long>> before) throws SQLException {
    try (Database db = Database.open(dir); Connection c = db.connection()) {
      CaseStore cases = new CaseStore(db);
      switch (e.kind) {
        case "tag" -> {
          boolean audited = exists(c, "SELECT 1 FROM audit_log WHERE action = ? AND case_id = ? AND after_json LIKE ?",
              EditorialChange.TAG_ADD, e.a, "%" + e.marker + "%");
          boolean row = exists(c, "SELECT 1 FROM case_tags WHERE case_id = ? AND tag = ? AND source = 'editor'", e.a, e.marker);
          boolean inRecord = cases.get(e.a).map(CaseRecord::tags).orElse(List.of()).contains(e.marker);
          return new boolean[] {audited, row, row == inRecord};
        }
        case "link" -> {
          boolean audited = exists(c, "SELECT 1 FROM audit_log WHERE action = ? AND case_id = ? AND after_json LIKE ?",
              EditorialChange.LINK, e.a, "%" + e.b + "%");
          boolean row = exists(c, "SELECT 1 FROM case_links WHERE from_case = ? AND to_case = ? AND kind = 'related'"
              + " AND source = 'editor' AND reason = ?", e.a, e.b, e.marker);
          return new boolean[] {audited, row, true};
        }
        case "correct" -> {
          boolean audited = exists(c, "SELECT 1 FROM audit_log WHERE action = ? AND case_id = ? AND after_json LIKE ?",
              EditorialChange.CORRECT, e.a, "%KILLFIX%");
          boolean row = exists(c, "SELECT 1 FROM editorial_overrides WHERE case_id = ? AND field = 'title' AND value = ?",
              e.a, e.marker);
          boolean inRecord = cases.get(e.a).map(CaseRecord::title).orElse("").equals(e.marker);
          return new boolean[] {audited, row, row == inRecord};
        }
        default -> {
          boolean audited = exists(c, "SELECT 1 FROM audit_log WHERE action = ? AND case_id = ? AND before_json LIKE ?",
              EditorialChange.MERGE, e.a, "%" + e.b + "%");
          boolean redirect = exists(c, "SELECT 1 FROM case_redirects WHERE old_id = ? AND new_id = ?", e.b, e.a);
          boolean absorbedRow = exists(c, "SELECT 1 FROM cases WHERE id = ?", e.b);
          List<Long> moved = before.getOrDefault(e.b, List.of());
          int inSurvivor = 0;
          for (long d : moved) {
            inSurvivor += exists(c, "SELECT 1 FROM case_documents WHERE document_id = ? AND case_id = ?", d, e.a) ? 1 : 0;
          }
          boolean merged = redirect && !absorbedRow && inSurvivor == moved.size();
          boolean untouched = !redirect && absorbedRow && inSurvivor == 0;
          return new boolean[] {audited, merged, merged || untouched};
        }
      }
    }
  }

  private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Map<String, List<Long>> members(Path dir) throws SQLException {
    Map<String, List<Long>> out = new HashMap<>();
    try (Database db = Database.open(dir); Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT case_id, document_id FROM case_documents");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
      }
    }
    return out;
  }

  /** Every case as SQLite holds it: id → title and sorted tags. */
  private static Map<String, String> sqliteView(Path dir) {
    Map<String, String> out = new TreeMap<>();
    try (Database db = Database.open(dir)) {
      for (CaseRecord r : new CaseStore(db).all()) {
        out.put(r.id(), r.title() + " " + new TreeSet<>(r.tags()));
      }
    }
    return out;
  }

  /** Every case as the search index returns it, paging through the empty query. */
  private static Map<String, String> indexView(HttpClient http, String base) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (int page = 1; page <= 100; page++) {
      HttpResponse<String> res = get(http, base + "/api/search?q=&size=100&facets=false&page=" + page, null);
      assertThat(res.statusCode()).isEqualTo(200);
      JsonNode hits = Json.MAPPER.readTree(res.body()).path("hits");
      for (JsonNode h : hits) {
        Set<String> tags = new TreeSet<>();
        h.path("tags").forEach(t -> tags.add(t.asText()));
        out.put(h.path("id").asText(), h.path("title").asText() + " " + tags);
      }
      if (hits.size() < 100) {
        break;
      }
    }
    return out;
  }

  private static String login(HttpClient http, String base) throws Exception {
    HttpResponse<String> form = get(http, base + "/login", null);
    String pre = cookie(form, "jiken_pre");
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Cookie", "jiken_pre=" + pre).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf(form.body())) + "&name=wendy&password=" + PASSWORD))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(res.statusCode()).as("login").isEqualTo(303);
    String session = cookie(res, "jiken_session");
    assertThat(session).isNotEmpty();
    return session;
  }

  private static String cookie(HttpResponse<?> res, String name) {
    for (String h : res.headers().allValues("Set-Cookie")) {
      if (h.startsWith(name + "=")) {
        return h.substring(name.length() + 1).split(";", 2)[0];
      }
    }
    return "";
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("CSRF field").isTrue();
    return m.group(1);
  }

  private static HttpResponse<String> get(HttpClient http, String uri, String session) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
    if (session != null) {
      b.header("Cookie", "jiken_session=" + session);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void waitReady(HttpClient http, String base) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      try {
        if (get(http, base + "/healthz", null).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not become ready at " + base);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
