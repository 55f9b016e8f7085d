/**
 * Where a long-running Newsdesk keeps what it was given, and how it finds it again: the storage and
 * search interfaces. Core holds only the contracts; {@code newsdesk-store} implements them with
 * SQLite and Lucene on one node, and a scale-out backend can implement them later.
 *
 * <p>Design decision: the store keeps the raw items, in arrival order, and not the stages' state
 * (the dedup index, the story centroids). The stages are deterministic, so replaying the stored
 * items through a fresh pipeline rebuilds exactly the state that placed them; stored placements are
 * checked against the replay. An upgraded stage re-places everything by the same replay ({@code
 * newsdesk reindex}) instead of a wipe.
 */
package dev.newsdesk.store;
