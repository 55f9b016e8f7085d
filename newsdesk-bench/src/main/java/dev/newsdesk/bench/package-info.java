/**
 * JMH benchmarks and the small runs that describe their inputs. Nothing here runs in {@code mvn
 * verify}: the module is built by it and run by hand (see {@code BENCHMARKS.md} at the repository
 * root for the commands and the last figures measured).
 *
 * <ul>
 *   <li>{@link dev.newsdesk.bench.ExtractionBenchmark}: pages per second of HTML main-text
 *       extraction, ours against Readability4J, over the article-extraction benchmark's pages.
 *   <li>{@link dev.newsdesk.bench.PipelineBenchmark}: items per second through {@code
 *       Pipeline.accept}, and through extraction and analysis alone, over a generated stream.
 *   <li>{@link dev.newsdesk.bench.ExtractionQuality}: the same extractors' main-text F1 on the same
 *       pages, so speed and quality are read side by side.
 *   <li>{@link dev.newsdesk.bench.StreamReport}: what the generated streams hold (stories, copies,
 *       rejections), so the pipeline figures can be interpreted.
 * </ul>
 */
package dev.newsdesk.bench;
