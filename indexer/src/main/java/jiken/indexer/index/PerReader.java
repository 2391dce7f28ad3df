package jiken.indexer.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;

/**
 * State derived from one index reader, kept for the two newest readers: a warmer builds it for the
 * reader about to be published while requests still search the previous one, and neither evicts
 * the other (with a single slot, each side would rebuild what the other just built). Thread-safe.
 */
final class PerReader<T> {
  /** Builds the state of a reader; may return null (then it is built again next time). */
  @FunctionalInterface
  interface Builder<T> {
    T build(IndexReader reader) throws IOException;
  }

  private record Slot<T>(IndexReader reader, T value) {}

  private final Builder<T> builder;
  private volatile Slot<T> newest;
  private volatile Slot<T> previous;

  PerReader(Builder<T> builder) {
    this.builder = builder;
  }

  T get(IndexReader reader) throws IOException {
    T v = find(reader);
    if (v != null) {
      return v;
    }
    synchronized (this) {
      v = find(reader);
      if (v == null) {
        v = builder.build(reader);
        if (v != null) {
          previous = newest;
          newest = new Slot<>(reader, v);
        }
      }
      return v;
    }
  }

  private T find(IndexReader reader) {
    Slot<T> s = newest;
    if (s != null && s.reader == reader) {
      return s.value;
    }
    s = previous;
    return s != null && s.reader == reader ? s.value : null;
  }
}
