package dev.newsdesk.cluster;

import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Sentence;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * What happened on which day, as an article's title and first sentences say it. Two reports of one
 * debate from different angles share little vocabulary beyond the campaign's background words, but
 * both lead with the debate and its day; two campaign articles of one day name the same day far
 * more often than the same happening. Three signals, from weakest to strongest per pair:
 *
 * <ul>
 *   <li>a shared lead day ({@link EventDates}): {@link ClusterConfig#sharedDateBoost()};
 *   <li>a shared happening noun published within {@link ClusterConfig#publicationKeyDays()} days: a
 *       noun of a datable happening (a debate, a primary, a convention, a speech, a shooting...) in
 *       both titles or first {@link ClusterConfig#publicationKeySentences()} sentences, for the
 *       reports that name no day ("the debate", "last night's convention speech"): {@link
 *       ClusterConfig#publicationKeyBoost()};
 *   <li>a shared event key: the same happening noun in the title or first {@link
 *       ClusterConfig#eventKeySentences()} sentences with the same lead day: {@link
 *       ClusterConfig#eventKeyBoost()}.
 * </ul>
 *
 * The story's score is multiplied by the largest factor that applies.
 *
 * <p>Design decision: a closed list of nouns that name a datable happening, not words learnt from
 * the stream. Words that name the background of a beat rather than one happening (election,
 * nominee, poll, vote, win, campaign) are left out: in a campaign season every lead has them. A key
 * is the noun and a day together: the noun alone is the beat ("debate" all autumn), the day alone
 * is every story of that day. Over all pairs of PolNeAR articles at most two days apart, a shared
 * lead day marks the same labelled happening in 18% of pairs, a noun of the title or first sentence
 * shared within a day of publication in 55%, a noun with the same lead day in 52%, against 5% of
 * all such pairs (help/events.md).
 */
final class EventKeys {
  static final long[] NONE = new long[0];

  /** Keys are noun × this + day; epoch days of any plausible news date lie far within it. */
  static final long DAY_RANGE = 1L << 40;

  /** Days and keys a story keeps, the latest ones (a happening is reported over days). */
  private static final int MAX_DAYS = 16;

  private static final int MAX_KEYS = 32;

  /** Word forms of happening nouns, each to the id of its noun. */
  private static final Map<String, Integer> NOUNS = nouns();

  private EventKeys() {}

  /**
   * An article's event signals, or a story's (its members' merged, the latest kept).
   *
   * @param days lead days, ascending epoch days
   * @param keys happening nouns of the lead × lead days, ascending
   * @param published happening nouns of the lead × publication day, ascending
   * @param named named happenings of the lead × publication day, ascending ({@link
   *     NamedHappenings})
   */
  record Signals(long[] days, long[] keys, long[] published, long[] named) {
    static final Signals NONE =
        new Signals(EventKeys.NONE, EventKeys.NONE, EventKeys.NONE, EventKeys.NONE);

    /** These signals with an article's added, keeping the latest of each. */
    Signals with(Signals article) {
      if (article.days.length == 0 && article.published.length == 0 && article.named.length == 0) {
        return this;
      }
      return new Signals(
          merge(days, article.days, MAX_DAYS),
          merge(keys, article.keys, MAX_KEYS),
          merge(published, article.published, MAX_KEYS),
          merge(named, article.named, MAX_KEYS));
    }
  }

  private static Map<String, Integer> nouns() {
    String[][] forms = {
      {"debate", "debates", "debated"},
      {"primary", "primaries"},
      {"caucus", "caucuses"},
      {"convention", "conventions"},
      {"speech", "speeches"},
      {"rally", "rallies"},
      {"hearing", "hearings", "testimony", "testified"},
      {"ruling", "ruled", "verdict"},
      {"trial"},
      {"shooting", "shootings", "gunman", "shooter"},
      {"attack", "attacks", "bombing", "bombings"},
      {"interview"},
      {"forum"},
      {"endorsement", "endorsed", "endorses"},
      {"indictment", "indicted"},
      {"resignation", "resigned", "resigns"},
      {"summit"},
      {"funeral"},
      {"crash"},
      {"earthquake"},
      {"hurricane"},
    };
    if (forms.length > Long.SIZE) {
      throw new IllegalStateException("noun ids are bits of a long: at most 64 nouns");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int noun = 0; noun < forms.length; noun++) {
      for (String form : forms[noun]) {
        ids.put(form, noun);
      }
    }
    return Map.copyOf(ids);
  }

  /** The article's signals under these settings; none without a publication date. */
  static Signals of(AnalyzedArticle article, ClusterConfig config) {
    LocalDate published = article.article().published();
    if (published == null) {
      return Signals.NONE;
    }
    long[] days = EventDates.of(article, config.leadSentences());
    long[] named =
        config.namedKeyBoost() > 1.0
            ? NamedHappenings.keys(article, config.namedKeySentences(), published.toEpochDay())
            : NONE;
    int keySentences =
        config.eventKeyBoost() > 1.0 && days.length > 0 ? config.eventKeySentences() : -1;
    int publicationSentences =
        config.publicationKeyBoost() > 1.0 ? config.publicationKeySentences() : -1;
    if (keySentences < 0 && publicationSentences < 0) {
      return new Signals(days, NONE, NONE, named);
    }
    // One pass over the title and first sentences for both kinds: each sentence is read once.
    long[] masks = nounMasks(article, keySentences, publicationSentences);
    return new Signals(
        days, keys(masks[0], days), keys(masks[1], new long[] {published.toEpochDay()}), named);
  }

  /**
   * Sorted distinct keys: every happening noun of the title and the first {@code sentences}
   * sentences, with every one of {@code days}. Empty without days.
   */
  static long[] of(AnalyzedArticle article, long[] days, int sentences) {
    return days.length == 0 ? NONE : keys(nounMasks(article, sentences, -1)[0], days);
  }

  /**
   * Bit sets of noun ids: of the title and the first {@code first} sentences, and of the title and
   * the first {@code second} sentences; a negative count leaves its set empty (title included).
   */
  private static long[] nounMasks(AnalyzedArticle article, int first, int second) {
    long[] masks = new long[2];
    String title = article.article().title();
    if (title != null) {
      long titleNouns = nouns(title);
      masks[0] = first >= 0 ? titleNouns : 0;
      masks[1] = second >= 0 ? titleNouns : 0;
    }
    int until = Math.max(first, second);
    for (Sentence sentence : article.sentences()) {
      if (sentence.index() < until) {
        long found = nouns(sentence.text());
        masks[0] |= sentence.index() < first ? found : 0;
        masks[1] |= sentence.index() < second ? found : 0;
      }
    }
    return masks;
  }

  /** Every noun of the bit set paired with every day, ascending. */
  private static long[] keys(long nouns, long[] days) {
    if (nouns == 0 || days.length == 0) {
      return NONE;
    }
    long[] keys = new long[Long.bitCount(nouns) * days.length];
    int n = 0;
    for (long rest = nouns; rest != 0; rest &= rest - 1) {
      int noun = Long.numberOfTrailingZeros(rest);
      for (long day : days) {
        keys[n++] = noun * DAY_RANGE + day;
      }
    }
    Arrays.sort(keys);
    return keys;
  }

  /** The id of a happening noun's word form, or -1. */
  static int noun(String lowerCaseWord) {
    Integer noun = NOUNS.get(lowerCaseWord);
    return noun == null ? -1 : noun;
  }

  private static long nouns(String text) {
    long found = 0;
    for (String word : Shingles.words(text)) {
      Integer noun = NOUNS.get(word);
      if (noun != null) {
        found |= 1L << noun;
      }
    }
    return found;
  }

  /**
   * The factor a story's score is multiplied by: the largest of the signals that apply. {@code
   * storyAgeDays}: days from the story's first article to the article's publication (0 when either
   * has no date).
   */
  static double boost(Signals article, Signals story, ClusterConfig config, long storyAgeDays) {
    double factor = 1.0;
    if (EventDates.intersect(article.days, story.days)) {
      factor = config.sharedDateBoost();
    }
    if (config.publicationKeyBoost() > factor
        && within(article.published, story.published, config.publicationKeyDays())) {
      factor = config.publicationKeyBoost();
    }
    if (config.eventKeyBoost() > factor && EventDates.intersect(article.keys, story.keys)) {
      factor = config.eventKeyBoost();
    }
    if (config.namedKeyBoost() > factor
        && storyAgeDays <= config.namedKeySpan()
        && within(article.named, story.named, config.namedKeyDays())) {
      factor = config.namedKeyBoost();
    }
    return factor;
  }

  /**
   * Whether two ascending key arrays hold keys at most {@code days} apart (the same noun: keys of
   * two nouns are {@link #DAY_RANGE} apart).
   */
  static boolean within(long[] a, long[] b, int days) {
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (Math.abs(a[i] - b[j]) <= days) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  private static long[] merge(long[] kept, long[] more, int max) {
    if (more.length == 0) {
      return kept;
    }
    long[] all =
        LongStream.concat(Arrays.stream(kept), Arrays.stream(more)).distinct().sorted().toArray();
    return all.length <= max ? all : Arrays.copyOfRange(all, all.length - max, all.length);
  }
}
