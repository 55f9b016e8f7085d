package dev.newsdesk.cli;

import dev.newsdesk.analyze.AttributionTagger;
import dev.newsdesk.analyze.AttributionTrainer;
import dev.newsdesk.eval.AttributionTrainingData;
import dev.newsdesk.eval.PolnearCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk train attribution}: trains the attribution tagger on the user's own brat
 * annotations and writes the model file that {@code --attribution-model} and {@code eval
 * attribution --model} read.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a model on your own annotated data: attribution (brat standoff laid out as"
          + " DIR/SPLIT/text/*.txt and DIR/SPLIT/attributions/*_ANNOTATOR.ann)."
    })
final class TrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "What to train: attribution.")
  String what;

  @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The corpus.")
  Path dataset;

  @Option(
      names = "--split",
      defaultValue = "train",
      paramLabel = "SPLIT",
      description =
          "The folder under DIR to train on: train, dev or test (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file.")
  Path out;

  @Mixin TrainingOptions training;

  @Override
  public Integer call() throws IOException {
    if (!what.equals("attribution")) {
      System.err.println("newsdesk train: unknown model " + what + " (known: attribution)");
      return 2;
    }
    if (!Files.isDirectory(dataset)) {
      System.err.println("newsdesk train attribution: " + dataset + ": folder not found");
      return 2;
    }
    long start = System.nanoTime();
    AttributionTagger tagger =
        AttributionTrainer.train(
            AttributionTrainingData.read(
                dataset, PolnearCorpus.Split.valueOf(split.toUpperCase(Locale.ROOT))),
            training.config());
    tagger.save(out);
    System.out.printf(
        Locale.ROOT,
        "wrote %s (%d bytes) in %.0f s%n",
        out,
        Files.size(out),
        (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
