/**
 * Reads an article's text: its language, sentences and tokens (Apache OpenNLP with its English
 * models from Maven Central, a rule-based splitter for other languages), the names in it, the dates
 * it mentions resolved to the calendar, and who it says said what.
 *
 * <p>What analysis may assume: an {@link dev.newsdesk.model.Article} whose text is clean. What it
 * guarantees: every span it returns points into that text, and it never throws on any text.
 */
package dev.newsdesk.analyze;
