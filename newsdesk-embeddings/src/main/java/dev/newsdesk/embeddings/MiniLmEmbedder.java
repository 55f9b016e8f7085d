package dev.newsdesk.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.newsdesk.cluster.TextEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The quantised all-MiniLM-L6-v2 sentence model (the ONNX file and its WordPiece tokenizer inside
 * langchain4j's jar; mean pooling; unit-length vectors of {@value #DIMENSION} dimensions), run
 * in-process by ONNX Runtime.
 *
 * <p>Design decision: langchain4j's packaging and encoder rather than a tokenizer of our own: it is
 * the one jar on Maven Central that holds both the model and its tokenizer, and its encoder already
 * splits texts longer than the model's 512 word pieces and averages the parts. The ONNX session is
 * built here rather than by langchain4j, so that the number of threads is ours: one by default,
 * because the pipeline already runs its analysis on every core, and ONNX Runtime's own pool would
 * compete with it (and with everything else on a small shared machine).
 *
 * <p>Loading takes about a second (the tokenizer's native library is unpacked to {@code ~/.djl.ai}
 * the first time); load one instance and keep it. Thread-safe. Deterministic for the same text on
 * the same machine.
 */
public final class MiniLmEmbedder implements TextEmbedder {
  /** The dimension of every vector this model gives. */
  public static final int DIMENSION = 384;

  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final Model model;

  /** The model on one ONNX Runtime thread. */
  public MiniLmEmbedder() {
    this(1);
  }

  /** The model on this many ONNX Runtime threads (intra-op). */
  public MiniLmEmbedder(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.model = new Model(load(threads));
  }

  @Override
  public float[] embed(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("cannot embed an empty text");
    }
    return model.embed(text).content().vector();
  }

  private static OnnxBertBiEncoder load(int threads) {
    Class<?> owner = AllMiniLmL6V2QuantizedEmbeddingModel.class;
    try (InputStream onnx = owner.getResourceAsStream(MODEL);
        InputStream tokenizer = owner.getResourceAsStream(TOKENIZER)) {
      if (onnx == null || tokenizer == null) {
        throw new IllegalStateException(
            "the MiniLM model is not on the class path: " + MODEL + " or " + TOKENIZER);
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        OrtSession session = environment.createSession(onnx.readAllBytes(), options);
        return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the MiniLM model from its jar", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load the MiniLM model", e);
    }
  }

  /** langchain4j's in-process model around our session (its constructor is for subclasses). */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run); // batches run in the caller's thread, not in a pool of our making
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
