package dev.newsdesk.dedup;

import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds light rewrites: an article most of whose sentences closely match, in order, the sentences
 * of one earlier article of its story. Reporting the same facts is not enough; following another
 * article sentence by sentence is. Stateless and thread-safe.
 */
public final class RewriteDetector {
  private static final int MIN_SENTENCE_WORDS = 5;
  private static final int MIN_MATCHED_SENTENCES = 3;
  private static final double MIN_OTHER_SHARE = 0.5;
  private static final Set<String> STOPWORDS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "and", "on", "for", "its", "his", "her", "their",
          "that", "is", "was", "has", "have", "had", "be", "by", "with", "at", "from", "as", "it",
          "s");

  private final DedupConfig config;

  public RewriteDetector(DedupConfig config) {
    this.config = config;
  }

  /** The earlier article this one rewrites, or an original verdict. Earlier articles in order. */
  public DuplicateVerdict check(AnalyzedArticle article, List<AnalyzedArticle> earlier) {
    DuplicateVerdict best = DuplicateVerdict.none();
    List<Set<String>> mine = sentenceWords(article);
    if (mine.size() < MIN_MATCHED_SENTENCES) {
      return best;
    }
    for (AnalyzedArticle other : earlier) {
      List<Set<String>> theirs = sentenceWords(other);
      int matched = alignedMatches(mine, theirs);
      double share = matched / (double) mine.size();
      // Both ways: an article that takes a wire story and adds its own reporting is derived
      // from it, not a copy of it.
      double theirShare = theirs.isEmpty() ? 0 : matched / (double) theirs.size();
      if (matched >= MIN_MATCHED_SENTENCES
          && share >= config.minParaphraseShare()
          && theirShare >= MIN_OTHER_SHARE
          && share > best.similarity()) {
        best = new DuplicateVerdict(other.id(), DuplicateVerdict.Kind.REWRITE, share);
      }
    }
    return best;
  }

  /** Greedy in-order alignment: each of mine matches the first unused later sentence of theirs. */
  private int alignedMatches(List<Set<String>> mine, List<Set<String>> theirs) {
    int matched = 0;
    int from = 0;
    for (Set<String> sentence : mine) {
      for (int j = from; j < theirs.size(); j++) {
        if (jaccard(sentence, theirs.get(j)) >= config.minSentenceSimilarity()) {
          matched++;
          from = j + 1;
          break;
        }
      }
    }
    return matched;
  }

  private static List<Set<String>> sentenceWords(AnalyzedArticle article) {
    return article.sentences().stream()
        .map(Sentence::text)
        .map(Shingles::words)
        .filter(words -> words.size() >= MIN_SENTENCE_WORDS)
        .map(
            words -> {
              Set<String> content = new HashSet<>(words);
              content.removeAll(STOPWORDS);
              return content;
            })
        .toList();
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String word : a) {
      if (b.contains(word)) {
        common++;
      }
    }
    int union = a.size() + b.size() - common;
    return union == 0 ? 0 : common / (double) union;
  }
}
