package dev.newsdesk.reliability;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.ItemReader;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.model.Span;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contract every parser of hostile input keeps: it gives a result, or it says, in the project's
 * own terms, which input it refused and why. Anything else (a {@code NullPointerException}, an
 * index out of bounds, a stack overflow, running out of memory, a result that points outside its
 * own text) breaks it. Fuzz targets and the known-bad catalogue both check through here, so a crash
 * and a bad result are reported the same way.
 *
 * <p>Design decision: a breach is an {@link AssertionError}, and an unexpected exception is left to
 * propagate. Jazzer treats both as a finding and saves the input, which is what we want from it.
 */
final class Contract {
  private Contract() {}

  /** A broken contract: what was expected, of which input. */
  static final class Breach extends AssertionError {
    private static final long serialVersionUID = 1L;

    Breach(String message) {
      super(message);
    }
  }

  /**
   * A reader returns a batch and never throws; every item and every rejection is named after the
   * file (or an item of it), and every rejection gives a reason.
   */
  static ReadBatch reads(ItemReader reader, InputFile file) {
    ReadBatch batch = reader.read(file);
    require(batch != null, "%s returned no batch for %s", reader, file.name());
    for (Rejection r : batch.rejected()) {
      require(r.input().startsWith(file.name()), "rejection %s does not name %s", r, file.name());
      require(!r.reason().isBlank(), "rejection of %s gives no reason", r.input());
    }
    for (RawDocument doc : batch.items()) {
      require(doc.input().startsWith(file.name()), "item %s not named after its file", doc.input());
    }
    return batch;
  }

  /**
   * Extraction gives an article, or refuses the item with a {@link RejectedItemException} that says
   * why. Empty when refused.
   */
  static Optional<Article> extracts(Extractor extractor, RawDocument doc) {
    try {
      Article article = extractor.extract(doc);
      require(article != null, "extraction of %s returned null", doc.input());
      require(article.input().equals(doc.input()), "article %s lost its input", article.input());
      return Optional.of(article);
    } catch (RejectedItemException e) {
      require(
          e.getMessage() != null && !e.getMessage().isBlank(),
          "rejection of %s gives no reason",
          doc.input());
      return Optional.empty();
    }
  }

  /** Analysis gives a result whose every span lies inside the text it analysed. */
  static AnalyzedArticle analyzes(Analyzer analyzer, Article article) {
    AnalyzedArticle analyzed = analyzer.analyze(article);
    String text = analyzed.text();
    inside(text, analyzed.sentences(), s -> s.span(), "sentence");
    inside(text, analyzed.entities(), m -> m.span(), "entity");
    inside(text, analyzed.dates(), d -> d.span(), "date");
    inside(text, analyzed.attributions(), a -> a.cue(), "attribution cue");
    inside(text, analyzed.attributions(), a -> a.content(), "attribution content");
    return analyzed;
  }

  /** Each value's span lies inside {@code text}. */
  static <T> void inside(String text, Collection<T> values, Function<T, Span> span, String what) {
    for (T value : values) {
      Span s = span.apply(value);
      require(
          s.end() <= text.length(), "%s %s ends past the text (%d chars)", what, s, text.length());
    }
  }

  static void require(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new Breach(String.format(java.util.Locale.ROOT, format, args));
    }
  }
}
