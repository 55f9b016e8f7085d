package dev.newsdesk.analyze;

import dev.newsdesk.internal.TextNormalizer;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.EntityMention;
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
  private final AttributionExtractor attributions;
  private final EntityMerger merger = new EntityMerger();
  private final AttributionLinker linker = new AttributionLinker();

  /** An analyzer with the default settings: attributions by the rules. */
  public Analyzer() {
    this(AnalysisConfig.defaults());
  }

  /** An analyzer with these settings. */
  public Analyzer(AnalysisConfig config) {
    this.attributions =
        config.attributionTagger() == null ? new AttributionFinder() : config.attributionTagger();
  }

  public AnalyzedArticle analyze(Article article) {
    String text = TextNormalizer.stripControls(article.text());
    String language =
        "und".equals(article.language()) ? languages.identify(text) : article.language();
    Article withLanguage = article.withLanguage(language);
    List<Sentence> sentences = splitter.split(text, language);
    List<EntityMention> mentions = entities.find(text, sentences);
    return new AnalyzedArticle(
        withLanguage,
        text,
        sentences,
        mentions,
        dates.find(sentences, article.published()),
        linkedAttributions(text, sentences, mentions));
  }

  /**
   * Attributions with their sources linked to the article's merged entities. Design decision: the
   * article's own mentions are merged here (only when a source is named) so a source carries its
   * canonical name from the start; across a story, {@link AttributionLinker} can link again against
   * the story's entities.
   */
  private List<Attribution> linkedAttributions(
      String text, List<Sentence> sentences, List<EntityMention> mentions) {
    List<Attribution> found = attributions.find(text, sentences, mentions);
    if (found.stream().noneMatch(a -> a.source() != null) || mentions.isEmpty()) {
      return found;
    }
    return linker.link(found, mentions, merger.merge(sourceNames(text, found, mentions)));
  }

  /**
   * The mentions that share a word with some source: merging only these is what linking needs, and
   * it keeps the per-article merge small (the merger compares names pairwise).
   */
  private static List<EntityMention> sourceNames(
      String text, List<Attribution> found, List<EntityMention> mentions) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Attribution a : found) {
      if (a.source() != null) {
        words.addAll(List.of(NameVariants.particleKey(a.source().of(text)).split(" ")));
      }
      if (a.sourceText() != null) {
        words.addAll(List.of(NameVariants.particleKey(a.sourceText()).split(" ")));
      }
    }
    words.remove("");
    return mentions.stream()
        .filter(
            m ->
                List.of(NameVariants.particleKey(m.text()).split(" ")).stream()
                    .anyMatch(words::contains))
        .toList();
  }

  /** The dates of an article resolved against another reference, such as its story's date. */
  public DateFinder dates() {
    return dates;
  }
}
