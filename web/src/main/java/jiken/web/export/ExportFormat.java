package jiken.web.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, with the media type and file extension each is served with. */
public enum ExportFormat {
  JSON("application/json", "json"),
  TIMELINE("application/json", "timeline.json"),
  TIMELINEJS("application/json", "timelinejs.json"),
  TIMESKETCH("application/x-ndjson", "timesketch.jsonl"),
  STIX("application/stix+json;version=2.1", "stix.json"),
  CSV("text/csv", "csv"),
  ATOM("application/atom+xml", "atom");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The Content-Type header value, always with the charset (the bytes are UTF-8). */
  public String contentType() {
    return mediaType + "; charset=utf-8";
  }

  public String extension() {
    return extension;
  }

  /** Parses a user-supplied name ({@code timelinejs}); a clear {@link IllegalArgumentException} otherwise. */
  public static ExportFormat parse(String name) {
    for (ExportFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be one of " + names());
  }

  public static String names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
