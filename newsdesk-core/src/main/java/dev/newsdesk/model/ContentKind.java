package dev.newsdesk.model;

/** What the body of a {@link RawDocument} is, which decides how extraction reads it. */
public enum ContentKind {
  /** Plain text of one whole article: the first lines may be header, title and byline. */
  TEXT_ARTICLE,
  /** Plain text whose first line is the title and the rest lead paragraphs (a digest item). */
  TEXT_TITLED,
  /** Plain text with no title: a one-line snippet, or a body whose title came as metadata. */
  TEXT_BODY,
  /** HTML: a whole page or a feed item's content. */
  HTML
}
