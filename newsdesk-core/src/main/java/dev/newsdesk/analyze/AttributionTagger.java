package dev.newsdesk.analyze;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.Sentence;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.model.ModelUtil;

/**
 * Attributions by a trained token sequence model: each token of the article is labelled source,
 * cue, content or none (BIO, {@link AttributionLabels}), and the labelled parts are put back
 * together into attributions ({@link AttributionAssembly}) of the same shape the rules give. A user
 * trains one on their own annotations with {@link AttributionTrainer} ({@code newsdesk train
 * attribution}); the default stays {@link AttributionFinder}.
 *
 * <p>Design decision: OpenNLP's maximum-entropy classifier ({@code opennlp.tools.ml}) over our own
 * features, decoded left to right with OpenNLP's {@link BeamSearch} and a {@link
 * opennlp.tools.util.SequenceValidator} that admits only valid BIO, rather than {@code
 * NameFinderME}: the name finder adds every extra feature in a window of ±8 tokens (17 copies of
 * each, which made training an order of magnitude slower) and its default features assume one
 * sentence per sample, while a quote runs across sentences. The rule finder runs first and its
 * labels are features (stacking, see {@link AttributionSequence}).
 *
 * <p>The model file: a header line ({@value #MAGIC}, a format number, the beam size), then the
 * model in OpenNLP's own binary format. Thread-safe (the model is read-only; each call has its own
 * beam search) and deterministic.
 */
public final class AttributionTagger implements AttributionExtractor {
  static final String MAGIC = "newsdesk-attribution-tagger";

  /** 2 since the part-of-speech and lemma features: a format 1 model lacks them. */
  static final int FORMAT = 2;

  private final MaxentModel model;
  private final int beamSize;
  private final LabelWeights weights;
  private final String fingerprint;
  private final AttributionFinder rules = new AttributionFinder();

  /** A model trained in this process: it has no file, so no fingerprint. */
  AttributionTagger(MaxentModel model, int beamSize, LabelWeights weights) {
    this(model, beamSize, weights, null);
  }

  private AttributionTagger(
      MaxentModel model, int beamSize, LabelWeights weights, String fingerprint) {
    this.model = model;
    this.beamSize = beamSize;
    this.weights = weights;
    this.fingerprint = fingerprint;
  }

  /** This model decoding with other label weights (tuning on a dev split). */
  AttributionTagger with(LabelWeights other) {
    return new AttributionTagger(model, beamSize, other, null);
  }

  /**
   * The SHA-256 (hex) of the model file this tagger was loaded from, or empty for a model trained
   * in this process. Caches of analyses are keyed by it: the model decides the attributions as much
   * as the code does.
   */
  public Optional<String> fingerprint() {
    return Optional.ofNullable(fingerprint);
  }

  /**
   * Reads a model file written by {@link #save}. Throws {@link AttributionModelException} naming
   * the file and the reason when it is missing, not such a model, or damaged.
   */
  public static AttributionTagger load(Path file) {
    try {
      // Read whole, so the fingerprint is of exactly the bytes the model is made from.
      byte[] bytes = Files.readAllBytes(file);
      String fingerprint =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      String magic = readMagic(in);
      if (!MAGIC.equals(magic)) {
        throw new AttributionModelException(
            file, "not an attribution model written by `newsdesk train attribution`", null);
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new AttributionModelException(
            file,
            "model format "
                + format
                + ", this version reads format "
                + FORMAT
                + "; train the model again",
            null);
      }
      int beam = in.readInt();
      if (beam < 1 || beam > 1000) {
        throw new AttributionModelException(file, "damaged header (beam size " + beam + ")", null);
      }
      LabelWeights weights = new LabelWeights(in.readDouble(), in.readDouble(), in.readDouble());
      MaxentModel model = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
      for (int i = 0; i < model.getNumOutcomes(); i++) {
        if (!AttributionLabels.ALL.contains(model.getOutcome(i))) {
          throw new AttributionModelException(
              file, "unknown label " + model.getOutcome(i) + " in the model", null);
        }
      }
      return new AttributionTagger(model, beam, weights, fingerprint);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    } catch (AttributionModelException e) {
      throw e;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new AttributionModelException(file, "no such file", e);
    } catch (IOException | RuntimeException e) {
      throw new AttributionModelException(file, "damaged or truncated (" + e + ")", e);
    }
  }

  /** Writes this model to {@code file}, replacing it. */
  public void save(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      DataOutputStream data = new DataOutputStream(out);
      data.writeUTF(MAGIC);
      data.writeInt(FORMAT);
      data.writeInt(beamSize);
      data.writeDouble(weights.source());
      data.writeDouble(weights.cue());
      data.writeDouble(weights.content());
      data.flush();
      ModelUtil.writeModel(model, out);
    }
  }

  @Override
  public List<Attribution> find(String text, List<Sentence> sentences, List<EntityMention> names) {
    List<Attribution> ruled = rules.find(text, sentences, names);
    AttributionSequence sequence = AttributionSequence.of(text, sentences, ruled);
    if (sequence.size() == 0) {
      return List.of();
    }
    return AttributionAssembly.assemble(
        sequence, AttributionLabels.decode(labels(sequence)), ruled, names);
  }

  /** The label of each token, a valid BIO sequence. */
  String[] labels(AttributionSequence sequence) {
    Integer[] indexes = new Integer[sequence.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = i;
    }
    BeamSearch search =
        new BeamSearch(beamSize, weights.isNeutral() ? model : new Weighted(model, weights));
    List<String> outcomes =
        search
            .bestSequence(indexes, null, sequence.generator(), AttributionLabels.validator())
            .getOutcomes();
    return outcomes.toArray(new String[0]);
  }

  /**
   * How much more likely than the model says a part begins, by kind: a decoding bias towards
   * recall. Design decision: the model, trained on imbalanced labels (most tokens are outside any
   * part, and annotators' long tail of cues is rare), finds parts at a precision well above its
   * recall; weighting the begin labels before the beam search trades the one for the other. The
   * weights are tuned on a held-out split and stored with the model.
   */
  record LabelWeights(double source, double cue, double content) {
    LabelWeights {
      for (double w : new double[] {source, cue, content}) {
        if (!(w > 0 && w < 1000)) {
          throw new IllegalArgumentException("label weight " + w + " is not in (0, 1000)");
        }
      }
    }

    static LabelWeights neutral() {
      return new LabelWeights(1, 1, 1);
    }

    boolean isNeutral() {
      return source == 1 && cue == 1 && content == 1;
    }

    double of(String label) {
      return switch (label) {
        case "B-source" -> source;
        case "B-cue" -> cue;
        case "B-content" -> content;
        default -> 1;
      };
    }
  }

  /** The model with its begin labels weighted and the distribution normalised again. */
  private static final class Weighted implements MaxentModel {
    private final MaxentModel model;
    private final double[] factor;

    Weighted(MaxentModel model, LabelWeights weights) {
      this.model = model;
      this.factor = new double[model.getNumOutcomes()];
      for (int i = 0; i < factor.length; i++) {
        factor[i] = weights.of(model.getOutcome(i));
      }
    }

    private double[] weigh(double[] p) {
      double sum = 0;
      for (int i = 0; i < p.length; i++) {
        p[i] *= factor[i];
        sum += p[i];
      }
      for (int i = 0; i < p.length; i++) {
        p[i] /= sum;
      }
      return p;
    }

    @Override
    public double[] eval(String[] context) {
      return weigh(model.eval(context));
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      return weigh(model.eval(context, probs));
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return weigh(model.eval(context, values));
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return model.getNumOutcomes();
    }
  }

  /** The header's first string, or "" when the file does not start with one of its length. */
  private static String readMagic(DataInputStream in) throws IOException {
    int length = in.readUnsignedShort();
    if (length != MAGIC.length()) {
      return "";
    }
    return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
  }
}
