/**
 * Groups articles into stories as they arrive. Each article is assigned once, on arrival, to the
 * story whose centroid it is most similar to, or to a new story; there is never a batch pass over
 * everything. Candidate stories come from an inverted index over the centroids' terms, so the cost
 * of one assignment depends on the article's terms, not on how many stories exist.
 *
 * <p>State (the centroids, the index, document frequencies) is owned by the assigner and is
 * explicit, so it can later be partitioned. Deterministic for the same input order.
 */
package dev.newsdesk.cluster;
