/**
 * Finds copies: exact ones (the same words), near ones (MinHash over word shingles, with LSH
 * banding so that candidates come from an index, never a scan), and rewrites of an earlier article
 * in the same story. Also fingerprints sentences, so provenance can tell which sentences an article
 * shares with earlier ones.
 *
 * <p>Design decision: MinHash rather than SimHash. MinHash estimates Jaccard similarity of shingle
 * sets, which degrades gracefully when a copy gains a new wrapper, loses its last paragraphs or has
 * a few words changed; SimHash's Hamming distance is tuned for near-identical pages and is less
 * predictable on short texts such as snippets. Candidates are then verified exactly on their
 * shingle sets, with containment as well as Jaccard, so a copy cut to its first half still counts.
 * The same holds one level down: reused sentences are found by MinHash band keys over each
 * sentence's content words, kept per story, and verified by Jaccard; a SimHash of a fifteen-word
 * sentence flips too many bits for one changed word to be a usable key.
 *
 * <p>State (the index) is owned by the deduplicator and covers a window of publication dates (the
 * rewrite index: the active stories); a copy always points at the earliest article it copies, so
 * copies of copies do not chain.
 */
package dev.newsdesk.dedup;
