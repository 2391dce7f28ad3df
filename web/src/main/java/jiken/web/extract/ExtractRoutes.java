package jiken.web.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.ExtractionJson;

/**
 * {@code POST /api/extract}: the extraction contract of DESIGN.md over HTTP. The body is one input
 * object {@code {"id","url","title","text","published"}} or a JSON array of up to
 * {@value #MAX_ARTICLES} of them; the answer is one output object, or an array in input order.
 * {@code ?provenance=true} adds each fact's span and sentence.
 *
 * <p>Limits, each answered with {@code {"error": "..."}} and never a 5xx: a body over
 * {@value #MAX_BODY} bytes → 413; {@code text} over {@value #MAX_TEXT} characters → 413; an empty
 * body, invalid JSON, nesting deeper than {@value #MAX_DEPTH}, a wrong type ({@code text} not a
 * string, {@code published} not an ISO date or null) or more than {@value #MAX_ARTICLES} articles →
 * 400; extraction that does not finish within the request's time budget → 413 (send fewer or
 * shorter articles). Extraction runs on a small bounded pool so slow requests cannot take every
 * server thread. Thread-safe.
 */
public final class ExtractRoutes {
  static final int MAX_BODY = 1_000_000;
  static final int MAX_TEXT = 200_000;
  static final int MAX_ARTICLES = 100;
  static final int MAX_DEPTH = 8;
  static final long BUDGET_MILLIS = 10_000;
  private static final String TOO_LONG = " is longer than ";

  /** Strict parsing limits for untrusted bodies: shallow nesting, bounded strings and numbers. */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_BODY).maxNumberLength(40).build())
      .build())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
  private static final ThreadPoolExecutor POOL = pool();

  private ExtractRoutes() {}

  public static void register(JavalinDefaultRoutingApi routes) {
    routes.post("/api/extract", ExtractRoutes::handle);
  }

  static void handle(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > MAX_BODY) {
      error(ctx, 413, "body larger than " + MAX_BODY + " bytes");
      return;
    }
    byte[] body;
    try {
      body = ctx.bodyAsBytes();
    } catch (RuntimeException e) {
      // Javalin refuses bodies over its maxRequestSize while reading them
      error(ctx, 413, "body larger than " + MAX_BODY + " bytes");
      return;
    }
    if (body.length > MAX_BODY) {
      error(ctx, 413, "body larger than " + MAX_BODY + " bytes");
      return;
    }
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      error(ctx, 400, "empty body: send an article object or an array of them");
      return;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      error(ctx, 400, "invalid JSON: " + e.getOriginalMessage());
      return;
    } catch (java.io.IOException | RuntimeException e) {
      error(ctx, 400, "invalid JSON");
      return;
    }
    List<ArticleInput> inputs = new ArrayList<>();
    String problem = inputs(root, inputs);
    if (problem != null) {
      error(ctx, problem.contains(TOO_LONG) ? 413 : 400, problem);
      return;
    }
    boolean provenance = "true".equalsIgnoreCase(ctx.queryParam("provenance"));
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (ArticleInput in : inputs) {
      Future<JsonNode> f = null;
      try {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException();
        }
        f = POOL.submit(() -> ExtractionJson.toJson(EXTRACTOR.extract(in), provenance));
        out.add(f.get(left, TimeUnit.NANOSECONDS));
      } catch (TimeoutException e) {
        if (f != null) {
          f.cancel(true);
        }
        error(ctx, 413, "extraction did not finish within " + BUDGET_MILLIS + " ms: send fewer or shorter articles");
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error(ctx, 503, "interrupted");
        return;
      } catch (ExecutionException | RejectedExecutionException e) {
        // a full queue or a failed task is the server's state, not the caller's input
        error(ctx, 503, "extraction unavailable, retry later");
        return;
      }
    }
    ctx.json(root.isArray() ? out : out.get(0));
  }

  /** Fills {@code out} from the body; returns what is wrong with it, or {@code null}. */
  static String inputs(JsonNode root, List<ArticleInput> out) {
    if (root == null || root.isMissingNode()) {
      return "empty body: send an article object or an array of them";
    }
    if (root.isObject()) {
      String p = check(root, "");
      if (p == null) {
        out.add(ExtractionJson.toInput(root));
      }
      return p;
    }
    if (!root.isArray()) {
      return "body must be an article object or an array of them";
    }
    if (root.isEmpty()) {
      return "empty array: send at least one article";
    }
    if (root.size() > MAX_ARTICLES) {
      return "at most " + MAX_ARTICLES + " articles per request, got " + root.size();
    }
    for (int i = 0; i < root.size(); i++) {
      JsonNode a = root.get(i);
      if (!a.isObject()) {
        return "element " + i + " is not an article object";
      }
      String p = check(a, " of element " + i);
      if (p != null) {
        return p;
      }
      out.add(ExtractionJson.toInput(a));
    }
    return null;
  }

  /** The contract's field types: {@code text} a string; the others strings (id also a number) or null. */
  private static String check(JsonNode a, String where) {
    JsonNode text = a.get("text");
    if (text == null || !text.isTextual()) {
      return "text" + where + " must be a string";
    }
    if (text.asText().length() > MAX_TEXT) {
      return "text" + where + TOO_LONG + MAX_TEXT + " characters";
    }
    JsonNode id = a.get("id");
    if (id != null && !id.isNull() && !id.isTextual() && !id.isIntegralNumber()) {
      return "id" + where + " must be a string";
    }
    for (String f : new String[] {"url", "title"}) {
      JsonNode v = a.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) {
        return f + where + " must be a string or null";
      }
      if (v != null && v.isTextual() && v.asText().length() > MAX_TEXT) {
        return f + where + " is too long";
      }
    }
    JsonNode published = a.get("published");
    if (published != null && !published.isNull() && ExtractionJson.date(published) == null) {
      return "published" + where + " must be an ISO date (YYYY-MM-DD) or null";
    }
    return null;
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  private static ThreadPoolExecutor pool() {
    AtomicInteger n = new AtomicInteger();
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ThreadPoolExecutor p = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(1_000), r -> {
          Thread t = new Thread(r, "extract-api-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    p.allowCoreThreadTimeOut(true);
    return p;
  }
}
