package jiken.indexer.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Pattern} plus two facts read off its source that let a whole-text search skip most of
 * the text: literals of which every match contains at least one (a text holding none of them
 * cannot match, checked with {@link String#contains}), and the set of characters a match can
 * start with (other positions are never tried). Extraction runs a few hundred patterns over each
 * article; most of them never match, and the regex engine would otherwise try each of them at
 * every position — that was most of the extraction time beyond tokenisation.
 *
 * <p>Contract: {@link Finder#find()} returns exactly the matches, groups included, that {@link
 * Matcher#find()} returns on the same text, in the same order. Both facts are supersets worked out
 * conservatively from the syntax; a pattern using anything the reader does not understand (flags,
 * back-references, \Q…\E, nested classes, supplementary characters) gets no prefilter and is
 * searched as usual. Immutable and thread-safe; a {@link Finder} is for one thread.
 */
public final class FastPattern {
  private static final int MAX_EXACT = 32;

  private final Pattern pattern;
  /** Every match contains one of these; null when unknown. */
  private final String[] required;
  /** Possible first characters of a match; null when any (or unknown). */
  private final long[] first;
  /** The possible first characters when there are at most three (searched with indexOf), else null. */
  private final char[] fewFirst;
  /**
   * No look-behind, ^ or word boundary: a match tried at i inside a region [from, to) depends on
   * the text in [i, to) only, so {@link #findInRegion} may start its tries at the candidates.
   */
  private final boolean regionSafe;
  /**
   * How far into a match one of the {@link #required} literals starts at the latest, or -1 when
   * unbounded. When bounded (and the literals are few), a match can only start in the window of
   * that many characters before an occurrence of one of them, so a pattern whose first characters
   * are common (any kanji, as in 「[一-龥]{1,4}県警」) is tried only near its literal.
   */
  private final int window;

  private FastPattern(Pattern pattern, String[] required, long[] first, boolean regionSafe, int reqOffset) {
    this.pattern = pattern;
    this.required = required;
    this.first = first;
    this.fewFirst = first == null ? null : few(first);
    this.regionSafe = regionSafe && first != null;
    this.window = first != null && required != null && required.length <= MAX_WINDOW_LITERALS ? reqOffset : -1;
  }

  private static final int MAX_WINDOW_LITERALS = 8;

  /** Compiles {@code regex} (no flags) and reads its prefilters. */
  public static FastPattern compile(String regex) {
    return of(Pattern.compile(regex));
  }

  /** Wraps a compiled pattern; patterns with flags are searched without prefilters. */
  public static FastPattern of(Pattern pattern) {
    if (pattern.flags() != 0) {
      return new FastPattern(pattern, null, null, false, -1);
    }
    Node n;
    Parser parser = new Parser(pattern.pattern());
    try {
      n = parser.parse();
    } catch (Unsupported e) {
      return new FastPattern(pattern, null, null, false, -1);
    }
    String[] req = n.required == null ? null : n.required;
    long[] first = n.nullable || n.first == null ? null : n.first;
    return new FastPattern(pattern, req, first, parser.regionSafe, req == null ? -1 : n.reqOffset);
  }

  public Pattern pattern() {
    return pattern;
  }

  /** The plain matcher (for matches anchored in a region, {@code matches}, {@code lookingAt}). */
  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /** False only when {@code text} certainly holds no match. */
  public boolean mayMatch(String text) {
    if (required == null) {
      return true;
    }
    for (String r : required) {
      if (text.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mayMatch(String)}, skipping literals whose first character the text lacks. */
  public boolean mayMatch(Text text) {
    if (required == null) {
      return true;
    }
    for (String r : required) {
      if (text.mayHold(r.charAt(0)) && text.string.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** A search over the whole of a text prepared for many patterns. */
  public Finder finder(Text text) {
    return new Finder(this, text.string, mayMatch(text));
  }

  /**
   * A text to be searched by many patterns: a 4096-bit filter of the characters it holds lets
   * {@link #mayMatch(Text)} drop most absent literals without scanning the text for each.
   * Immutable and thread-safe.
   */
  public static final class Text {
    private final String string;
    private final long[] chars = new long[64];

    public Text(String string) {
      this.string = string;
      for (int i = 0; i < string.length(); i++) {
        char c = string.charAt(i);
        chars[(c & 4095) >>> 6] |= 1L << c;
      }
    }

    public String string() {
      return string;
    }

    /** False only when {@code c} does not occur in the text. */
    boolean mayHold(char c) {
      return (chars[(c & 4095) >>> 6] & (1L << c)) != 0;
    }
  }

  /** False only when no match can start with {@code c}. */
  public boolean canStartWith(char c) {
    return first == null || (first[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * Same as {@code m.region(from, to).find()} (default, opaque and anchoring bounds), where
   * {@code m} is a matcher of this pattern over {@code text}; tries only the positions where a
   * match can start when the pattern allows it. On true, {@code m} holds the match.
   */
  public boolean findInRegion(Matcher m, String text, int from, int to) {
    if (!regionSafe) {
      m.region(from, to);
      return m.find();
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((first[c >>> 6] & (1L << c)) != 0) {
        m.region(i, to);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    m.region(from, to); // leaves m without a match, as a failed find() does
    return false;
  }

  /** Same as {@code matcher(text).find()}, skipping texts and positions that cannot match. */
  public boolean find(String text) {
    return finder(text).find();
  }

  /** A search over the whole of {@code text}. */
  public Finder finder(String text) {
    return new Finder(this, text, mayMatch(text));
  }

  /** Read-only view of the prefilters, for tests. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("required=").append(required == null ? "none" : String.join("|", required));
    int count = 0;
    if (first != null) {
      for (long w : first) {
        count += Long.bitCount(w);
      }
    }
    sb.append(" first=").append(first == null ? "any" : Integer.toString(count));
    if (window >= 0) {
      sb.append(" window=").append(window);
    }
    return sb.toString();
  }

  private static char[] few(long[] set) {
    char[] out = new char[3];
    int n = 0;
    for (int w = 0; w < set.length; w++) {
      long bits = set[w];
      while (bits != 0) {
        if (n == 3) {
          return null;
        }
        int b = Long.numberOfTrailingZeros(bits);
        out[n++] = (char) (w * 64 + b);
        bits &= bits - 1;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * Iterates over the matches in one text like {@link Matcher#find()}: the same matches, found by
   * the same engine, but only tried where a match can start. Not thread-safe.
   */
  public static final class Finder {
    private final FastPattern p;
    private final String text;
    private Matcher m;
    private boolean dead;
    private int from;
    private boolean matched;

    Finder(FastPattern p, String text, boolean mayMatch) {
      this.p = p;
      this.text = text;
      this.dead = !mayMatch;
      if (!dead) {
        m = p.pattern.matcher(text);
        if (p.first != null) {
          // a match tried at i must see the text before i (look-behind) and not treat i as ^
          m.useTransparentBounds(true).useAnchoringBounds(false);
        }
      }
    }

    /** The next match, as {@link Matcher#find()} would give it. */
    public boolean find() {
      matched = false;
      if (dead) {
        return false;
      }
      if (p.first == null) {
        matched = m.find();
        dead = !matched;
        return matched;
      }
      int n = text.length();
      int i = from;
      while (i < n) {
        i = nextCandidate(i);
        if (i < 0) {
          break;
        }
        m.region(i, n);
        if (m.lookingAt()) {
          // the pattern cannot match empty (a first-character set exists), so end > start
          from = m.end();
          matched = true;
          return true;
        }
        i++;
      }
      dead = true;
      return false;
    }

    /** Next occurrence at or after i of each required literal (-1: none left), for windows. */
    private int[] occurrences;

    private int nextCandidate(int i) {
      if (p.window >= 0) {
        return nextInWindow(i);
      }
      char[] few = p.fewFirst;
      if (few != null) {
        int best = -1;
        for (char c : few) {
          int at = text.indexOf(c, i);
          if (at >= 0 && (best < 0 || at < best)) {
            best = at;
          }
        }
        return best;
      }
      long[] set = p.first;
      int n = text.length();
      for (; i < n; i++) {
        char c = text.charAt(i);
        if ((set[c >>> 6] & (1L << c)) != 0) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The first position at or after {@code i} that lies at most {@link #window} characters
     * before an occurrence of a required literal and holds a possible first character.
     */
    private int nextInWindow(int i) {
      String[] lits = p.required;
      if (occurrences == null) {
        occurrences = new int[lits.length];
        java.util.Arrays.fill(occurrences, -2);
      }
      long[] set = p.first;
      int n = text.length();
      while (i < n) {
        int q = -1;
        for (int k = 0; k < lits.length; k++) {
          int at = occurrences[k];
          if (at != -1 && at < i) {
            at = text.indexOf(lits[k], i);
            occurrences[k] = at;
          }
          if (at >= 0 && (q < 0 || at < q)) {
            q = at;
          }
        }
        if (q < 0) {
          return -1;
        }
        for (int s = Math.max(i, q - p.window); s <= q; s++) {
          char c = text.charAt(s);
          if ((set[c >>> 6] & (1L << c)) != 0) {
            return s;
          }
        }
        i = q + 1;
      }
      return -1;
    }

    private void check() {
      if (!matched) {
        throw new IllegalStateException("no match");
      }
    }

    public int start() {
      check();
      return m.start();
    }

    public int end() {
      check();
      return m.end();
    }

    public int start(int group) {
      check();
      return m.start(group);
    }

    public int end(int group) {
      check();
      return m.end(group);
    }

    public String group() {
      check();
      return m.group();
    }

    public String group(int group) {
      check();
      return m.group(group);
    }

    /** The underlying matcher, positioned on the last match. */
    public Matcher matcher() {
      check();
      return m;
    }
  }

  // ---- a conservative reader of the regex syntax used in this code base ----

  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** What a sub-pattern can match: nullable, first characters, exact strings, required literals. */
  private static final class Node {
    boolean nullable;
    /** Superset of first characters (when not nullable, or of the non-empty matches); null = any. */
    long[] first;
    /** All strings it can match, when few and known; else null. */
    java.util.Set<String> exact;
    /** One of these occurs in every match; null = none known. */
    String[] required;
    /** Latest start of a required literal within a match, -1 = unbounded. */
    int reqOffset = -1;
    /** Longest match, -1 = unbounded. */
    int maxLen = -1;
  }

  private static int addLen(int a, int b) {
    return a < 0 || b < 0 || a + b > 100_000 ? -1 : a + b;
  }

  private static long[] newSet() {
    return new long[1024];
  }

  private static long[] union(long[] a, long[] b) {
    if (a == null || b == null) {
      return null;
    }
    long[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] |= b[i];
    }
    return out;
  }

  private static void add(long[] set, char c) {
    set[c >>> 6] |= 1L << c;
  }

  private static final class Parser {
    private final String s;
    private int i;
    boolean regionSafe = true;

    Parser(String s) {
      this.s = s;
    }

    Node parse() throws Unsupported {
      Node n = alternation();
      if (i != s.length()) {
        throw new Unsupported();
      }
      return n;
    }

    private Node alternation() throws Unsupported {
      java.util.List<Node> alts = new java.util.ArrayList<>();
      alts.add(sequence());
      while (i < s.length() && s.charAt(i) == '|') {
        i++;
        alts.add(sequence());
      }
      if (alts.size() == 1) {
        return alts.get(0);
      }
      Node out = new Node();
      out.first = newSet();
      java.util.Set<String> exact = new java.util.LinkedHashSet<>();
      java.util.Set<String> req = new java.util.LinkedHashSet<>();
      boolean reqOk = true;
      out.maxLen = 0;
      out.reqOffset = 0;
      for (Node a : alts) {
        out.maxLen = out.maxLen < 0 || a.maxLen < 0 ? -1 : Math.max(out.maxLen, a.maxLen);
        out.reqOffset = out.reqOffset < 0 || a.reqOffset < 0 ? -1 : Math.max(out.reqOffset, a.reqOffset);
        out.nullable |= a.nullable;
        out.first = union(out.first, a.first);
        if (exact != null && a.exact != null && exact.size() + a.exact.size() <= MAX_EXACT) {
          exact.addAll(a.exact);
        } else {
          exact = null;
        }
        if (reqOk && a.required != null) {
          req.addAll(java.util.List.of(a.required));
        } else {
          reqOk = false;
        }
      }
      out.exact = exact;
      out.required = reqOk ? req.toArray(new String[0]) : null;
      return out;
    }

    private Node sequence() throws Unsupported {
      java.util.List<Node> parts = new java.util.ArrayList<>();
      while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
        parts.add(quantified());
      }
      Node out = new Node();
      out.nullable = true;
      out.first = newSet();
      for (Node p : parts) {
        if (!out.nullable) {
          break;
        }
        out.first = union(out.first, p.first);
        out.nullable = p.nullable;
      }
      // required literals: the most selective of the parts' own and of runs of exact parts;
      // prefix = longest text the parts before the current one can match (-1 unbounded)
      java.util.Set<String> run = java.util.Set.of("");
      int runStart = 0;
      int prefix = 0;
      java.util.Set<String> all = java.util.Set.of("");
      Req best = null;
      for (Node p : parts) {
        if (p.exact != null) {
          java.util.Set<String> joined = cross(run, p.exact);
          if (joined != null) {
            run = joined;
          } else {
            best = better(best, toRequired(run, runStart));
            run = p.exact;
            runStart = prefix;
          }
          all = all == null ? null : cross(all, p.exact);
        } else {
          best = better(best, toRequired(run, runStart));
          run = java.util.Set.of("");
          if (p.required != null) {
            best = better(best, new Req(p.required, prefix < 0 || p.reqOffset < 0 ? -1 : addLen(prefix, p.reqOffset)));
          }
          all = null;
        }
        prefix = addLen(prefix, p.maxLen);
        if (run.size() == 1 && run.contains("")) {
          runStart = prefix;
        }
      }
      best = better(best, toRequired(run, runStart));
      out.exact = all;
      out.required = best == null ? null : best.literals;
      out.reqOffset = best == null ? -1 : best.offset;
      out.maxLen = prefix;
      return out;
    }

    /** Literals one of which every match holds, starting at most {@code offset} chars in (-1: unbounded). */
    private record Req(String[] literals, int offset) {}

    private static java.util.Set<String> cross(java.util.Set<String> a, java.util.Set<String> b) {
      if (a.size() * b.size() > MAX_EXACT) {
        return null;
      }
      java.util.Set<String> out = new java.util.LinkedHashSet<>();
      for (String x : a) {
        for (String y : b) {
          out.add(x + y);
        }
      }
      return out;
    }

    /** The literals of a run of exact parts starting at most {@code runStart} characters in. */
    private static Req toRequired(java.util.Set<String> exact, int runStart) {
      String[] lits = toRequired(exact);
      if (lits == null) {
        return null;
      }
      // a kept literal lies inside one of the run's strings: it starts at most
      // (longest string - shortest literal) characters after the run does
      int longest = 0;
      for (String e : exact) {
        longest = Math.max(longest, e.length());
      }
      int shortest = Integer.MAX_VALUE;
      for (String l : lits) {
        shortest = Math.min(shortest, l.length());
      }
      return new Req(lits, runStart < 0 ? -1 : runStart + longest - shortest);
    }

    private static String[] toRequired(java.util.Set<String> exact) {
      for (String e : exact) {
        if (e.isEmpty()) {
          return null;
        }
      }
      // a literal that contains another one adds nothing: the shorter is present whenever it is
      java.util.List<String> out = new java.util.ArrayList<>();
      for (String e : exact) {
        boolean implied = false;
        for (String o : exact) {
          if (!o.equals(e) && e.contains(o)) {
            implied = true;
            break;
          }
        }
        if (!implied) {
          out.add(e);
        }
      }
      return out.toArray(new String[0]);
    }

    /**
     * The more useful requirement: one that allows a window (bounded offset, few literals of two
     * characters or more), then the longer shortest literal, then a bounded offset, then fewer
     * literals.
     */
    private static Req better(Req a, Req b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      boolean wa = windowable(a);
      if (wa != windowable(b)) {
        return wa ? a : b;
      }
      int ma = minLength(a.literals);
      int mb = minLength(b.literals);
      if (mb != ma) {
        return mb > ma ? b : a;
      }
      if ((a.offset < 0) != (b.offset < 0)) {
        return a.offset < 0 ? b : a;
      }
      return b.literals.length < a.literals.length ? b : a;
    }

    private static boolean windowable(Req r) {
      return r.offset >= 0 && r.literals.length <= MAX_WINDOW_LITERALS && minLength(r.literals) >= 2;
    }

    private static int minLength(String[] xs) {
      int m = Integer.MAX_VALUE;
      for (String x : xs) {
        m = Math.min(m, x.length());
      }
      return m;
    }

    private Node quantified() throws Unsupported {
      Node atom = atom();
      if (i >= s.length()) {
        return atom;
      }
      char c = s.charAt(i);
      int min;
      int max;
      if (c == '?') {
        min = 0;
        max = 1;
        i++;
      } else if (c == '*') {
        min = 0;
        max = -1;
        i++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        i++;
      } else if (c == '{') {
        int close = s.indexOf('}', i);
        if (close < 0) {
          throw new Unsupported();
        }
        String body = s.substring(i + 1, close);
        try {
          int comma = body.indexOf(',');
          if (comma < 0) {
            min = Integer.parseInt(body);
            max = min;
          } else {
            min = Integer.parseInt(body.substring(0, comma));
            max = comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
          }
        } catch (NumberFormatException e) {
          throw new Unsupported();
        }
        i = close + 1;
      } else {
        return atom;
      }
      if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
        i++; // lazy or possessive: the same set of possible matches for our purposes
      }
      Node out = new Node();
      out.first = atom.first;
      out.maxLen = max < 0 || atom.maxLen < 0 ? -1 : (long) atom.maxLen * max > 100_000 ? -1 : atom.maxLen * max;
      if (min == 0) {
        out.nullable = true;
        out.required = null;
        if (max == 1 && atom.exact != null && atom.exact.size() < MAX_EXACT) {
          java.util.Set<String> e = new java.util.LinkedHashSet<>(atom.exact);
          e.add("");
          out.exact = e;
        }
      } else {
        out.nullable = atom.nullable;
        out.required = atom.required;
        out.reqOffset = atom.reqOffset; // the first repetition holds it
        if (min == 1 && max == 1) {
          out.exact = atom.exact;
        }
      }
      return out;
    }

    private Node atom() throws Unsupported {
      char c = s.charAt(i);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '.': {
          i++;
          return any();
        }
        case '^':
          regionSafe = false;
          i++;
          return empty();
        case '$': {
          i++;
          return empty();
        }
        case '\\':
          return escape();
        case '*':
        case '+':
        case '?':
        case '{':
        case ']':
        case '}':
        case ')':
          throw new Unsupported();
        default:
          i++;
          return literal(c);
      }
    }

    private Node group() throws Unsupported {
      i++; // (
      boolean lookaround = false;
      if (s.startsWith("?:", i)) {
        i += 2;
      } else if (s.startsWith("?=", i) || s.startsWith("?!", i)) {
        i += 2;
        lookaround = true;
      } else if (s.startsWith("?<=", i) || s.startsWith("?<!", i)) {
        i += 3;
        lookaround = true;
        regionSafe = false;
      } else if (s.startsWith("?<", i)) {
        int close = s.indexOf('>', i);
        if (close < 0) {
          throw new Unsupported();
        }
        i = close + 1; // named group
      } else if (i < s.length() && s.charAt(i) == '?') {
        throw new Unsupported(); // inline flags, atomic groups …
      }
      Node inner = alternation();
      if (i >= s.length() || s.charAt(i) != ')') {
        throw new Unsupported();
      }
      i++;
      return lookaround ? empty() : inner;
    }

    private Node charClass() throws Unsupported {
      i++; // [
      boolean negated = false;
      if (i < s.length() && s.charAt(i) == '^') {
        negated = true;
        i++;
      }
      long[] set = newSet();
      boolean anyChar = false;
      boolean firstItem = true;
      while (true) {
        if (i >= s.length()) {
          throw new Unsupported();
        }
        char c = s.charAt(i);
        if (c == ']' && !firstItem) {
          i++;
          break;
        }
        if (c == '[' || c == ']' || s.startsWith("&&", i)) {
          throw new Unsupported();
        }
        firstItem = false;
        long[] single = null;
        char lo;
        if (c == '\\') {
          i++;
          if (i >= s.length()) {
            throw new Unsupported();
          }
          char e = s.charAt(i);
          long[] cls = classEscape(e);
          if (cls != null || e == 'p' || e == 'P' || e == 'S' || e == 'D' || e == 'W') {
            if (e == 'p' || e == 'P') {
              skipProperty();
            } else {
              i++;
            }
            if (cls == null) {
              anyChar = true;
            } else {
              single = cls;
            }
            for (int k = 0; k < set.length && single != null; k++) {
              set[k] |= single[k];
            }
            continue;
          }
          lo = literalEscape(e);
          i++;
        } else {
          lo = c;
          i++;
        }
        checkBmp(lo);
        if (i + 1 < s.length() && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
          i++;
          char hi = s.charAt(i);
          if (hi == '\\') {
            i++;
            if (i >= s.length()) {
              throw new Unsupported();
            }
            hi = literalEscape(s.charAt(i));
          } else if (hi == '[') {
            throw new Unsupported();
          }
          i++;
          checkBmp(hi);
          if (hi < lo) {
            throw new Unsupported();
          }
          for (int ch = lo; ch <= hi; ch++) {
            add(set, (char) ch);
          }
        } else {
          add(set, lo);
        }
      }
      if (negated || anyChar) {
        return any();
      }
      Node n = new Node();
      n.first = set;
      n.maxLen = 1;
      int count = 0;
      for (long w : set) {
        count += Long.bitCount(w);
      }
      if (count <= 4) {
        java.util.Set<String> e = new java.util.LinkedHashSet<>();
        for (int ch = 0; ch < 65536; ch++) {
          if ((set[ch >>> 6] & (1L << ch)) != 0) {
            e.add(String.valueOf((char) ch));
          }
        }
        n.exact = e;
        n.required = e.toArray(new String[0]);
        n.reqOffset = 0;
      }
      return n;
    }

    private void skipProperty() throws Unsupported {
      i++; // p or P
      if (i < s.length() && s.charAt(i) == '{') {
        int close = s.indexOf('}', i);
        if (close < 0) {
          throw new Unsupported();
        }
        i = close + 1;
      } else {
        i++;
      }
    }

    private Node escape() throws Unsupported {
      i++; // backslash
      if (i >= s.length()) {
        throw new Unsupported();
      }
      char e = s.charAt(i);
      long[] cls = classEscape(e);
      if (cls != null) {
        i++;
        Node n = new Node();
        n.first = cls;
        n.maxLen = 1;
        return n;
      }
      if (e == 'D' || e == 'S' || e == 'W') {
        i++;
        return any();
      }
      if (e == 'p' || e == 'P') {
        skipProperty();
        return any();
      }
      if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z') {
        regionSafe = false;
        i++;
        return empty();
      }
      char c = literalEscape(e);
      i++;
      return literal(c);
    }

    /** \d, \s, \w as sets (ASCII, as without UNICODE_CHARACTER_CLASS), else null. */
    private static long[] classEscape(char e) {
      long[] set = newSet();
      switch (e) {
        case 'd':
          for (char c = '0'; c <= '9'; c++) {
            add(set, c);
          }
          return set;
        case 's':
          for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
            add(set, c);
          }
          return set;
        case 'w':
          for (char c = '0'; c <= '9'; c++) {
            add(set, c);
          }
          for (char c = 'a'; c <= 'z'; c++) {
            add(set, c);
            add(set, (char) (c - ('a' - 'A')));
          }
          add(set, '_');
          return set;
        default:
          return null;
      }
    }

    /** The character an escape like \. or \n stands for; anything else is not understood. */
    private char literalEscape(char e) throws Unsupported {
      switch (e) {
        case 'n':
          return '\n';
        case 't':
          return '\t';
        case 'r':
          return '\r';
        case 'f':
          return '\f';
        case 'u': {
          if (i + 4 >= s.length()) {
            throw new Unsupported();
          }
          try {
            char c = (char) Integer.parseInt(s.substring(i + 1, i + 5), 16);
            i += 4;
            return c;
          } catch (NumberFormatException ex) {
            throw new Unsupported();
          }
        }
        default:
          if ("\\.-*+?()[]{}|^$/!\"#%&',:;<=>@_`~ 　".indexOf(e) >= 0) {
            return e;
          }
          if (!Character.isLetterOrDigit(e) && e < 128) {
            return e;
          }
          throw new Unsupported();
      }
    }

    private static void checkBmp(char c) throws Unsupported {
      if (Character.isSurrogate(c)) {
        throw new Unsupported();
      }
    }

    private static Node literal(char c) throws Unsupported {
      checkBmp(c);
      Node n = new Node();
      n.first = newSet();
      add(n.first, c);
      n.exact = java.util.Set.of(String.valueOf(c));
      n.required = new String[] {String.valueOf(c)};
      n.reqOffset = 0;
      n.maxLen = 1;
      return n;
    }

    private static Node any() {
      Node n = new Node();
      n.first = null;
      n.maxLen = 1;
      return n;
    }

    private static Node empty() {
      Node n = new Node();
      n.nullable = true;
      n.first = newSet();
      n.exact = java.util.Set.of("");
      n.maxLen = 0;
      return n;
    }
  }
}
