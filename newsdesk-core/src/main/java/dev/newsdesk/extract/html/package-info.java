/**
 * Main text and metadata from HTML pages: the front door is {@link
 * dev.newsdesk.extract.html.HtmlArticleExtractor}.
 *
 * <p>Why this package exists: a news page is mostly not news. Around a few hundred words of article
 * sit navigation, cookie banners, share bars, captions, related links, comments and a footer, and
 * every later stage (dedup, clustering, claims) is only as good as the text it gets. Feeding it the
 * page's chrome makes unrelated stories look alike, because they share the chrome.
 *
 * <p>The extraction follows two traditions that agree more than they differ. From Readability it
 * takes content scoring: paragraph-like blocks score by length and commas, pass their score to
 * their ancestors, and the best ancestor, cut by its link density and weighed by its class and id,
 * is the article; siblings that look like more of it are added. From trafilatura it takes rules:
 * drop elements that never carry article text, prefer the containers that pages mark as the
 * article, keep headings and list items as paragraphs of their own, and fall back to the whole page
 * when nothing scores well. Metadata comes from the most trusted source present: JSON-LD, then
 * OpenGraph, then meta tags, then markup.
 *
 * <p>Everything here is iterative over the DOM (jsoup's traversors, {@code getAllElements}), the
 * parser's depth is capped, and the input size is capped, so no page can overflow the stack or make
 * one call run unboundedly. Quality is measured on the Zyte article-extraction benchmark by the
 * evaluation stage, not by unit tests; the tests here prove behaviour on small pages written for
 * the purpose.
 */
package dev.newsdesk.extract.html;
