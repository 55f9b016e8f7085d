package dev.newsdesk.extract;

/** An item from which no article could be made; the message says why, for the rejected list. */
public final class RejectedItemException extends Exception {
  private static final long serialVersionUID = 1L;

  public RejectedItemException(String reason) {
    super(reason);
  }
}
