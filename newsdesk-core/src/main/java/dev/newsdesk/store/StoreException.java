package dev.newsdesk.store;

/**
 * Storage failed: the disk, the database or the index said no. Names what was being done.
 *
 * <p>{@link #storageFull()} tells a full disk (or a size quota reached) from other failures, so a
 * caller can say so (the API answers 507) and try again once space returns.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean full;

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  public StoreException(String message, Throwable cause, boolean full) {
    super(message, cause);
    this.full = full;
  }

  /** True when the write failed for want of space: nothing of it was stored. */
  public boolean storageFull() {
    return full;
  }
}
