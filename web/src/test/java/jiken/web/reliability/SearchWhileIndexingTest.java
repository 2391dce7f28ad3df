package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import jiken.indexer.Json;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} keeps answering while {@code index} writes (SQLite busy never reaches a user, the
 * Lucene reader is refreshed safely), and what the index run adds becomes searchable without a
 * restart.
 */
class SearchWhileIndexingTest {
  @TempDir Path tmp;

  @Test
  void searches_succeed_during_an_index_run_and_see_its_cases_afterwards() throws Exception {
    Path dir = tmp.resolve("data");
    List<String> all = SyntheticArticles.jsonl(900, 3);
    Path first = tmp.resolve("first.jsonl");
    Path rest = tmp.resolve("rest.jsonl");
    Files.write(first, all.subList(0, 100), StandardCharsets.UTF_8);
    Files.write(rest, all.subList(100, all.size()), StandardCharsets.UTF_8);
    assertThat(Main.commandLine().execute("import", "--jsonl", first.toString(), "--data-dir", dir.toString())).isZero();
    assertThat(Main.commandLine().execute("index", "--data-dir", dir.toString())).isZero();
    assertThat(Main.commandLine().execute("import", "--jsonl", rest.toString(), "--data-dir", dir.toString())).isZero();

    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      Javalin app = App.create(web).start("127.0.0.1", 0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        // all cases: the new articles open new cases (other organisations and months), so the total grows
        String url = "http://127.0.0.1:" + app.port() + "/api/search?q=" + URLEncoder.encode("", StandardCharsets.UTF_8);
        long before = total(http, url);
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Integer> indexing = CompletableFuture.supplyAsync(() -> {
          try {
            return Main.commandLine().execute("index", "--data-dir", dir.toString());
          } finally {
            done.set(true);
          }
        });
        List<Integer> statuses = new ArrayList<>();
        while (!done.get()) {
          statuses.add(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
          statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/cases/none-such"))
              .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertThat(indexing.get()).isZero();
        assertThat(statuses).isNotEmpty().allMatch(s -> s == 200 || s == 404);
        // near-real-time, not instant: the server checks the commit point at most every 100 ms
        long after = before;
        for (int i = 0; i < 50 && after <= before; i++) {
          Thread.sleep(100);
          after = total(http, url);
        }
        System.out.println("search while indexing: " + statuses.size() + " requests, all 2xx/404; cases " + before + " → " + after);
        assertThat(after).as("new cases visible without restart").isGreaterThan(before);
      } finally {
        app.stop();
      }
    }
  }

  private static long total(HttpClient http, String url) throws Exception {
    String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    return Json.MAPPER.readTree(body).get("total").asLong();
  }
}
