package dev.newsdesk.claims;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.Evidence;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups a story's attributed statements into claims and traces each to its origin.
 *
 * <p>Each attribution the analysis found seeds or joins a claim (by weighted word overlap with the
 * claim's statements, and never across a disagreeing number). Sentences that name no source join
 * the claim they repeat, so an unattributed copy inherits the origin. A source that itself cites a
 * named source ("TASS, citing Reuters") passes the claim on to that root. Independent sources are
 * the distinct roots: outlets repeating one report count once.
 */
public final class ClaimGrouper {
  private static final double JOIN_ATTRIBUTED = 0.3;
  private static final double JOIN_UNATTRIBUTED = 0.4;
  private static final Pattern CITING =
      Pattern.compile("\\bciting\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'\u2019.&-]*\\s*){1,5})");

  private static final class Group {
    final List<Statement> statements = new ArrayList<>();
    final Map<String, String> origins = new LinkedHashMap<>();

    /**
     * A short form of a name already there ("Vetrana" for "Vetrana Chemical Works") is that name.
     */
    void addOrigin(String key, String display) {
      for (String known : List.copyOf(origins.keySet())) {
        if (containsWords(known, key)) {
          return;
        }
        if (containsWords(key, known)) {
          origins.remove(known);
        }
      }
      origins.put(key, display);
    }

    private static boolean containsWords(String longer, String shorter) {
      return List.of(longer.split(" ")).containsAll(List.of(shorter.split(" ")));
    }
  }

  private record Statement(
      ArticleId article,
      Evidence evidence,
      String text,
      Set<String> terms,
      List<Quantities.Quantity> quantities,
      String originKey,
      String origin) {}

  public List<Claim> group(List<StoryMember> members) {
    StoryVocabulary vocabulary = new StoryVocabulary();
    for (StoryMember member : members) {
      member.article().sentences().forEach(s -> vocabulary.add(s.text()));
    }
    List<Group> groups = new ArrayList<>();
    members.forEach(m -> seedFromAttributions(m.article(), groups, vocabulary));
    members.forEach(m -> joinUnattributedRepeats(m.article(), groups, vocabulary));
    return groups.stream()
        .map(ClaimGrouper::toClaim)
        .sorted((a, b) -> Integer.compare(b.reportedBy().size(), a.reportedBy().size()))
        .toList();
  }

  /** Each attribution joins the claim it repeats, or starts one. */
  private static void seedFromAttributions(
      AnalyzedArticle article, List<Group> groups, StoryVocabulary vocabulary) {
    for (Attribution a : article.attributions()) {
      Statement statement = attributed(article, a, vocabulary);
      Group best = bestGroup(groups, statement, vocabulary, JOIN_ATTRIBUTED);
      if (best == null) {
        best = new Group();
        groups.add(best);
      }
      best.statements.add(statement);
      if (statement.originKey() != null) {
        best.addOrigin(statement.originKey(), statement.origin());
      }
    }
  }

  /** A sentence that names no source joins the claim it repeats, inheriting that claim's origin. */
  private static void joinUnattributedRepeats(
      AnalyzedArticle article, List<Group> groups, StoryVocabulary vocabulary) {
    Set<Integer> attributedSentences = new HashSet<>();
    article.attributions().forEach(a -> attributedSentences.add(a.sentenceIndex()));
    for (Sentence sentence : article.sentences()) {
      if (attributedSentences.contains(sentence.index())) {
        continue;
      }
      Statement statement =
          new Statement(
              article.id(),
              new Evidence(article.id(), sentence.span()),
              sentence.text(),
              vocabulary.terms(sentence.text()),
              Quantities.find(sentence.text()),
              null,
              null);
      Group best = bestGroup(groups, statement, vocabulary, JOIN_UNATTRIBUTED);
      if (best != null) {
        best.statements.add(statement);
      }
    }
  }

  private static Statement attributed(
      AnalyzedArticle article, Attribution a, StoryVocabulary vocabulary) {
    String content = a.content().of(article.text());
    String sentence = article.sentences().get(a.sentenceIndex()).text();
    String origin = null;
    String key = null;
    if (a.sourceText() != null) {
      Matcher citing = CITING.matcher(sentence);
      String root = citing.find() ? citing.group(1).strip() : a.sourceText();
      origin = OriginNames.display(root);
      key = OriginNames.key(root);
    }
    return new Statement(
        article.id(),
        new Evidence(article.id(), a.content()),
        content,
        vocabulary.terms(content),
        Quantities.find(content),
        key,
        origin);
  }

  private static Group bestGroup(
      List<Group> groups, Statement statement, StoryVocabulary vocabulary, double threshold) {
    Group best = null;
    double bestScore = threshold;
    for (Group group : groups) {
      double score = 0;
      for (Statement other : group.statements) {
        if (disagree(statement, other)) {
          score = 0;
          break;
        }
        score = Math.max(score, vocabulary.similarity(statement.terms(), other.terms()));
      }
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = group;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean disagree(Statement a, Statement b) {
    for (Quantities.Quantity qa : a.quantities()) {
      for (Quantities.Quantity qb : b.quantities()) {
        if (qa.nounStem().equals(qb.nounStem()) && !qa.value().equals(qb.value())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Claim toClaim(Group group) {
    Statement first =
        group.statements.stream()
            .filter(s -> s.originKey() != null)
            .findFirst()
            .orElse(group.statements.get(0));
    Set<ArticleId> reportedBy = new LinkedHashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Statement s : group.statements) {
      reportedBy.add(s.article());
      evidence.add(s.evidence());
    }
    List<String> named =
        group.origins.values().stream().filter(o -> !OriginNames.isGeneric(o)).toList();
    List<String> roots = named.isEmpty() ? List.copyOf(group.origins.values()) : named;
    String origin = roots.isEmpty() ? null : String.join("; ", roots);
    return new Claim(
        asSentence(first.text()),
        origin,
        List.copyOf(reportedBy),
        Math.max(1, roots.size()),
        evidence);
  }

  private static String asSentence(String content) {
    String text =
        content
            .strip()
            .replaceFirst("^(?i)that\\s+", "")
            .replaceAll("^[\"\u201C\u2018']+|[\"\u201D\u2019',;:]+$", "")
            .strip();
    if (text.isEmpty()) {
      return content.strip();
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
