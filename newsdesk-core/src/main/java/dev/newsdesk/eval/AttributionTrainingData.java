package dev.newsdesk.eval;

import dev.newsdesk.analyze.AttributionExample;
import dev.newsdesk.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Training examples for the attribution tagger from a brat corpus laid out as PolNeAR is ({@code
 * <split>/text/*.txt} with {@code <split>/attributions/*_<annotator>.ann}): every {@code Source},
 * {@code Cue} and {@code Content} annotation, a discontinuous one as its fragments. Read where it
 * lies; nothing is copied.
 */
public final class AttributionTrainingData {
  private AttributionTrainingData() {}

  /** The examples of one split, in article name order. */
  public static List<AttributionExample> read(Path dir, PolnearCorpus.Split split)
      throws IOException {
    List<AttributionExample> examples = new ArrayList<>();
    for (PolnearCorpus.Article article : PolnearCorpus.read(dir, split)) {
      examples.add(example(article));
    }
    return examples;
  }

  /** One article's annotations as a training example. */
  public static AttributionExample example(PolnearCorpus.Article article) {
    List<Span> sources = new ArrayList<>();
    List<Span> cues = new ArrayList<>();
    List<Span> contents = new ArrayList<>();
    for (AnnotatedSpan span : article.spans()) {
      List<Span> into =
          switch (span.type()) {
            case "Source" -> sources;
            case "Cue" -> cues;
            case "Content" -> contents;
            default -> null;
          };
      if (into != null) {
        into.addAll(span.fragments());
      }
    }
    return new AttributionExample(article.text(), sources, cues, contents);
  }
}
