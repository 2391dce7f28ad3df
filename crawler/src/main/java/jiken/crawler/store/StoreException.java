package jiken.crawler.store;

/** A storage failure (SQLite error, unwritable data directory). Unchecked: callers cannot fix it. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
