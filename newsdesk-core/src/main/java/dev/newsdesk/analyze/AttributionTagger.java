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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.SequenceModelProto;
import org.tribuo.sequence.SequenceExample;
import org.tribuo.sequence.SequenceModel;

/**
 * Attributions by a trained token sequence model: each token of the article is labelled source,
 * cue, content or none (BILOU, read back as BIO: {@link AttributionLabels}), and the labelled parts
 * are put back together into attributions ({@link AttributionAssembly}) of the same shape the rules
 * give. A user trains one on their own annotations with {@link AttributionTrainer} ({@code newsdesk
 * train attribution}); the default stays {@link AttributionFinder}.
 *
 * <p>Design decision: a linear-chain conditional random field (Tribuo's {@link CRFModel}, decoded
 * by Viterbi over the whole article) over our own features ({@link AttributionSequence}), one
 * sequence per article because a quote runs across sentences. The rule finder runs first and its
 * labels are features (stacking). The CRF does not forbid an I- label after a part of another kind
 * (its transition weights only make it unlikely); such a label is read as the start of a part of
 * its kind ({@link AttributionLabels#repaired}).
 *
 * <p>The model file: a header ({@value #MAGIC}, a format number), then Tribuo's own protobuf of the
 * model. Loading accepts only a protobuf whose outer class is Tribuo's CRF and every class named
 * inside it (parameters, feature and label domains, provenance) one of Tribuo's or OLCUT's ({@link
 * TribuoClassNames}): Tribuo's deserializer loads a class a file names before it checks its type,
 * so a foreign name is refused before Tribuo reads the file. Thread-safe (the model is read-only)
 * and deterministic.
 */
public final class AttributionTagger implements AttributionExtractor {
  static final String MAGIC = "newsdesk-attribution-tagger";

  /**
   * 3 since the CRF and its BILOU labels; 2 was the maximum-entropy Markov model with
   * part-of-speech and lemma features, 1 the same without them.
   */
  static final int FORMAT = 3;

  private final CRFModel model;
  private final String fingerprint;
  private final AttributionFinder rules = new AttributionFinder();

  /** A model trained in this process: it has no file, so no fingerprint. */
  AttributionTagger(CRFModel model) {
    this(model, null);
  }

  private AttributionTagger(CRFModel model, String fingerprint) {
    this.model = model;
    this.fingerprint = fingerprint;
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
      SequenceModelProto proto = SequenceModelProto.parseFrom(in);
      if (!CRFModel.class.getName().equals(proto.getClassName())) {
        throw new AttributionModelException(
            file, "holds a " + proto.getClassName() + ", not a CRF", null);
      }
      String foreign = TribuoClassNames.firstForeign(proto);
      if (foreign != null) {
        throw new AttributionModelException(file, "names a class outside Tribuo: " + foreign, null);
      }
      CRFModel model = (CRFModel) SequenceModel.deserialize(proto);
      for (Object label : model.getOutputIDInfo().getDomain()) {
        String name = label instanceof Label l ? l.getLabel() : String.valueOf(label);
        if (!AttributionLabels.ALL.contains(name)) {
          throw new AttributionModelException(
              file, "unknown label " + name + " in the model", null);
        }
      }
      return new AttributionTagger(model, fingerprint);
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
      data.flush();
      model.serialize().writeTo(out);
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
    List<Prediction<Label>> predictions = model.predict(example(sequence, null, f -> true));
    String[] labels = new String[predictions.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = predictions.get(i).getOutput().getLabel();
    }
    return AttributionLabels.repaired(AttributionLabels.toBio(labels));
  }

  /**
   * The article as one Tribuo sequence: a token's kept features, each of value 1, and its gold
   * label ({@code gold} null when predicting).
   */
  static SequenceExample<Label> example(
      AttributionSequence sequence, String[] gold, Predicate<String> kept) {
    List<Example<Label>> tokens = new ArrayList<>(sequence.size());
    for (int i = 0; i < sequence.size(); i++) {
      String[] names =
          Arrays.stream(sequence.features[i]).filter(kept).distinct().toArray(String[]::new);
      double[] ones = new double[names.length];
      Arrays.fill(ones, 1.0);
      Label label = gold == null ? LabelFactory.UNKNOWN_LABEL : new Label(gold[i]);
      tokens.add(new ArrayExample<>(label, names, ones));
    }
    return new SequenceExample<>(tokens);
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
