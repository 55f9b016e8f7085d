/**
 * Storage and search for one node, embedded in a data directory: SQLite in WAL mode for the
 * articles, stories and sources, and a Lucene index for full-text search. Implements the interfaces
 * of {@link dev.newsdesk.store} in core; a scale-out backend would implement the same.
 */
package dev.newsdesk.embedded;
