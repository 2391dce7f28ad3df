package jiken.indexer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps the lines of a reader on several threads and hands the results on in input order. At most
 * {@code window} lines are in flight, so memory stays bounded however large the file is.
 */
final class OrderedParallel {
  private OrderedParallel() {}

  /** One input line and its 1-based number. */
  record Line(long number, String text) {}

  /** A result sink that may fail with an I/O error. */
  @FunctionalInterface
  interface Sink<R> {
    void accept(R result) throws IOException;
  }

  static <R> void map(BufferedReader in, int threads, Function<Line, R> work, Sink<R> sink) throws IOException {
    int n = Math.max(1, threads);
    int window = n * 32;
    ExecutorService pool = Executors.newFixedThreadPool(n, new jiken.crawler.NamedThreads("jiken-extract"));
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      String text;
      long number = 0;
      while ((text = in.readLine()) != null) {
        Line line = new Line(++number, number == 1 ? Console.stripBom(text) : text);
        inFlight.add(pool.submit(() -> work.apply(line)));
        if (inFlight.size() >= window) {
          sink.accept(await(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      // work functions catch their own failures; anything else is a bug worth surfacing
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }
}
