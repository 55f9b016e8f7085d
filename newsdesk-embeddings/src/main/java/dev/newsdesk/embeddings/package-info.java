/**
 * Optional dense sentence vectors for story assignment, kept out of core so that core carries no
 * model and no native runtime. {@link dev.newsdesk.embeddings.MiniLmEmbedder} runs the quantised
 * all-MiniLM-L6-v2 (384 dimensions) that ships inside its Maven Central jar, in-process with ONNX
 * Runtime: no download, no network at run time. Story assignment uses it only when {@code
 * ClusterConfig.denseWeight} is above 0; what it was measured to gain and cost is in {@code
 * help/embeddings.md}.
 */
package dev.newsdesk.embeddings;
