package dev.newsdesk.cluster;

import dev.newsdesk.cluster.TermVectorizer.TermVector;
import dev.newsdesk.internal.Hashing;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Single-pass story assignment on TF-IDF vectors. An arriving article is scored against candidate
 * stories: {@code max(cos(article, centroid), memberWeight * cos(article, closest member))}, damped
 * by distance in time; it joins the best story if the score reaches the threshold for its length
 * (snippet or full article), else it starts a story.
 *
 * <p>Candidates come from an inverted index over the members of active stories, looked up by the
 * article's strongest terms (never a scan of all stories); the same lookup accumulates the
 * similarity to each member. A term's lookup reads only its {@link ClusterConfig#maxPostings()}
 * most recent members, so a common word costs the same at a million articles as at a thousand.
 * Stories quiet for {@link ClusterConfig#quietDays()} by publication date leave the index, so
 * memory and cost per article stay bounded as the stream grows.
 *
 * <p>Design decision: a retired story is final (no later article joins it, not even a copy of one
 * of its articles), and the owner is told its id, so it can let go of what it keeps per story.
 * Member and story slots are numbered densely for the scoring arrays; when more than half of them
 * belong to retired stories they are renumbered in their old order (postings keep their retired
 * entries as dead ones, dropped lazily as before), so the arrays stay proportional to the active
 * set and every answer is the same as without renumbering.
 *
 * <p>Design decision: a story keeps only its latest {@value #MAX_STORY_MEMBERS} members in the
 * index (their terms, for the closest-member similarity and the candidate lookup); an older member
 * leaves the index as the next one joins, and its weight stays in the centroid. A story that never
 * goes quiet (a long-running topic, a feed that repeats a template) would otherwise keep every
 * article it ever took, and the index, the postings it fills and the memory would grow with the
 * stream, not with the active set: so the index holds at most the active stories times this bound.
 * A new article resembles a story's recent articles (the drift above), and an old angle that
 * returns is still in the centroid. Likewise a story remembers its latest {@value
 * #ARTICLES_PER_MEMBER} × {@value #MAX_STORY_MEMBERS} articles for their copies; a copy of an older
 * article is scored like any article (and the copy index keeps only a few weeks anyway).
 *
 * <p>Design decision: IDF is applied when scoring, from document frequencies that grow with the
 * stream, not frozen into stored vectors: the first articles of a stream would otherwise keep the
 * flat weights they were given when nothing was known about term rarity. Norms that depend on IDF
 * are cached and refreshed when the stream has grown by a quarter.
 *
 * <p>Design decision: the closest member counts beside the centroid because a story drifts (a match
 * report, then the manager's reaction): a new article often resembles the latest few articles much
 * more than the story's average, and a centroid alone splits such stories.
 *
 * <p>Design decision: two signals for full-text news, where reports of one happening from different
 * angles share little vocabulary beyond the campaign's or the beat's background words. (1) When the
 * article's lead names a day that a member's lead named ({@link EventDates}), the score is
 * multiplied by {@link ClusterConfig#sharedDateBoost()}: "Monday's debate" in two leads is strong
 * evidence of one happening (on the PolNeAR event groups, a shared lead day is about ten times as
 * frequent among same-happening pairs as among other pairs a few days apart); a happening noun
 * ("debate", "convention") shared with a member published within a day, or shared together with the
 * lead day, multiplies it more ({@link EventKeys}). (2) Besides the days since the story's last
 * article, the score is damped by the days since its first beyond {@link ClusterConfig#spanDays()}:
 * a happening is reported over days, not weeks, and without it a story chains from one day's
 * campaign news to the next for as long as something similar arrives daily.
 *
 * <p>Optionally ({@link ClusterConfig#denseWeight()} above 0 and a {@link TextEmbedder} given) the
 * score of a candidate also counts the cosine of dense vectors, article against story ({@link
 * DenseScore}); the candidates still come from the term index.
 *
 * <p>Stateful and not thread-safe. Deterministic for the same input order.
 */
public final class TfIdfStoryAssigner implements StoryAssigner {
  private static final double NORM_REFRESH = 1.25;
  static final int MIN_RENUMBER = 1024;

  /**
   * Members of one story kept in the index, the most recent ones; the articles a story remembers
   * for copies are {@value #ARTICLES_PER_MEMBER} times as many. See the class comment.
   */
  static final int MAX_STORY_MEMBERS = 256;

  private static final int ARTICLES_PER_MEMBER = 4;

  private final ClusterConfig config;
  private final TermVectorizer vectorizer = new TermVectorizer();
  private int[] documentFrequency = new int[1024];
  private int documents;

  /**
   * Per term {@code t}: at {@code 2t} the document count its IDF was computed at, at {@code 2t+1}
   * that IDF's bits. See {@link #idf}.
   */
  private long[] idfMemo = new long[2 * 1024];

  private final List<Postings> postings = new ArrayList<>();
  // Per member slot: its terms, its story and its cached norm, laid out for the lookup, which
  // reads them for thousands of touched members.
  private final MemberSlots slots = new MemberSlots();
  private final Map<Integer, Story> active = new LinkedHashMap<>();
  // Active stories by index, beside the map: the candidates of every lookup are fetched by index.
  private Story[] storyAt = new Story[64];
  private int storyCount;
  private final Map<ArticleId, Story> storyOfArticle = new HashMap<>();
  private LocalDate streamDate;
  private final Scratch scratch = new Scratch(slots);
  private final Consumer<StoryId> onRetired;
  private final int maxStoryMembers;
  private final DenseScore dense;

  public TfIdfStoryAssigner(ClusterConfig config) {
    this(config, story -> {});
  }

  /**
   * @param onRetired told each story that leaves the active set, in the order the stories started,
   *     from within {@link #assign} (before the arriving article is placed)
   */
  public TfIdfStoryAssigner(ClusterConfig config, Consumer<StoryId> onRetired) {
    this(config, onRetired, null, MAX_STORY_MEMBERS);
  }

  /**
   * @param embedder gives the dense vectors that {@link ClusterConfig#denseWeight()} weighs beside
   *     the TF-IDF score; null, or a weight of 0, leaves the dense term out (nothing is embedded)
   */
  public TfIdfStoryAssigner(
      ClusterConfig config, Consumer<StoryId> onRetired, TextEmbedder embedder) {
    this(config, onRetired, embedder, MAX_STORY_MEMBERS);
  }

  /** With another bound on a story's indexed members (for tests and sweeps). */
  TfIdfStoryAssigner(ClusterConfig config, Consumer<StoryId> onRetired, int maxStoryMembers) {
    this(config, onRetired, null, maxStoryMembers);
  }

  private TfIdfStoryAssigner(
      ClusterConfig config,
      Consumer<StoryId> onRetired,
      TextEmbedder embedder,
      int maxStoryMembers) {
    if (maxStoryMembers < 1) {
      throw new IllegalArgumentException("maxStoryMembers must be at least 1");
    }
    this.config = config;
    this.onRetired = onRetired;
    this.dense = new DenseScore(embedder, config);
    this.maxStoryMembers = maxStoryMembers;
  }

  @Override
  public StoryId assign(AnalyzedArticle article, ArticleId copyOf) {
    LocalDate date = article.article().published();
    if (date != null && (streamDate == null || date.isAfter(streamDate))) {
      streamDate = date;
      retireQuietStories();
    }
    Story copied = copyOf == null ? null : storyOfArticle.get(copyOf);
    if (copied != null) {
      join(copied, article.id(), date);
      return copied.id;
    }
    TermVector vector = vectorizer.vector(article, config);
    count(vector);
    double[] query = query(vector);
    EventKeys.Signals signals = EventKeys.of(article, config);
    float[] denseVector = dense.vector(article, vector.words());
    Story story = bestStory(vector, query, denseVector, date, signals);
    if (story == null) {
      story = new Story(storyCount++, new StoryId(Hashing.shortId("s-", article.id().value())));
      active.put(story.index, story);
      if (story.index == storyAt.length) {
        storyAt = Arrays.copyOf(storyAt, storyAt.length * 2);
      }
      storyAt[story.index] = story;
    }
    addMember(story, vector);
    story.signals = story.signals.with(signals);
    dense.add(story.id, denseVector);
    join(story, article.id(), date);
    if (story.members.size() > maxStoryMembers) {
      // The story's oldest member leaves the index; its weight stays in the centroid.
      slots.remove(story.members.remove(0));
      renumberIfSparse();
    }
    return story.id;
  }

  /** The article joins the story; the story remembers its latest articles for their copies. */
  private void join(Story story, ArticleId article, LocalDate date) {
    story.join(article, date);
    storyOfArticle.put(article, story);
    if (story.articles.size() > ARTICLES_PER_MEMBER * maxStoryMembers) {
      ArticleId forgotten = story.articles.removeFirst();
      storyOfArticle.remove(forgotten, story);
    }
  }

  /** How many stories are in the active set (for memory and scale reporting). */
  public int activeStories() {
    return active.size();
  }

  /** Member slots held, live or retired but not yet renumbered away (for memory reporting). */
  public int heldMembers() {
    return slots.count();
  }

  private void count(TermVector vector) {
    documents++;
    int vocabulary = vectorizer.vocabularySize();
    if (vocabulary > documentFrequency.length) {
      documentFrequency =
          Arrays.copyOf(documentFrequency, Math.max(vocabulary, vocabulary * 3 / 2));
      idfMemo = Arrays.copyOf(idfMemo, 2 * documentFrequency.length);
    }
    while (postings.size() < vocabulary) {
      postings.add(new Postings());
    }
    for (int term : vector.terms()) {
      documentFrequency[term]++;
    }
  }

  /**
   * The term's IDF at the current document count.
   *
   * <p>Design decision: memoised per term for the current article (the document count and every
   * frequency change only between articles, in {@link #count}), because one article asks for the
   * same terms' IDF many times: its query terms three times, and the centroid norms of its 30
   * candidate stories (300 terms or more each, recomputed whenever a story took a member) share
   * most of their terms. Each was a logarithm; the memo gives the very same value.
   */
  private double idf(int term) {
    int at = 2 * term;
    if (idfMemo[at] == documents) {
      return Double.longBitsToDouble(idfMemo[at + 1]);
    }
    double idf = Math.log((documents + 1.0) / (documentFrequency[term] + 1.0)) + 1.0;
    idfMemo[at] = documents;
    idfMemo[at + 1] = Double.doubleToRawLongBits(idf);
    return idf;
  }

  /** The article's unit-length TF-IDF weights, aligned with its terms. */
  private double[] query(TermVector vector) {
    int[] terms = vector.terms();
    double[] q = new double[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      q[i] = vector.weights()[i] * idf(terms[i]);
      norm += q[i] * q[i];
    }
    double length = Math.sqrt(norm);
    for (int i = 0; i < q.length && length > 0; i++) {
      q[i] /= length;
    }
    return q;
  }

  private Story bestStory(
      TermVector vector,
      double[] query,
      float[] denseVector,
      LocalDate date,
      EventKeys.Signals signals) {
    scratch.reset(storyCount);
    int[] terms = vector.terms();
    for (int i : lookupOrder(terms, query)) {
      double q = query[i] * idf(terms[i]);
      postings
          .get(terms[i])
          .forEachLive(config.maxPostings(), slots::isLive, (m, w) -> scratch.accumulate(m, q * w));
    }
    for (int k = 0; k < scratch.touchedMembers; k++) {
      int m = scratch.members[k];
      scratch.offerStory(slots.story(m), slots.dot(m) / memberNorm(m));
    }
    Story best = null;
    double bestScore = config.threshold(vector.words());
    // The query terms' IDF once per article, not once per candidate story (a logarithm each).
    double[] idfs = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      idfs[i] = idf(terms[i]);
    }
    for (int s : scratch.topStories(config.maxCandidates())) {
      Story story = storyAt[s];
      double centroid = story.cosine(terms, query, idfs, this);
      double score =
          (Math.max(centroid, config.memberWeight() * scratch.storyBest[s])
                  + dense.term(story.id, denseVector))
              * timeFactor(date, story.lastDate)
              * ageFactor(date, story.firstDate)
              * EventKeys.boost(signals, story.signals, config, ageDays(date, story.firstDate));
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = story;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Indexes of the article's strongest terms (TF-IDF weight; ties: lower id), at most {@code
   * lookupTerms}, leaving out terms no earlier article has: their postings are empty.
   */
  private int[] lookupOrder(int[] terms, double[] query) {
    // The first lookupTerms of that order, kept sorted while the terms go by (an insertion into at
    // most lookupTerms entries): the same indexes, in the same order, as sorting them all, without
    // boxing every index of the article for a comparator sort.
    int[] top = new int[Math.min(terms.length, config.lookupTerms())];
    int n = 0;
    for (int i = 0; i < terms.length; i++) {
      if (documentFrequency[terms[i]] <= 1
          || (n == top.length && (n == 0 || !strongerTerm(i, top[n - 1], terms, query)))) {
        continue;
      }
      int j = n < top.length ? n++ : n - 1;
      for (; j > 0 && strongerTerm(i, top[j - 1], terms, query); j--) {
        top[j] = top[j - 1];
      }
      top[j] = i;
    }
    return n == top.length ? top : Arrays.copyOf(top, n);
  }

  /** Whether term index {@code a} comes before {@code b}: higher weight, then lower id. */
  private static boolean strongerTerm(int a, int b, int[] terms, double[] query) {
    int c = Double.compare(query[b], query[a]);
    return c != 0 ? c < 0 : terms[a] < terms[b];
  }

  private double memberNorm(int m) {
    int normAt = slots.normAt(m);
    if (normAt == 0 || documents > normAt * NORM_REFRESH) {
      int[] memberTerms = slots.terms(m);
      double[] memberWeights = slots.weights(m);
      double sum = 0;
      for (int i = 0; i < memberTerms.length; i++) {
        double w = memberWeights[i] * idf(memberTerms[i]);
        sum += w * w;
      }
      slots.setNorm(m, Math.max(Math.sqrt(sum), 1e-12), documents);
    }
    return slots.norm(m);
  }

  private void addMember(Story story, TermVector vector) {
    Member member = new Member(vector.terms(), vector.weights());
    int index = slots.add(story.index, member.terms, member.weights);
    story.members.add(index);
    for (int i = 0; i < member.terms.length; i++) {
      postings.get(member.terms[i]).add(index, member.weights[i], config.maxPostings());
    }
    story.add(member, config.maxCentroidTerms(), this);
  }

  private double timeFactor(LocalDate date, LocalDate storyDate) {
    if (date == null || storyDate == null) {
      return 1.0;
    }
    long apart = Math.abs(ChronoUnit.DAYS.between(date, storyDate));
    return apart <= 2 ? 1.0 : 1.0 / (1.0 + (apart - 2) / config.dayScale());
  }

  private static long ageDays(LocalDate date, LocalDate firstDate) {
    return date == null || firstDate == null ? 0 : ChronoUnit.DAYS.between(firstDate, date);
  }

  /** Damping by days since the story began, beyond the span a happening is reported over. */
  private double ageFactor(LocalDate date, LocalDate firstDate) {
    if (date == null || firstDate == null) {
      return 1.0;
    }
    long age = ChronoUnit.DAYS.between(firstDate, date);
    return age <= config.spanDays()
        ? 1.0
        : 1.0 / (1.0 + (age - config.spanDays()) / config.dayScale());
  }

  private void retireQuietStories() {
    List<StoryId> retired = new ArrayList<>();
    for (Iterator<Story> it = active.values().iterator(); it.hasNext(); ) {
      Story story = it.next();
      if (story.lastDate != null
          && ChronoUnit.DAYS.between(story.lastDate, streamDate) > config.quietDays()) {
        it.remove();
        storyAt[story.index] = null;
        for (int m : story.members) {
          slots.remove(m);
        }
        story.articles.forEach(a -> storyOfArticle.remove(a, story));
        dense.forget(story.id);
        retired.add(story.id);
      }
    }
    if (!retired.isEmpty()) {
      renumberIfSparse();
      retired.forEach(onRetired);
    }
  }

  /**
   * Renumbers members and stories densely, in their old order, once more than half the slots are
   * retired ones: the scoring arrays are indexed by these numbers, so without it they would grow
   * with every article ever assigned. Postings keep retired entries as {@link Postings#DEAD}.
   */
  private void renumberIfSparse() {
    if (slots.count() < MIN_RENUMBER || slots.liveCount() * 2 > slots.count()) {
      return;
    }
    scratch.reset(0); // clears the last lookup's entries at their old numbers
    int[] newMember = slots.compact(MIN_RENUMBER);
    for (Postings p : postings) {
      p.renumber(newMember);
    }
    List<Story> stories = new ArrayList<>(active.values());
    active.clear();
    storyAt = new Story[Math.max(64, stories.size() * 2)];
    for (int s = 0; s < stories.size(); s++) {
      Story story = stories.get(s);
      story.index = s;
      story.members.replaceAll(m -> newMember[m]);
      for (int m : story.members) {
        slots.setStory(m, s);
      }
      active.put(s, story);
      storyAt[s] = story;
    }
    storyCount = stories.size();
    scratch.shrink(Math.max(64, storyCount * 2));
  }

  /** An article's stored terms, for the member similarity. */
  private static final class Member {
    final int[] terms;
    final double[] weights;

    Member(int[] terms, double[] weights) {
      this.terms = terms;
      this.weights = weights;
    }
  }

  /** A story in the active set: its members, and the centroid of their term frequencies. */
  private static final class Story {
    int index;
    final StoryId id;
    final List<Integer> members = new ArrayList<>();
    final ArrayDeque<ArticleId> articles = new ArrayDeque<>();
    final Centroid centroid = new Centroid();
    double norm;
    int normAt;
    LocalDate lastDate;
    LocalDate firstDate;
    EventKeys.Signals signals = EventKeys.Signals.NONE;

    Story(int index, StoryId id) {
      this.index = index;
      this.id = id;
    }

    void join(ArticleId article, LocalDate date) {
      articles.add(article);
      if (date != null && (lastDate == null || date.isAfter(lastDate))) {
        lastDate = date;
      }
      if (date != null && (firstDate == null || date.isBefore(firstDate))) {
        firstDate = date;
      }
    }

    /** Adds the member's length-normalised frequencies; IDF is applied when scoring. */
    void add(Member member, int maxTerms, TfIdfStoryAssigner owner) {
      double length = 0;
      for (double w : member.weights) {
        length += w * w;
      }
      length = Math.sqrt(length);
      for (int i = 0; i < member.terms.length; i++) {
        centroid.add(member.terms[i], member.weights[i] / length);
      }
      if (centroid.size() > maxTerms * 3 / 2) {
        prune(maxTerms, owner);
      }
      normAt = 0;
    }

    /** Keeps the strongest terms by TF-IDF; ties by term id, so pruning is deterministic. */
    private void prune(int maxTerms, TfIdfStoryAssigner owner) {
      int[] terms = centroid.terms();
      double[] strength = new double[terms.length];
      Integer[] order = new Integer[terms.length];
      for (int i = 0; i < terms.length; i++) {
        order[i] = i;
        strength[i] = centroid.get(terms[i]) * owner.idf(terms[i]);
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int c = Double.compare(strength[b], strength[a]);
            return c != 0 ? c : Integer.compare(terms[a], terms[b]);
          });
      int[] kept = new int[maxTerms];
      for (int i = 0; i < maxTerms; i++) {
        kept[i] = terms[order[i]];
      }
      Arrays.sort(kept);
      centroid.retainOnly(kept);
    }

    double cosine(int[] terms, double[] query, double[] idfs, TfIdfStoryAssigner owner) {
      if (normAt == 0 || owner.documents > normAt * NORM_REFRESH) {
        norm = Math.max(Math.sqrt(centroid.squaredNorm(owner::idf)), 1e-12);
        normAt = owner.documents;
      }
      double dot = 0;
      for (int i = 0; i < terms.length; i++) {
        double c = centroid.get(terms[i]);
        if (c != 0) {
          dot += query[i] * c * idfs[i];
        }
      }
      return dot / norm;
    }
  }
}
