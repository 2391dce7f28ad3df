package jiken.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import jiken.indexer.Json;
import jiken.web.App;
import jiken.web.WebContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The analyst exports on a real server: shapes, content types, validity and escaping. */
class ExportApiTest {
  static final Pattern STIX_ID = Pattern.compile("^[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  static final Pattern STIX_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$");
  @TempDir static Path dir;

  @BeforeAll
  static void data() {
    ExportFixture.build(dir);
  }

  interface Body {
    void run(WebContext web, HttpClient client) throws Exception;
  }

  static void serve(Body body) {
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> body.run(web, client));
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String header(io.javalin.testtools.Response res, String name) {
    List<String> values = res.headers().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The raw bytes of a response (the test client decodes bodies to strings, hiding a BOM). */
  static java.net.http.HttpResponse<byte[]> raw(HttpClient client, String path) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.getOrigin() + path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  static String idOf(HttpClient client, String q) throws Exception {
    JsonNode hits = Json.MAPPER.readTree(client.get("/api/search?q=" + enc(q)).body().string()).get("hits");
    assertThat(hits.size()).as("hits for " + q).isPositive();
    return hits.get(0).get("id").asText();
  }

  @Test
  void case_timeline_validates_against_the_published_schema() {
    serve((web, client) -> {
      var schemaRes = client.get("/api/schema/timeline.json");
      assertThat(schemaRes.code()).isEqualTo(200);
      assertThat(header(schemaRes, "Content-Type")).startsWith("application/schema+json");
      JsonNode schema = Json.MAPPER.readTree(schemaRes.body().string());
      assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      MiniSchema validator = new MiniSchema(schema);

      String id = idOf(client, "東西書店");
      var res = client.get("/api/cases/" + id + "/timeline");
      assertThat(res.code()).isEqualTo(200);
      assertThat(header(res, "Content-Type")).startsWith("application/json");
      JsonNode doc = Json.MAPPER.readTree(res.body().string());
      assertThat(validator.validate(doc)).isEmpty();
      JsonNode event = doc.get("events").get(0);
      assertThat(event.get("date").asText()).isEqualTo("2025-09-20");
      assertThat(event.get("case_id").asText()).isEqualTo(id);
      assertThat(event.get("source_url").asText()).isEqualTo("http://news.test/e2");

      // the validator is not a rubber stamp
      ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("precision", "week");
      ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("extra", 1);
      assertThat(validator.validate(doc)).hasSize(2);
    });
  }

  @Test
  void merged_timeline_is_ordered_and_valid_and_keeps_month_precision() {
    serve((web, client) -> {
      MiniSchema validator = new MiniSchema(Json.MAPPER.readTree(client.get("/api/schema/timeline.json").body().string()));
      JsonNode doc = Json.MAPPER.readTree(client.get("/api/timeline?q=").body().string());
      assertThat(validator.validate(doc)).isEmpty();
      assertThat(doc.get("cases").size()).isEqualTo(3);
      List<String> dates = new ArrayList<>();
      doc.get("events").forEach(e -> dates.add(e.get("date").asText()));
      assertThat(dates).isSorted().contains("2025-06", "2025-09-10", "2025-09-20");
      assertThat(doc.get("events").get(0).get("precision").asText()).isEqualTo("month");
      assertThat(Json.MAPPER.readTree(client.get("/api/timeline?q=" + enc("東西書店")).body().string())
          .get("cases").size()).isEqualTo(1);
    });
  }

  @Test
  void timelinejs_has_start_dates_and_escaped_html_text() {
    serve((web, client) -> {
      JsonNode doc = Json.MAPPER.readTree(client.get("/api/timeline?format=timelinejs").body().string());
      assertThat(doc.get("title").get("text").has("headline")).isTrue();
      JsonNode events = doc.get("events");
      assertThat(events.size()).isEqualTo(3);
      JsonNode month = events.get(0).get("start_date");
      assertThat(month.get("year").asInt()).isEqualTo(2025);
      assertThat(month.get("month").asInt()).isEqualTo(6);
      assertThat(month.has("day")).as("month precision has no day").isFalse();
      assertThat(events.get(2).get("start_date").get("day").asInt()).isEqualTo(20);
      for (JsonNode e : events) {
        assertThat(e.get("text").get("headline").asText()).doesNotContain("<script>");
        assertThat(e.get("text").get("text").asText()).isNotBlank();
      }
      assertThat(events.get(0).get("text").get("headline").asText()).contains("&lt;script&gt;");
    });
  }

  @Test
  void timesketch_is_jsonl_with_the_three_required_columns() {
    serve((web, client) -> {
      var res = client.get("/api/timeline?format=timesketch");
      assertThat(header(res, "Content-Type")).startsWith("application/x-ndjson");
      String[] lines = res.body().string().split("\n");
      assertThat(lines).hasSize(3);
      for (String line : lines) {
        JsonNode o = Json.MAPPER.readTree(line);
        assertThat(o.get("message").asText()).isNotBlank();
        assertThat(o.get("timestamp_desc").asText()).isNotBlank();
        assertThat(o.get("datetime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00");
      }
      assertThat(Json.MAPPER.readTree(lines[0]).get("datetime").asText()).isEqualTo("2025-06-01T00:00:00+09:00");
    });
  }

  @Test
  void stix_bundle_has_valid_ids_required_properties_and_stable_output() {
    serve((web, client) -> {
      String id = idOf(client, "東西書店");
      var res = client.get("/api/cases/" + id + "/stix");
      assertThat(res.code()).isEqualTo(200);
      assertThat(header(res, "Content-Type")).startsWith("application/stix+json");
      String body = res.body().string();
      assertThat(client.get("/api/cases/" + id + "/stix").body().string()).as("re-export is identical").isEqualTo(body);
      JsonNode bundle = Json.MAPPER.readTree(body);
      assertThat(bundle.get("type").asText()).isEqualTo("bundle");
      assertThat(bundle.get("id").asText()).matches(STIX_ID).startsWith("bundle--");
      Set<String> ids = new HashSet<>();
      Set<String> types = new HashSet<>();
      List<String> relTypes = new ArrayList<>();
      for (JsonNode o : bundle.get("objects")) {
        String type = o.get("type").asText();
        types.add(type);
        assertThat(o.get("id").asText()).matches(STIX_ID).startsWith(type + "--");
        assertThat(ids.add(o.get("id").asText())).as("unique id").isTrue();
        assertThat(o.get("spec_version").asText()).isEqualTo("2.1");
        assertThat(o.get("created").asText()).matches(STIX_TIME);
        assertThat(o.get("modified").asText()).matches(STIX_TIME);
        assertThat(o.get("modified").asText()).isGreaterThanOrEqualTo(o.get("created").asText());
        o.fieldNames().forEachRemaining(f -> assertThat(f).matches("[a-z0-9_]{3,250}|id"));
        switch (type) {
          case "incident" -> assertThat(o.get("name").asText()).contains("東西書店");
          case "identity" -> {
            assertThat(o.get("identity_class").asText()).isEqualTo("organization");
            assertThat(o.get("name").asText()).isNotBlank();
          }
          case "relationship" -> {
            relTypes.add(o.get("relationship_type").asText());
            assertThat(o.get("source_ref").asText()).startsWith("incident--");
            assertThat(o.get("target_ref").asText()).startsWith("identity--");
          }
          case "report" -> {
            assertThat(o.get("published").asText()).matches(STIX_TIME);
            assertThat(o.get("object_refs").size()).isPositive();
            assertThat(o.get("external_references").get(0).get("url").asText()).isEqualTo("http://news.test/e2");
          }
          default -> throw new AssertionError("unexpected type " + type);
        }
      }
      assertThat(types).containsExactlyInAnyOrder("incident", "identity", "relationship", "report");
      assertThat(relTypes).containsExactlyInAnyOrder("targets", "related-to");
      for (JsonNode o : bundle.get("objects")) {
        for (String ref : new String[] {"source_ref", "target_ref"}) {
          if (o.has(ref)) {
            assertThat(ids).contains(o.get(ref).asText());
          }
        }
        o.path("object_refs").forEach(r -> assertThat(ids).contains(r.asText()));
      }
    });
  }

  @Test
  void csv_has_bom_rfc4180_quoting_and_neutralised_formulas() {
    serve((web, client) -> {
      var res = raw(client, "/api/search.csv?q=");
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("utf-8");
      byte[] bytes = res.body();
      assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
      assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
      assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
      String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
      String[] rows = csv.split("\r\n");
      assertThat(rows).hasSize(4);
      assertThat(rows[0]).startsWith("id,title,");
      String hostile = java.util.Arrays.stream(rows).filter(r -> r.contains("HYPERLINK")).findFirst().orElseThrow();
      // quoted, the formula defused by a leading apostrophe, inner quotes doubled
      assertThat(hostile).contains(",\"'=HYPERLINK(\"\"http://evil.test\"\")");
      for (String row : rows) {
        for (String cell : row.split(",")) {
          assertThat(cell).doesNotStartWith("=").doesNotStartWith("\"=").doesNotStartWith("+").doesNotStartWith("@");
        }
      }
    });
  }

  @Test
  void atom_feed_is_well_formed_escaped_and_filtered_by_tag() {
    serve((web, client) -> {
      var res = raw(client, "/feeds/cases.atom");
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/atom+xml; charset=utf-8");
      byte[] xml = res.body();
      String text = new String(xml, StandardCharsets.UTF_8);
      assertThat(text).doesNotContain("<script>").contains("&lt;script&gt;");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
      assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
      assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
      NodeList entries = doc.getElementsByTagNameNS(AtomFeed.NS, "entry");
      assertThat(entries.getLength()).isEqualTo(3);
      boolean sawHostile = false;
      for (int i = 0; i < entries.getLength(); i++) {
        org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
        for (String child : new String[] {"id", "title", "updated", "summary", "link"}) {
          assertThat(e.getElementsByTagNameNS(AtomFeed.NS, child).getLength()).as(child).isPositive();
        }
        assertThat(e.getElementsByTagNameNS(AtomFeed.NS, "id").item(0).getTextContent()).startsWith("tag:jiken,2025:case:");
        String title = e.getElementsByTagNameNS(AtomFeed.NS, "title").item(0).getTextContent();
        sawHostile |= title.contains("<script>alert(1)</script> ]]> &amp;");
      }
      assertThat(sawHostile).as("the hostile title survives as text").isTrue();

      String tag = enc("誤送信・誤送付");
      var tagged = client.get("/feeds/cases.atom?tag=" + tag).body().string();
      assertThat(tagged.split("<entry>", -1)).hasSize(2);
    });
  }

  @Test
  void case_export_route_serves_every_format_as_a_download() {
    serve((web, client) -> {
      String id = idOf(client, "架空クラウド");
      for (ExportFormat f : ExportFormat.values()) {
        var res = client.get("/api/cases/" + id + "/export?format=" + f.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(res.code()).as(f.name()).isEqualTo(200);
        assertThat(header(res, "Content-Type").replace(" ", "")).isEqualTo(f.contentType().replace(" ", ""));
        assertThat(header(res, "Content-Disposition")).contains("attachment").contains(id);
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/cases/%3Cx%3E/timeline", "/api/cases/UPPER/stix", "/api/timeline?format=pdf",
      "/api/search.csv?page=-1", "/api/search.csv?limit=0", "/api/search.csv?limit=abc", "/feeds/cases.atom?year=20x5",
      "/api/cases/2099-01-none/export?format=docx"})
  void bad_parameters_get_a_400(String path) {
    serve((web, client) -> {
      var res = client.get(path);
      assertThat(res.code()).isEqualTo(400);
      assertThat(res.body().string()).doesNotContain("<x>");
    });
  }

  @Test
  void unknown_case_is_404() {
    serve((web, client) -> {
      assertThat(client.get("/api/cases/2099-01-nothing/timeline").code()).isEqualTo(404);
      assertThat(client.get("/api/cases/2099-01-nothing/stix").code()).isEqualTo(404);
    });
  }
}
