package dev.newsdesk.brief;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryMember;
import java.util.List;

/**
 * The brief's citation rule, open to evaluation: whether an article of a story supports a sentence,
 * judged exactly as the brief judges the sentences it writes (see {@link CitationVerifier}). A copy
 * is judged by its original.
 */
public final class Verification {
  private final CitationVerifier verifier;
  private final List<StoryMember> members;

  public Verification(List<StoryMember> members) {
    StoryVocabulary vocabulary = new StoryVocabulary();
    members.stream()
        .filter(m -> !m.isCopy())
        .forEach(m -> m.article().sentences().forEach(s -> vocabulary.add(s.text())));
    this.verifier = new CitationVerifier(vocabulary, members);
    this.members = List.copyOf(members);
  }

  public boolean supports(ArticleId article, String sentence) {
    ArticleId judged = article;
    for (StoryMember m : members) {
      if (m.id().equals(article) && m.isCopy()) {
        judged = m.duplicateOf();
      }
    }
    return verifier.supports(judged, sentence);
  }
}
