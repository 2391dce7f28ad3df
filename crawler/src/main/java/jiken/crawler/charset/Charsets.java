package jiken.crawler.charset;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Charset label resolution the way browsers do it (WHATWG Encoding Standard) for the labels that
 * matter on Japanese sites: Shift_JIS is really windows-31j (NEC/IBM extensions such as ①, ㈱ and
 * 髙 are common), EUC-JP is decoded with the superset x-eucJP-Open, ISO-8859-1 means windows-1252.
 */
public final class Charsets {
  private Charsets() {}

  /** The charset for a label, or {@code null} when the label is unknown or unsupported. */
  public static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String l = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (l.isEmpty()) {
      return null;
    }
    switch (l) {
      case "shift_jis": case "shift-jis": case "sjis": case "x-sjis": case "ms_kanji": case "csshiftjis":
      case "ms932": case "cp932": case "windows-31j": case "x-ms-cp932":
        return lookup("windows-31j");
      case "euc-jp": case "eucjp": case "x-euc-jp": case "cseucpkdfmtjapanese": case "x-eucjp-open":
        return lookup("x-eucJP-Open");
      case "iso-2022-jp": case "csiso2022jp":
        return lookup("ISO-2022-JP");
      case "utf8": case "utf-8": case "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      case "iso-8859-1": case "latin1": case "us-ascii": case "ascii": case "windows-1252":
        return lookup("windows-1252");
      default:
        return lookup(l);
    }
  }

  private static Charset lookup(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
