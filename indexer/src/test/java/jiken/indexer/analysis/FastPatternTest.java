package jiken.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FastPattern} must find exactly what {@link Matcher#find()} finds: checked on hand-picked
 * regexes and on every static {@link Pattern} of the extraction packages, over the fictional
 * fixture articles, random splices of them and random character soup.
 */
class FastPatternTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "不正アクセス;required=不正アクセス first=1 window=0",
      "ランサム(?:ウェア|ウエア|ware|攻撃)?;required=ランサム first=1 window=4",
      "(?:E|電子)?メールアドレス;required=メールアドレス first=3 window=2",
      "漏え?い;required=漏えい|漏い first=1 window=1",
      "[Rr]ansomware;required=Ransomware|ransomware first=2 window=0",
      "LockBit|ロックビット|8[Bb]ase;required=LockBit|ロックビット|8Base|8base first=3 window=0",
      "(?<![ァ-ヶ])([ァ-ヶー]{1,20})(カート|システム);required=カート|システム first=87 window=21",
      "[一-龥]{1,4}(?:県警|府警)(?:察本部)?;required=県警|府警 first=20902 window=7",
      "[^。]{0,3}流出;required=流出 first=any",
      "^(?:は|も)?$;required=none first=any",
      "(?i)abc;required=none first=any",
      "(a)\\1;required=none first=any"})
  void prefilters_are_read_from_the_syntax(String regex, String expected) {
    assertThat(FastPattern.compile(regex).describe()).isEqualTo(expected);
  }

  @Test
  void finds_the_same_matches_as_the_plain_matcher_on_sample_patterns() {
    List<String> texts = texts();
    for (String regex : List.of("不正アクセス", "(?:E|電子)?メールアドレス", "漏え?い", "[0-9０-９]+件",
        "(?<![ァ-ヶー])([ァ-ヶー]{1,20})(カート|システム)(?![ァ-ヶー])", "^[^\\n]{0,10}(?:のお知らせ|お詫び)", "(?:は|が)$",
        "\\d{1,2}月\\d{1,2}日", "(?:同|当)(?:社|院)", "a|ab|abc", "[一-龥]{1,4}(?:県警|府警)(?:察本部)?[一-龥]{0,4}署?",
        "[ぁ-ん]{2,5}(?:町|村|市)")) {
      assertSameMatches(Pattern.compile(regex), texts);
    }
  }

  @Test
  void finds_the_same_matches_for_every_extraction_pattern() throws Exception {
    List<String> texts = texts();
    List<Pattern> patterns = extractionPatterns();
    assertThat(patterns).hasSizeGreaterThan(100);
    int prefiltered = 0;
    for (Pattern p : patterns) {
      assertSameMatches(p, texts);
      if (!FastPattern.of(p).describe().equals("required=none first=any")) {
        prefiltered++;
      }
    }
    // most patterns are understood; the rest are searched as before
    assertThat(prefiltered).isGreaterThan(patterns.size() * 2 / 3);
  }

  @Test
  void region_searches_find_the_same_match_for_every_extraction_pattern() throws Exception {
    List<String> texts = texts();
    Random r = new Random(11);
    for (Pattern p : extractionPatterns()) {
      FastPattern fast = FastPattern.of(p);
      for (String text : texts) {
        for (int k = 0; k < 3 && !text.isEmpty(); k++) {
          int from = r.nextInt(text.length());
          int to = from + r.nextInt(text.length() - from + 1);
          Matcher plain = p.matcher(text).region(from, to);
          Matcher m = p.matcher(text);
          boolean found = plain.find();
          assertThat(fast.findInRegion(m, text, from, to)).as("%s in [%d,%d) of %s", p, from, to, text).isEqualTo(found);
          if (found) {
            assertThat(m.start()).as("%s in [%d,%d) of %s", p, from, to, text).isEqualTo(plain.start());
            assertThat(m.end()).isEqualTo(plain.end());
            for (int g = 1; g <= plain.groupCount(); g++) {
              assertThat(m.start(g)).isEqualTo(plain.start(g));
            }
          }
        }
        for (int i = 0; i < text.length(); i++) {
          if (!fast.canStartWith(text.charAt(i))) {
            assertThat(p.matcher(text).region(i, text.length()).useTransparentBounds(true).useAnchoringBounds(false)
                .lookingAt()).as("%s cannot start at %d of %s", p, i, text).isFalse();
          }
        }
      }
    }
  }

  private static void assertSameMatches(Pattern p, List<String> texts) {
    FastPattern fast = FastPattern.of(p);
    for (String text : texts) {
      Matcher m = p.matcher(text);
      FastPattern.Finder f = fast.finder(text);
      while (m.find()) {
        assertThat(f.find()).as("%s on %s: match at %d", p, text, m.start()).isTrue();
        assertThat(f.start()).as("%s on %s", p, text).isEqualTo(m.start());
        assertThat(f.end()).as("%s on %s", p, text).isEqualTo(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
          assertThat(f.start(g)).as("%s group %d on %s", p, g, text).isEqualTo(m.start(g));
          assertThat(f.end(g)).as("%s group %d on %s", p, g, text).isEqualTo(m.end(g));
        }
      }
      assertThat(f.find()).as("%s on %s: no more matches", p, text).isFalse();
      assertThat(fast.find(text)).isEqualTo(p.matcher(text).find());
      FastPattern.Finder prepared = fast.finder(new FastPattern.Text(text));
      Matcher again = p.matcher(text);
      while (again.find()) {
        assertThat(prepared.find()).as("%s on prepared %s", p, text).isTrue();
        assertThat(prepared.start()).isEqualTo(again.start());
        assertThat(prepared.end()).isEqualTo(again.end());
      }
      assertThat(prepared.find()).as("%s on prepared %s: no more matches", p, text).isFalse();
    }
  }

  /** Every static Pattern field of the classes under jiken.indexer.extract. */
  private static List<Pattern> extractionPatterns() throws Exception {
    Path root = Path.of("target", "classes");
    List<Pattern> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("jiken/indexer/extract"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, true, FastPatternTest.class.getClassLoader());
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
            field.setAccessible(true);
            out.add((Pattern) field.get(null));
          } else if (Modifier.isStatic(field.getModifiers()) && field.getType() == FastPattern.class) {
            field.setAccessible(true);
            out.add(((FastPattern) field.get(null)).pattern());
          }
        }
      }
    }
    return out;
  }

  /** The fixture articles (our own fictional text), splices of them, and random soup. */
  private static List<String> texts() {
    List<String> base = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "test", "resources", "extract"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        base.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Random r = new Random(7);
    List<String> out = new ArrayList<>(base);
    for (int k = 0; k < 60; k++) {
      StringBuilder sb = new StringBuilder();
      for (int part = 0; part < 1 + r.nextInt(4); part++) {
        String t = base.get(r.nextInt(base.size()));
        int a = r.nextInt(t.length());
        sb.append(t, a, Math.min(t.length(), a + 1 + r.nextInt(120)));
      }
      out.add(sb.toString());
    }
    String alphabet = "不正アクセス流出漏えい件名社のはがを、。\n「」()（）0123456789０１２３４５６７８９年月日カートシステムAaBb-・ 　"
        + "県警察本部署課町市村以下本同当サイト約万人分\uD83D\uDE00";
    for (int k = 0; k < 200; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = r.nextInt(60); j > 0; j--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      out.add(sb.toString());
    }
    out.add("");
    return out;
  }
}
