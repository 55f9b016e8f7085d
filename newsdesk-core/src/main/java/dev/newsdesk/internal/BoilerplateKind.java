package dev.newsdesk.internal;

/** The kinds of non-article text that pages and dumps wrap around a report. */
public enum BoilerplateKind {
  DONATION_ASK,
  PHOTO_CAPTION,
  EMBEDDED_POST,
  BYLINE,
  READ_TIME,
  AUTHOR_LINE,
  COPYRIGHT_FOOTER,
  NEWSLETTER_PROMO,
  SHARE_PROMPT,
  READ_MORE,
  /** "This report first appeared on X", "The post ... appeared first on X", paywall notes. */
  PAGE_NOTE,
  DATE_HEADER
}
