package dev.newsdesk.analyze;

import dev.newsdesk.model.Sentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an {@link AttributionTagger} on annotated texts: each text is split into sentences and
 * tokens as the analyzer does it, the rule finder runs on it (its labels are features), and every
 * token becomes one training event whose outcome is its annotated label and whose context includes
 * the annotated labels before it (a maximum-entropy Markov model; decoding uses the predicted
 * ones).
 *
 * <p>Deterministic for the same examples and config. Memory: the features of every token of every
 * text are held while training (PolNeAR's 840 training articles, ~630,000 tokens: 4.0 GB max RSS
 * with the JVM's default heap, 3.5 minutes on 2 busy cores).
 */
public final class AttributionTrainer {
  private AttributionTrainer() {}

  public static AttributionTagger train(
      List<AttributionExample> examples, AttributionTrainingConfig config) throws IOException {
    SentenceSplitter splitter = new SentenceSplitter();
    AttributionFinder rules = new AttributionFinder();
    List<AttributionSequence> sequences = new ArrayList<>();
    List<String[]> gold = new ArrayList<>();
    for (AttributionExample example : examples) {
      List<Sentence> sentences = splitter.split(example.text(), "en");
      AttributionSequence sequence =
          AttributionSequence.of(example.text(), sentences, rules.find(example.text(), sentences));
      sequences.add(sequence);
      gold.add(
          AttributionLabels.encode(
              sequence.tokens, example.sources(), example.cues(), example.contents()));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, config.threads());
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    MaxentModel model = trainer.train(new Events(sequences, gold));
    return new AttributionTagger(
        model,
        config.beamSize(),
        new AttributionTagger.LabelWeights(
            config.sourceWeight(), config.cueWeight(), config.contentWeight()));
  }

  /** Every token of every text as one event, in order; can be read again after {@link #reset()}. */
  private static final class Events implements ObjectStream<Event> {
    private final List<AttributionSequence> sequences;
    private final List<String[]> gold;
    private int text;
    private int token;

    Events(List<AttributionSequence> sequences, List<String[]> gold) {
      this.sequences = sequences;
      this.gold = gold;
    }

    @Override
    public Event read() {
      while (text < sequences.size() && token >= sequences.get(text).size()) {
        text++;
        token = 0;
      }
      if (text >= sequences.size()) {
        return null;
      }
      String[] labels = gold.get(text);
      Event event = new Event(labels[token], sequences.get(text).context(token, labels));
      token++;
      return event;
    }

    @Override
    public void reset() {
      text = 0;
      token = 0;
    }
  }
}
