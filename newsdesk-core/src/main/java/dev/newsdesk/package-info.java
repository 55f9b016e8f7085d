/**
 * Newsdesk's engine. {@link dev.newsdesk.Pipeline} wires the stages in the order data flows through
 * them; this page says what each stage may assume about its input.
 *
 * <pre>
 *   files ─ ingest ─> RawDocument ─ extract ─> Article ─ analyze ─> AnalyzedArticle
 *        ─ dedup ─> copy of? ─ cluster ─> story ─┐
 *                                                 └ per story: claims, timeline ─ brief ─> Brief
 * </pre>
 *
 * <ul>
 *   <li><b>ingest</b> assumes nothing: bytes in any encoding, in any of the shapes it reads, or
 *       garbage. It splits files into items and rejects, with a reason, what it cannot read.
 *   <li><b>extract</b> assumes decoded text or HTML. It returns clean paragraphs (no boilerplate)
 *       with the metadata it could find, or rejects the item.
 *   <li><b>analyze</b> assumes clean text. It never throws; every span it returns points into the
 *       analysed text.
 *   <li><b>dedup</b> and <b>cluster</b> see articles one at a time, in arrival order, and keep
 *       state between them (the copy index, the story centroids): a stream, never a batch pass.
 *   <li><b>claims</b>, <b>timeline</b> and <b>brief</b> see one story's members at a time, copies
 *       marked, and cite only those members.
 *   <li><b>eval</b> scores stages on public datasets; <b>internal</b> holds helpers shared by
 *       stages; <b>model</b> the immutable records they exchange.
 * </ul>
 */
package dev.newsdesk;
