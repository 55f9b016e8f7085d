/**
 * From a raw item to an {@link dev.newsdesk.model.Article}: the main text with its boilerplate
 * removed (asks, captions, embedded-post markup, bylines, footers, promos, teasers), and the
 * metadata the item carries or implies (title, byline, date, outlet).
 *
 * <p>What extraction may assume: a {@link dev.newsdesk.model.RawDocument} whose body is decoded
 * text. What it guarantees: an article whose paragraphs hold no boilerplate line, or a {@link
 * dev.newsdesk.extract.RejectedItemException} saying why none could be made.
 */
package dev.newsdesk.extract;
