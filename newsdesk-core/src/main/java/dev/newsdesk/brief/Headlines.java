package dev.newsdesk.brief;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.internal.TextNormalizer;
import dev.newsdesk.model.StoryMember;
import java.util.regex.Pattern;

/**
 * Picks a story's headline: the title, among its original articles' titles, whose words are most
 * shared across the story, stripped of site suffixes; or, when no article has a title, the lead cut
 * at a clause boundary.
 */
final class Headlines {
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014-]{2,40}$");
  private static final int MAX_WORDS = 18;

  private Headlines() {}

  static String choose(
      java.util.List<StoryMember> members, StoryVocabulary vocabulary, String lead) {
    java.util.Set<String> leadTerms = vocabulary.terms(lead);
    String best = null;
    double bestScore = -1;
    for (StoryMember member : members) {
      String title = member.article().article().title();
      if (member.isCopy() || title == null || title.isBlank()) {
        continue;
      }
      String clean = SITE_SUFFIX.matcher(TextNormalizer.collapseSpaces(title)).replaceFirst("");
      double score =
          vocabulary.coverage(vocabulary.terms(clean), leadTerms)
              + vocabulary.similarity(vocabulary.terms(clean), leadTerms);
      if (score > bestScore) {
        best = clean;
        bestScore = score;
      }
    }
    return best != null ? best : fromLead(lead);
  }

  private static String fromLead(String lead) {
    String[] words = lead.split("\\s+");
    if (words.length <= MAX_WORDS) {
      return lead.replaceAll("[.]$", "");
    }
    int comma = lead.indexOf(", ");
    if (comma > 20 && lead.substring(0, comma).split("\\s+").length <= MAX_WORDS) {
      return lead.substring(0, comma);
    }
    return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "\u2026";
  }
}
