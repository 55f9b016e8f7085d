package dev.newsdesk.cluster;

/**
 * Story assignment settings.
 *
 * @param headlineThreshold the least score for a headline-sized item (up to {@code headlineWords}
 *     content words): one shared rare word already gives such items a high cosine, so the bar is
 *     higher than for snippets
 * @param headlineWords content words up to which an item is headline-sized
 * @param snippetThreshold the least score for a snippet (up to {@code snippetWords} content words)
 *     to join a story: short texts share few words, so their cosines are low
 * @param articleThreshold the least score for a full article (from {@code fullArticleWords} content
 *     words) to join a story; between the two lengths the threshold is interpolated
 * @param snippetWords content words up to which an item is a snippet
 * @param fullArticleWords content words from which an item counts as a full article
 * @param memberWeight how much the similarity to the story's closest member counts beside the
 *     similarity to its centroid ({@code score = max(centroid, memberWeight * member)})
 * @param titleWeight how much more a title word counts than a body word
 * @param nameWeight how much more a word of a person's, organisation's or facility's name counts
 * @param placeWeight how much a word of a place name counts (below 1: places are shared by events)
 * @param lookupTerms the article's rarest terms used to look up candidate members in the index
 * @param maxPostings a term's lookup reads only its most recent this many members
 * @param maxCandidates stories, by their closest member, whose centroid is compared
 * @param maxCentroidTerms a centroid keeps only its strongest terms (bounded memory)
 * @param dayScale days apart (beyond two) at which the time penalty halves the score
 * @param quietDays a story with no new article for more than this many days, by publication date,
 *     leaves the active set and the index
 * @param leadSentences sentences from the start of the text whose day-precise dates count as the
 *     days the article reports on ({@link EventDates}); 0 turns event days off
 * @param sharedDateBoost the score is multiplied by this when the article's lead names a day that
 *     the lead of a story's member names (1 turns it off)
 * @param spanDays days after a story's first article within which it is not damped for its age;
 *     beyond, the score is also damped by days since the story began, on {@code dayScale}
 * @param denseWeight how much the cosine of dense vectors (article against the story's centroid
 *     vector, from a {@link TextEmbedder}) counts beside the TF-IDF score: {@code score +=
 *     denseWeight × (cosine − denseNeutral)}; 0, the default, turns it off (nothing is embedded)
 * @param denseNeutral the dense cosine that neither raises nor lowers a score
 * @param denseMaxWords the dense term is used only for items with fewer content words than this
 *     (headlines and snippets): on full articles it was measured not to help, and it costs most
 *     there (help/embeddings.md)
 * @param eventKeySentences sentences from the start of the text (besides the title) whose happening
 *     nouns ("debate", "primary", "speech") pair with the lead's days into event keys ({@link
 *     EventKeys}); 0 turns event keys off
 * @param eventKeyBoost the score is multiplied by this (instead of {@code sharedDateBoost}) when
 *     the article and one of the story's members share an event key: the same happening noun and
 *     the same day (1 turns it off)
 * @param publicationKeyDays a happening noun shared with a member published at most this many days
 *     apart multiplies the score by {@code publicationKeyBoost}
 * @param publicationKeySentences sentences from the start of the text (besides the title) whose
 *     happening nouns count for {@code publicationKeyBoost}
 * @param publicationKeyBoost the factor of a happening noun shared with a member published nearby
 *     (1 turns it off)
 * @param namedKeySentences sentences from the start of the text (besides the title) whose named
 *     happenings ("the Democratic National Convention", "the Iowa caucuses": a happening noun after
 *     a capitalised qualifier) count ({@link EventKeys}); 0 turns named happenings off
 * @param namedKeyDays a named happening shared with a member published at most this many days apart
 *     multiplies the score by {@code namedKeyBoost}; a story keeps the days of all its members, so
 *     a happening that lasts several days stays joinable from day to day
 * @param namedKeySpan a named happening boosts only stories whose first article is at most this
 *     many days older than the article: a convention or a trial lasts days, and a name that stays
 *     in the news for weeks ("the Democratic primary") is a beat, not one happening
 * @param namedKeyBoost the factor of a shared named happening (1 turns it off)
 */
public record ClusterConfig(
    double headlineThreshold,
    int headlineWords,
    double snippetThreshold,
    double articleThreshold,
    int snippetWords,
    int fullArticleWords,
    double memberWeight,
    double titleWeight,
    double nameWeight,
    double placeWeight,
    int lookupTerms,
    int maxPostings,
    int maxCandidates,
    int maxCentroidTerms,
    double dayScale,
    int quietDays,
    int leadSentences,
    double sharedDateBoost,
    int spanDays,
    double denseWeight,
    double denseNeutral,
    int denseMaxWords,
    int eventKeySentences,
    double eventKeyBoost,
    int publicationKeyDays,
    int publicationKeySentences,
    double publicationKeyBoost,
    int namedKeySentences,
    int namedKeyDays,
    int namedKeySpan,
    double namedKeyBoost) {

  private static final double DEFAULT_DENSE_NEUTRAL = 0.5;

  public ClusterConfig {
    if (headlineThreshold <= 0 || snippetThreshold <= 0 || articleThreshold <= 0) {
      throw new IllegalArgumentException("thresholds must be positive");
    }
    if (headlineWords >= snippetWords || snippetWords >= fullArticleWords) {
      throw new IllegalArgumentException(
          "headlineWords must be below snippetWords, and snippetWords below fullArticleWords");
    }
    if (lookupTerms < 1 || maxPostings < 1 || maxCandidates < 1 || maxCentroidTerms < 1) {
      throw new IllegalArgumentException("index limits must be at least 1");
    }
    if (leadSentences < 0 || sharedDateBoost < 1.0 || spanDays < 0) {
      throw new IllegalArgumentException(
          "leadSentences and spanDays must not be negative, sharedDateBoost not below 1");
    }
    if (dayScale <= 0 || quietDays < 0) {
      throw new IllegalArgumentException("dayScale must be positive and quietDays not negative");
    }
    if (denseWeight < 0 || denseNeutral < -1 || denseNeutral > 1 || denseMaxWords < 0) {
      throw new IllegalArgumentException(
          "denseWeight and denseMaxWords must not be negative and denseNeutral must be a cosine"
              + " (-1 to 1)");
    }
    if (eventKeySentences < 0
        || eventKeyBoost < 1.0
        || publicationKeyDays < 0
        || publicationKeySentences < 0
        || publicationKeyBoost < 1.0) {
      throw new IllegalArgumentException(
          "eventKeySentences, publicationKeyDays and publicationKeySentences must not be negative,"
              + " eventKeyBoost and publicationKeyBoost not below 1");
    }
    if (namedKeySentences < 0 || namedKeyDays < 0 || namedKeySpan < 0 || namedKeyBoost < 1.0) {
      throw new IllegalArgumentException(
          "namedKeySentences, namedKeyDays and namedKeySpan must not be negative, namedKeyBoost not"
              + " below 1");
    }
  }

  /**
   * Without the dense term (weight 0) and event keys: the settings as they were before they
   * existed.
   */
  public ClusterConfig(
      double headlineThreshold,
      int headlineWords,
      double snippetThreshold,
      double articleThreshold,
      int snippetWords,
      int fullArticleWords,
      double memberWeight,
      double titleWeight,
      double nameWeight,
      double placeWeight,
      int lookupTerms,
      int maxPostings,
      int maxCandidates,
      int maxCentroidTerms,
      double dayScale,
      int quietDays,
      int leadSentences,
      double sharedDateBoost,
      int spanDays) {
    this(
        headlineThreshold,
        headlineWords,
        snippetThreshold,
        articleThreshold,
        snippetWords,
        fullArticleWords,
        memberWeight,
        titleWeight,
        nameWeight,
        placeWeight,
        lookupTerms,
        maxPostings,
        maxCandidates,
        maxCentroidTerms,
        dayScale,
        quietDays,
        leadSentences,
        sharedDateBoost,
        spanDays,
        0.0,
        DEFAULT_DENSE_NEUTRAL,
        fullArticleWords,
        0,
        1.0,
        0,
        0,
        1.0,
        0,
        0,
        0,
        1.0);
  }

  /**
   * These settings with the dense term at this weight and neutral cosine (weight 0 turns it off).
   */
  public ClusterConfig withDense(double weight, double neutral) {
    return withDense(weight, neutral, denseMaxWords);
  }

  /**
   * These settings with the dense term at this weight and neutral cosine, for items of fewer than
   * {@code maxWords} content words.
   */
  public ClusterConfig withDense(double weight, double neutral, int maxWords) {
    Copy c = new Copy(this);
    c.denseWeight = weight;
    c.denseNeutral = neutral;
    c.denseMaxWords = maxWords;
    return c.build();
  }

  /**
   * These settings with another time window: the days over which a story's score halves with the
   * distance in time ({@code dayScale}) and the quiet days after which it leaves the active set.
   */
  public ClusterConfig withTimeWindow(double dayScale, int quietDays) {
    Copy c = new Copy(this);
    c.dayScale = dayScale;
    c.quietDays = quietDays;
    return c.build();
  }

  /**
   * These settings with other event-day rules: days named in this many lead sentences, the boost of
   * a shared lead day (1 turns it off), and the days a story spans before its age damps it.
   */
  public ClusterConfig withEventDays(int leadSentences, double sharedDateBoost, int spanDays) {
    Copy c = new Copy(this);
    c.leadSentences = leadSentences;
    c.sharedDateBoost = sharedDateBoost;
    c.spanDays = spanDays;
    return c.build();
  }

  /**
   * These settings without event keys and named happenings (all their boosts 1), as the settings
   * were before they existed.
   */
  public ClusterConfig withoutEventKeys() {
    return withEventKeys(0, 1.0, 0, 0, 1.0).withNamedKeys(0, 0, 0, 1.0);
  }

  /**
   * These settings with event keys from this many first sentences at this boost, and happening
   * nouns published at most {@code publicationDays} apart from {@code publicationSentences} first
   * sentences at {@code publicationBoost} (boosts of 1 turn them off).
   */
  public ClusterConfig withEventKeys(
      int sentences,
      double boost,
      int publicationDays,
      int publicationSentences,
      double publicationBoost) {
    Copy c = new Copy(this);
    c.eventKeySentences = sentences;
    c.eventKeyBoost = boost;
    c.publicationKeyDays = publicationDays;
    c.publicationKeySentences = publicationSentences;
    c.publicationKeyBoost = publicationBoost;
    return c.build();
  }

  /**
   * These settings with named happenings from this many first sentences of the text, shared with a
   * member published at most {@code days} apart, multiplying the score by {@code boost} (1 turns
   * them off).
   */
  public ClusterConfig withNamedKeys(int sentences, int days, int span, double boost) {
    Copy c = new Copy(this);
    c.namedKeySentences = sentences;
    c.namedKeyDays = days;
    c.namedKeySpan = span;
    c.namedKeyBoost = boost;
    return c.build();
  }

  /**
   * Thresholds tuned on the first half of GoogleNews and the example corpus (help/clustering.md);
   * event days and story age on the tuning half of the PolNeAR event groups (help/events.md).
   */
  public static ClusterConfig defaults() {
    return new ClusterConfig(
            0.18, 10, 0.15, 0.25, 30, 80, 0.7, 2.0, 1.5, 0.5, 20, 200, 30, 300, 4.0, 30, 6, 1.5, 4)
        .withEventKeys(2, 2.0, 1, 1, 1.5)
        .withNamedKeys(2, 2, 5, 4.0);
  }

  /** The threshold for an item with this many content words. */
  double threshold(int contentWords) {
    if (contentWords <= headlineWords) {
      return headlineThreshold;
    }
    if (contentWords <= snippetWords) {
      double t = (contentWords - headlineWords) / (double) (snippetWords - headlineWords);
      return headlineThreshold + t * (snippetThreshold - headlineThreshold);
    }
    if (contentWords >= fullArticleWords) {
      return articleThreshold;
    }
    double t = (contentWords - snippetWords) / (double) (fullArticleWords - snippetWords);
    return snippetThreshold + t * (articleThreshold - snippetThreshold);
  }

  /**
   * A record's values to change a few of: every wither copies the settings through this, so the
   * full list of fields is written here once rather than in each wither.
   */
  private static final class Copy {
    double headlineThreshold;
    int headlineWords;
    double snippetThreshold;
    double articleThreshold;
    int snippetWords;
    int fullArticleWords;
    double memberWeight;
    double titleWeight;
    double nameWeight;
    double placeWeight;
    int lookupTerms;
    int maxPostings;
    int maxCandidates;
    int maxCentroidTerms;
    double dayScale;
    int quietDays;
    int leadSentences;
    double sharedDateBoost;
    int spanDays;
    double denseWeight;
    double denseNeutral;
    int denseMaxWords;
    int eventKeySentences;
    double eventKeyBoost;
    int publicationKeyDays;
    int publicationKeySentences;
    double publicationKeyBoost;
    int namedKeySentences;
    int namedKeyDays;
    int namedKeySpan;
    double namedKeyBoost;

    Copy(ClusterConfig from) {
      headlineThreshold = from.headlineThreshold;
      headlineWords = from.headlineWords;
      snippetThreshold = from.snippetThreshold;
      articleThreshold = from.articleThreshold;
      snippetWords = from.snippetWords;
      fullArticleWords = from.fullArticleWords;
      memberWeight = from.memberWeight;
      titleWeight = from.titleWeight;
      nameWeight = from.nameWeight;
      placeWeight = from.placeWeight;
      lookupTerms = from.lookupTerms;
      maxPostings = from.maxPostings;
      maxCandidates = from.maxCandidates;
      maxCentroidTerms = from.maxCentroidTerms;
      dayScale = from.dayScale;
      quietDays = from.quietDays;
      leadSentences = from.leadSentences;
      sharedDateBoost = from.sharedDateBoost;
      spanDays = from.spanDays;
      denseWeight = from.denseWeight;
      denseNeutral = from.denseNeutral;
      denseMaxWords = from.denseMaxWords;
      eventKeySentences = from.eventKeySentences;
      eventKeyBoost = from.eventKeyBoost;
      publicationKeyDays = from.publicationKeyDays;
      publicationKeySentences = from.publicationKeySentences;
      publicationKeyBoost = from.publicationKeyBoost;
      namedKeySentences = from.namedKeySentences;
      namedKeyDays = from.namedKeyDays;
      namedKeySpan = from.namedKeySpan;
      namedKeyBoost = from.namedKeyBoost;
    }

    ClusterConfig build() {
      return new ClusterConfig(
          headlineThreshold,
          headlineWords,
          snippetThreshold,
          articleThreshold,
          snippetWords,
          fullArticleWords,
          memberWeight,
          titleWeight,
          nameWeight,
          placeWeight,
          lookupTerms,
          maxPostings,
          maxCandidates,
          maxCentroidTerms,
          dayScale,
          quietDays,
          leadSentences,
          sharedDateBoost,
          spanDays,
          denseWeight,
          denseNeutral,
          denseMaxWords,
          eventKeySentences,
          eventKeyBoost,
          publicationKeyDays,
          publicationKeySentences,
          publicationKeyBoost,
          namedKeySentences,
          namedKeyDays,
          namedKeySpan,
          namedKeyBoost);
    }
  }
}
