/**
 * One brief per story: a headline, a lead, key points chosen for coverage and against redundancy,
 * the story's claims with their origins, its timeline, entities and disputed values; and the
 * renderers that write briefs as JSON (the output contract), Markdown and self-contained HTML.
 *
 * <p>Extractive by design: every sentence of a brief is a sentence of an article, and it cites
 * every article of the story that supports it by the verifier's rule ({@link
 * dev.newsdesk.brief.CitationVerifier}). No citation, no sentence.
 */
package dev.newsdesk.brief;
