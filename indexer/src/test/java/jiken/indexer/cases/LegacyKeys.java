package jiken.indexer.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import jiken.indexer.Json;

/** For tests: grouping keys in JSON, as they were stored before {@link CaseKeyCodec}. */
final class LegacyKeys {
  private LegacyKeys() {}

  static String json(CaseKey k) {
    try {
      return Json.MAPPER.writeValueAsString(k);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
