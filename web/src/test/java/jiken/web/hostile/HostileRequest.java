package jiken.web.hostile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import jiken.indexer.Json;

/**
 * One hostile request, as stored in {@code src/test/resources/regressions/*.json}: method, raw
 * request target (sent byte for byte, so it may hold {@code %zz} or {@code ..%2F}), headers and
 * body. {@code {{NAME}}} placeholders are filled from {@link HostileSite#values} when sent, so a
 * stored request keeps working against a fresh server; {@code {{FILL}}} in the body becomes
 * {@code fill_unit} repeated {@code fill_times} times (how a 6 MB body is stored in a few bytes).
 * {@code expect}, when set, is the exact status the replay must get.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HostileRequest(String note, String method, String target, Map<String, String> headers, String body,
    @JsonProperty("fill_unit") String fillUnit, @JsonProperty("fill_times") Integer fillTimes, Integer expect) {

  HostileRequest {
    headers = headers == null ? Map.of() : headers;
  }

  static HostileRequest get(String note, String target) {
    return new HostileRequest(note, "GET", target, Map.of(), null, null, null, null);
  }

  static HostileRequest of(String note, String method, String target, Map<String, String> headers, String body) {
    return new HostileRequest(note, method, target, headers, body, null, null, null);
  }

  HostileRequest filled(String unit, int times) {
    return new HostileRequest(note, method, target, headers, body, unit, times, expect);
  }

  RawHttp.Response send(HostileSite site) {
    Map<String, String> h = new LinkedHashMap<>();
    headers.forEach((k, v) -> h.put(k, fill(v, site)));
    byte[] bytes = null;
    if (body != null) {
      String b = fill(body, site);
      if (fillUnit != null && fillTimes != null) {
        b = b.replace("{{FILL}}", fillUnit.repeat(fillTimes));
      }
      bytes = b.getBytes(StandardCharsets.UTF_8);
    }
    return site.http.send(method, fill(target, site), h, bytes);
  }

  private static String fill(String s, HostileSite site) {
    if (s == null || !s.contains("{{")) {
      return s;
    }
    String out = s;
    for (Map.Entry<String, String> e : site.values.entrySet()) {
      out = out.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return out;
  }

  static HostileRequest read(Path file) {
    try {
      return Json.MAPPER.readValue(Files.readAllBytes(file), HostileRequest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable regression file " + file, e);
    }
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    String t = target.length() > 200 ? target.substring(0, 200) + "…(" + target.length() + ")" : target;
    String b = body == null ? "" : " body=" + (body.length() > 200 ? body.substring(0, 200) + "…(" + body.length() + ")" : body);
    return note + ": " + method + " " + t + " " + headers.keySet() + b + (fillUnit == null ? "" : " +fill×" + fillTimes);
  }
}
