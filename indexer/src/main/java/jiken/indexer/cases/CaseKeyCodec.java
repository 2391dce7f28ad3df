package jiken.indexer.cases;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jiken.indexer.Json;

/**
 * The stored form of a {@link CaseKey} ({@code case_keys.key}): a version byte, then the components
 * in declaration order — strings as a length and UTF-8, dates as epoch days, the sorted day, month
 * and count arrays as deltas, every integer a variable-length (zig-zag) number. An index run reads
 * every key at start-up (670,000 at 1,000,000 reports), and this form is about a third of the JSON's
 * size and several times quicker to read. Keys stored as JSON before it existed (they start with
 * {@code '{'}) are still read. Stateless; thread-safe.
 */
final class CaseKeyCodec {
  private static final int VERSION = 1;

  private CaseKeyCodec() {}

  static byte[] encode(CaseKey k) {
    Out out = new Out();
    out.bytes.write(VERSION);
    out.string(k.id());
    for (Set<String> set : List.of(k.orgs(), k.vendors(), k.systems(), k.types())) {
      out.strings(set);
    }
    out.date(k.first());
    out.date(k.last());
    out.string(k.unnamedVendor());
    out.date(k.firstReport());
    out.date(k.lastReport());
    out.sorted(k.days().length, i -> k.days()[i]);
    out.sorted(k.months().length, i -> k.months()[i]);
    out.sorted(k.counts().length, i -> k.counts()[i]);
    return out.bytes.toByteArray();
  }

  /**
   * The key {@code stored} holds, in this form or as JSON.
   *
   * @throws IllegalArgumentException when it holds neither (cut short, another version, not a key)
   */
  static CaseKey decode(byte[] stored) {
    return decode(stored, null);
  }

  /**
   * {@link #decode(byte[])}, taking names and dates (not ids) from {@code canon} when an equal one is
   * there and adding them otherwise, so that the keys of a whole base share one copy of each: most
   * cases name organisations, systems and types other cases name too. {@code canon} may be null
   * (nothing shared); a concurrent map may be shared by threads decoding at once.
   */
  static CaseKey decode(byte[] stored, java.util.Map<Object, Object> canon) {
    if (isJson(stored)) {
      try {
        return Json.MAPPER.readValue(stored, CaseKey.class);
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("unreadable JSON key: " + e.getMessage(), e);
      }
    }
    if (stored.length == 0 || stored[0] != VERSION) {
      throw new IllegalArgumentException("not a stored key of version " + VERSION);
    }
    try {
      In in = new In(stored, canon);
      String id = in.string();
      Set<String> orgs = in.strings();
      Set<String> vendors = in.strings();
      Set<String> systems = in.strings();
      Set<String> types = in.strings();
      LocalDate first = in.date();
      LocalDate last = in.date();
      String unnamed = in.shared(in.string());
      LocalDate firstReport = in.date();
      LocalDate lastReport = in.date();
      long[] days = in.sorted();
      long[] months = in.sorted();
      long[] counts = in.sorted();
      if (in.at != stored.length) {
        throw new IllegalArgumentException("trailing bytes in a stored key");
      }
      return new CaseKey(id, orgs, vendors, systems, types, first, last, unnamed, firstReport, lastReport,
          toInts(days), toInts(months), counts);
    } catch (ArrayIndexOutOfBoundsException | ArithmeticException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("stored key cut short or malformed (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Whether {@code stored} holds a key in JSON, as stored before this form existed. */
  static boolean isJson(byte[] stored) {
    return stored.length > 0 && stored[0] == '{';
  }

  private static int[] toInts(long[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.toIntExact(values[i]);
    }
    return out;
  }

  private static final class Out {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);

    void number(long v) {
      long z = (v << 1) ^ (v >> 63);
      while ((z & ~0x7FL) != 0) {
        bytes.write((int) ((z & 0x7F) | 0x80));
        z >>>= 7;
      }
      bytes.write((int) z);
    }

    /** Null as -1, else the length and the UTF-8 bytes. */
    void string(String s) {
      if (s == null) {
        number(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      number(b.length);
      bytes.write(b, 0, b.length);
    }

    void strings(Collection<String> set) {
      number(set.size());
      set.forEach(this::string);
    }

    /** Null as 0, else the epoch day plus one (a date before 1970 is negative: zig-zag). */
    void date(LocalDate d) {
      if (d == null) {
        number(0);
      } else {
        long day = d.toEpochDay();
        number(day >= 0 ? day + 1 : day);
      }
    }

    void sorted(int n, java.util.function.IntToLongFunction value) {
      number(n);
      long previous = 0;
      for (int i = 0; i < n; i++) {
        long v = value.applyAsLong(i);
        number(v - previous);
        previous = v;
      }
    }
  }

  private static final class In {
    final byte[] b;
    final java.util.Map<Object, Object> canon;
    int at = 1;

    In(byte[] b, java.util.Map<Object, Object> canon) {
      this.b = b;
      this.canon = canon;
    }

    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
      return canon == null || value == null ? value : (T) canon.computeIfAbsent(value, v -> v);
    }

    long number() {
      long z = 0;
      for (int shift = 0; ; shift += 7) {
        if (shift > 63) {
          throw new IllegalArgumentException("malformed number in a stored key");
        }
        int x = b[at++];
        z |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          break;
        }
      }
      return (z >>> 1) ^ -(z & 1);
    }

    String string() {
      int n = Math.toIntExact(number());
      if (n == -1) {
        return null;
      }
      if (n < 0 || at + n > b.length) {
        throw new IllegalArgumentException("string past the end of a stored key");
      }
      String s = new String(b, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }

    /** A set of names, shared ones; a repeated or null name is malformed. */
    Set<String> strings() {
      int n = Math.toIntExact(number());
      if (n < 0 || n > b.length) {
        throw new IllegalArgumentException("bad set size in a stored key");
      }
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = shared(string());
        if (out[i] == null) {
          throw new IllegalArgumentException("null in a set of a stored key");
        }
      }
      return Set.of(out); // immutable already: the key keeps it as it is
    }

    LocalDate date() {
      long v = number();
      return v == 0 ? null : shared(LocalDate.ofEpochDay(v > 0 ? v - 1 : v));
    }

    long[] sorted() {
      int n = Math.toIntExact(number());
      if (n < 0 || n > b.length) {
        throw new IllegalArgumentException("bad array size in a stored key");
      }
      long[] out = new long[n];
      long previous = 0;
      for (int i = 0; i < n; i++) {
        previous += number();
        out[i] = previous;
      }
      return out;
    }
  }
}
