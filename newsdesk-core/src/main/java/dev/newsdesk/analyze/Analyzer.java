package dev.newsdesk.analyze;

import dev.newsdesk.internal.TextNormalizer;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.Sentence;
import java.util.List;

/**
 * Runs every analysis of one article. Holds OpenNLP instances, which are not thread-safe: use one
 * analyzer per thread. Deterministic.
 */
public final class Analyzer {
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityFinder entities = new EntityFinder();
  private final DateFinder dates = new DateFinder();
  private final AttributionFinder attributions = new AttributionFinder();

  public AnalyzedArticle analyze(Article article) {
    String text = TextNormalizer.stripControls(article.text());
    String language =
        "und".equals(article.language()) ? languages.identify(text) : article.language();
    Article withLanguage = article.withLanguage(language);
    List<Sentence> sentences = splitter.split(text, language);
    return new AnalyzedArticle(
        withLanguage,
        text,
        sentences,
        entities.find(text, sentences),
        dates.find(sentences, article.published()),
        attributions.find(text, sentences));
  }

  /** The dates of an article resolved against another reference, such as its story's date. */
  public DateFinder dates() {
    return dates;
  }
}
