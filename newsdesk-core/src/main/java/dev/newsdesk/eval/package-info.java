/**
 * Scores each stage of the engine on public data, so that "better" is a number and not an
 * impression.
 *
 * <p>Why it exists: every stage (extraction, clustering, attribution, timelines) makes choices that
 * look right on the three examples a developer has in mind and wrong on the hundredth page. The
 * public benchmarks for those tasks already hold the hundred pages and, often, published scores of
 * other tools. This package reads those datasets and computes the same figures, so a change to a
 * stage can be judged against its own past and against the published anchors.
 *
 * <p>What it holds:
 *
 * <ul>
 *   <li>Metrics, each a pure function from predictions and ground truth to a record: {@link
 *       dev.newsdesk.eval.ExtractionScore} (the token-shingle metric of the article-extraction
 *       benchmark), {@link dev.newsdesk.eval.ClusteringScore} (B-cubed, pairwise, NMI, ARI), {@link
 *       dev.newsdesk.eval.SpanScore} (exact and overlap span matching) and {@link
 *       dev.newsdesk.eval.DateScore} (date F1 of timelines).
 *   <li>Dataset readers, one small class per dataset, which turn the files as published into
 *       records and fail with a {@link dev.newsdesk.eval.DatasetFormatException} that names the
 *       file and the reason when the data is not what they expect.
 *   <li>{@link dev.newsdesk.eval.Scoreboard}, which lays our figures beside the published ones and
 *       says plainly when a stage is not built yet, rather than printing a zero.
 * </ul>
 *
 * <p>Design decision: the metrics are reimplemented from the datasets' own written descriptions,
 * not ported from their scripts, and each is tested on examples small enough to compute by hand.
 * They are then checked against the published numbers (for example, the benchmark's own prediction
 * files must reproduce its score table), which is what makes a figure comparable with a published
 * one.
 *
 * <p>Design decision: data is read in place, from wherever the caller keeps it, and never copied
 * into the repository or the build. Several datasets carry no redistribution licence, and copies
 * drift. The unit tests use small hand-written fixtures instead; corpus-level runs belong to the
 * command line, not to the unit tests.
 *
 * <p>Nothing here depends on the stage packages: the evaluation compares plain values (strings,
 * labels, spans, dates), so a stage is scored by converting its output, and the scorer cannot be
 * bent to fit the stage.
 */
package dev.newsdesk.eval;
