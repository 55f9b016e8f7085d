package dev.newsdesk.store;

/** Storage failed: the disk, the database or the index said no. Names what was being done. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
