package jiken.indexer.analysis;

import java.util.List;

/**
 * What one Kuromoji pass over a text gives both of its readers ({@link Morphology#analyse}).
 *
 * @param words for extraction: compounds whole (関西国際空港, not 関西/国際/空港) and punctuation
 *     kept, as Kuromoji's normal mode gives them; surfaces as written, offsets into the text, no
 *     readings (names get theirs from {@link Morphology#tokenize})
 * @param parts for search: the search-mode segmentation with compounds split and punctuation
 *     left out, each with its term in {@linkplain TextForms the one form} (the surface of a
 *     {@link Token} here is that term), its base form and part of speech, offsets into the text;
 *     the search analyzer's filters turn them into index terms
 */
public record Morphemes(List<Token> words, List<Token> parts) {
  public Morphemes {
    words = List.copyOf(words);
    parts = List.copyOf(parts);
  }
}
