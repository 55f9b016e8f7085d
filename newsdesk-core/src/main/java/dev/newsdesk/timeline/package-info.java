/**
 * The dated events of a story: every resolved date the articles mention, the same date reported by
 * several articles merged into one entry that cites them all, ordered, and context far from the
 * story's own days marked as background.
 */
package dev.newsdesk.timeline;
