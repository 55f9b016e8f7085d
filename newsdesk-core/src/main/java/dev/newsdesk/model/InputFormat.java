package dev.newsdesk.model;

import java.util.Locale;

/** The shapes of input Newsdesk reads. {@link #AUTO} asks the reader to detect the shape. */
public enum InputFormat {
  AUTO,
  /** Items separated by lines holding only {@code -}; each a title line and lead paragraphs. */
  DIGEST,
  /** One short item per line, each from a different outlet (a page of search snippets). */
  SNIPPETS,
  /** One full article as plain text: optional header, title, byline, paragraphs, trailers. */
  ARTICLE,
  /** One JSON object per line: id, url, source, title, published, and text or html. */
  JSONL,
  /** RSS 0.9x–2.0 or Atom. */
  FEED,
  /** JSON Feed 1.x. */
  JSON_FEED,
  /** One web page. */
  HTML,
  /** An OPML list of feeds. */
  OPML;

  /** Parses a command-line spelling such as {@code json-feed}. */
  public static InputFormat parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
