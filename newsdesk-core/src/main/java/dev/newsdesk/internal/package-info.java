/**
 * Text and hashing helpers used by several stages. Not API: may change without notice.
 *
 * <p>Kept here rather than in a stage so that, for example, the extractor and the deduplicator
 * agree on what "the same text" means without one stage depending on the other.
 */
package dev.newsdesk.internal;
