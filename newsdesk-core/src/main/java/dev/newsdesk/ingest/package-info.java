/**
 * Readers for the shapes news arrives in: digests, snippet pages, article dumps, JSONL, RSS and
 * Atom (Rome), JSON Feed, web pages and OPML lists. A reader splits a file into items and records
 * what the container says about each ({@link dev.newsdesk.model.ItemMetadata}); it does not clean
 * text, which is extraction's job.
 *
 * <p>Every reader is total: a bad file or a bad item becomes a {@link dev.newsdesk.model.Rejection}
 * naming the input and the reason, and the rest of the batch goes on. Readers never fetch or
 * execute what they read: XML is parsed with DTDs and external entities off.
 */
package dev.newsdesk.ingest;
