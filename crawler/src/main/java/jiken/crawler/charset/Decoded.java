package jiken.crawler.charset;

import java.nio.charset.Charset;

/**
 * Bytes decoded to text.
 *
 * @param text the decoded text, without a byte order mark
 * @param charset the charset used (after Shift_JIS → windows-31j style mapping)
 * @param origin where the charset came from: {@code header}, {@code bom}, {@code meta},
 *     {@code xml}, {@code detected} or {@code default}
 */
public record Decoded(String text, Charset charset, String origin) {}
