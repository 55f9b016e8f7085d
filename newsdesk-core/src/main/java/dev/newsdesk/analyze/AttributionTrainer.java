package dev.newsdesk.analyze;

import dev.newsdesk.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;

/**
 * Trains an {@link AttributionTagger} on annotated texts: each text is split into sentences and
 * tokens as the analyzer does it, the rule finder runs on it (its labels are features), and the
 * text's tokens with their features and annotated labels become one sequence of a linear-chain
 * conditional random field (Tribuo's {@link CRFTrainer}).
 *
 * <p>Design decision: a CRF trained by AdaGrad with the weights averaged over every step (Tribuo's
 * {@link ParameterAveraging}), rather than the maximum-entropy Markov model of OpenNLP it replaced.
 * The CRF scores a text's whole label sequence at once, so a label is chosen knowing the labels
 * after it too (a content that ends at "…, he said." is seen as one); on PolNeAR dev, with the same
 * features, it gave 0.710 / 0.701 / 0.529 / 0.843 (source, cue, content exact F1; content overlap
 * F1) against the Markov model's 0.694 / 0.686 / 0.522 / 0.821. It trains on one core (Tribuo's CRF
 * trainer has no threads; the Markov model's GIS used two). Averaging stands in for the
 * regularisation Tribuo's CRF lacks: without it the dev figures fall after 3 epochs.
 *
 * <p>Deterministic for the same examples and config: the same labels (a saved model file differs in
 * its bytes, as Tribuo records in it when and where it was trained). Memory: every token's features
 * are held while training (PolNeAR's 840 training articles: 726,215 tokens, 1,002,341 distinct
 * features of which 237,344 pass the default cutoff).
 */
public final class AttributionTrainer {
  /**
   * Tribuo reports its progress on {@code java.util.logging} at INFO, which lands on standard error
   * beside the command's own output; the commands say how training went themselves. Held here so
   * the setting is not collected with the logger.
   */
  private static final Logger TRIBUO_CRF = Logger.getLogger(CRFTrainer.class.getName());

  static {
    TRIBUO_CRF.setLevel(Level.WARNING);
  }

  private AttributionTrainer() {}

  public static AttributionTagger train(
      List<AttributionExample> examples, AttributionTrainingConfig config) {
    SentenceSplitter splitter = new SentenceSplitter();
    AttributionFinder rules = new AttributionFinder();
    List<AttributionSequence> sequences = new ArrayList<>();
    List<String[]> gold = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (AttributionExample example : examples) {
      List<Sentence> sentences = splitter.split(example.text(), "en");
      AttributionSequence sequence =
          AttributionSequence.of(example.text(), sentences, rules.find(example.text(), sentences));
      sequences.add(sequence);
      gold.add(
          AttributionLabels.encode(
              sequence.tokens, example.sources(), example.cues(), example.contents()));
      for (String[] features : sequence.features) {
        for (String feature : features) {
          counts.merge(feature, 1, Integer::sum);
        }
      }
    }
    Set<String> kept =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= config.cutoff())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    LabelFactory factory = new LabelFactory();
    MutableSequenceDataset<Label> data =
        new MutableSequenceDataset<>(
            new SimpleDataSourceProvenance("attribution annotations", factory), factory);
    for (int s = 0; s < sequences.size(); s++) {
      if (sequences.get(s).size() > 0) {
        data.add(AttributionTagger.example(sequences.get(s), gold.get(s), kept::contains));
      }
    }
    if (data.size() == 0) {
      throw new IllegalArgumentException("no annotated text with a token to train on");
    }
    CRFTrainer trainer =
        new CRFTrainer(
            new ParameterAveraging(new AdaGrad(config.learningRate(), 0.1)),
            config.epochs(),
            -1,
            1,
            config.seed());
    return new AttributionTagger((CRFModel) trainer.train(data));
  }
}
