package jiken.crawler.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns fetched bytes into text. Precedence: HTTP header charset, byte order mark, the document's
 * own declaration ({@code <meta charset>}, {@code http-equiv}, XML declaration) in the first 4 KB,
 * detection with juniversalchardet, then UTF-8. A declared charset that cannot decode the bytes
 * without errors, while detection finds one that can, loses to detection: Japanese sites often
 * send a stale header after moving from Shift_JIS to UTF-8. Malformed bytes are replaced, never
 * thrown. Stateless and thread-safe.
 */
public final class BodyDecoder {
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECL =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;
  private static final int DETECT_BYTES = 64 * 1024;

  private BodyDecoder() {}

  /** Decodes {@code body} given the HTTP {@code Content-Type} (may be {@code null}). */
  public static Decoded decode(byte[] body, String contentType) {
    Charset bom = bomCharset(body);
    if (bom != null) {
      // A BOM is unambiguous and beats even the header (WHATWG "BOM sniffing").
      return new Decoded(decodeLenient(Arrays.copyOfRange(body, bomLength(bom), body.length), bom), bom, "bom");
    }
    Charset header = contentType == null ? null : fromPattern(HEADER_CHARSET, contentType);
    if (header != null && decodesCleanly(body, header)) {
      return new Decoded(decodeLenient(body, header), header, "header");
    }
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Charset xml = fromPattern(XML_DECL, head);
    if (xml != null && decodesCleanly(body, xml)) {
      return new Decoded(decodeLenient(body, xml), xml, "xml");
    }
    Charset meta = fromPattern(META_CHARSET, head);
    if (meta != null && decodesCleanly(body, meta)) {
      return new Decoded(decodeLenient(body, meta), meta, "meta");
    }
    Charset detected = detect(body);
    if (detected != null) {
      return new Decoded(decodeLenient(body, detected), detected, "detected");
    }
    Charset declared = header != null ? header : xml != null ? xml : meta;
    if (declared != null) {
      return new Decoded(decodeLenient(body, declared), declared, "declared-lossy");
    }
    return new Decoded(decodeLenient(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "default");
  }

  private static Charset fromPattern(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? Charsets.forLabel(m.group(1)) : null;
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static Charset detect(byte[] body) {
    UniversalDetector d = new UniversalDetector();
    d.handleData(body, 0, Math.min(body.length, DETECT_BYTES));
    d.dataEnd();
    String name = d.getDetectedCharset();
    if (name == null) {
      return isAscii(body) ? null : decodesCleanly(body, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : null;
    }
    return Charsets.forLabel(name.toLowerCase(Locale.ROOT));
  }

  private static boolean isAscii(byte[] body) {
    for (byte b : body) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes decode without a single malformed or unmappable sequence. */
  static boolean decodesCleanly(byte[] body, Charset cs) {
    try {
      cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String decodeLenient(byte[] body, Charset cs) {
    try {
      CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(body));
      return cb.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE decoder threw", e);
    }
  }
}
