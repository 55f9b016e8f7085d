package dev.newsdesk.cluster;

/**
 * Turns a text into a dense vector whose cosine with another text's vector measures how close they
 * are in meaning, beyond shared words (a paraphrase, a synonym, a name and its role). Story
 * assignment may add that cosine to its TF-IDF score ({@link ClusterConfig#denseWeight()}); the
 * implementation lives outside core ({@code newsdesk-embeddings}), so core carries no model.
 *
 * <p>Contract: every vector has the same dimension and the same text gives the same vector
 * (deterministic). Implementations say whether they are thread-safe; the story assigner calls them
 * from its one thread.
 */
public interface TextEmbedder {
  /**
   * The text's vector.
   *
   * @throws IllegalArgumentException if the text cannot be embedded, naming the reason
   */
  float[] embed(String text);
}
