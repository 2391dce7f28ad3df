package jiken.indexer.extract.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Company names from the EDINET code list (出典：金融庁 EDINET; see the README beside the
 * resource). Only supporting evidence: a bare name in a subject position counts as a company when
 * it is listed here. Loaded once; immutable and thread-safe.
 */
final class Gazetteer {
  private static final String RESOURCE = "/jiken/indexer/extract/org/company-names.txt";
  private static final Set<String> NAMES = load();

  private Gazetteer() {}

  /** Whether {@code name} (any legal form, width or spacing) is a listed company name. */
  static boolean contains(String name) {
    return NAMES.contains(LegalForms.key(name)) || NAMES.contains(Normalizer.normalize(name, Normalizer.Form.NFKC));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the jar");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
