package dev.newsdesk.analyze;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.Sentence;
import java.util.List;

/**
 * The attribution stage: who said what in one article. Two implementations: {@link
 * AttributionFinder} (the rules, the default) and {@link AttributionTagger} (a sequence model a
 * user trains on their own annotations). Both return attributions of the same shape, so claims and
 * briefs work unchanged with either.
 */
public interface AttributionExtractor {

  /**
   * The attributions of {@code text}, in text order, given its sentences and its typed name
   * mentions (possibly empty), which resolve sources that refer back ("she", "the company").
   */
  List<Attribution> find(String text, List<Sentence> sentences, List<EntityMention> names);
}
