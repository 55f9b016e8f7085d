/**
 * Immutable values shared by every stage: what goes in ({@link dev.newsdesk.model.RawDocument}),
 * what extraction makes of it ({@link dev.newsdesk.model.Article}), what analysis finds ({@link
 * dev.newsdesk.model.AnalyzedArticle}), and the story-level values the brief is built from.
 *
 * <p>Records validate at construction and copy their collections, so a value that exists is a value
 * that is well formed, and no stage can change what another stage sees.
 */
package dev.newsdesk.model;
