package dev.newsdesk.bench;

import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic stream of news items made by recombining the sentences of the example corpus.
 *
 * <p>The stream is a sequence of stories. A story takes one corpus item as its template and gives
 * the template's names and numbers (up to six digits) story-own values (invented from a small
 * syllable pool), so two stories from one template share their wording but not their entities, like
 * two plant fires in two towns. A new story opens about every {@value #ITEMS_PER_NEW_STORY} items;
 * each item belongs to one of the {@value #OPEN_STORIES} most recently opened stories, so stories
 * grow to a dozen or more items and then go quiet. Dates advance over {@value #DAYS} days.
 *
 * <p>Within a story, items are written independently: each picks its own sentences of the template,
 * and about three sentences in five ({@value #REWORDED_SENTENCES}) are reworded, half their words
 * of four letters or more swapped for words of the corpus vocabulary (the small word pool), so that
 * items of one story share names and some sentences but are not copies of each other. About one
 * item in twenty ({@value #COPY_SHARE}) is a verbatim copy of an earlier item of its story under
 * another outlet (syndication).
 *
 * <ul>
 *   <li>{@link Shape#SNIPPET}: 1 or 2 consecutive sentences, no title (a search-result line).
 *   <li>{@link Shape#ARTICLE}: a title and 5 to 12 of the template's sentences in their order, 1 to
 *       3 to a paragraph (a feed item or a JSONL record with its title field).
 * </ul>
 *
 * Items carry a source and a date but no language, so analysis identifies it. Deterministic: the
 * same corpus, shape, count and seed give the same items.
 */
final class SyntheticStream {
  static final int ITEMS_PER_NEW_STORY = 15;
  static final int OPEN_STORIES = 8;
  static final int DAYS = 30;
  static final double COPY_SHARE = 0.05;
  static final double REWORDED_SENTENCES = 0.6;
  static final double REWORDED_WORDS = 0.5;
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);

  /** The size of the items. */
  enum Shape {
    SNIPPET(1, 1, 2),
    ARTICLE(3, 5, 12);

    final int minTemplateSentences;
    final int minSentences;
    final int maxSentences;

    Shape(int minTemplateSentences, int minSentences, int maxSentences) {
      this.minTemplateSentences = minTemplateSentences;
      this.minSentences = minSentences;
      this.maxSentences = maxSentences;
    }
  }

  private static final Pattern LOWER_WORD = Pattern.compile("\\b\\p{Ll}{4,}\\b");
  private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
  private static final Pattern NAME_OR_NUMBER =
      Pattern.compile("\\b(?:\\p{Lu}\\p{Ll}{2,}|\\d{1,6})\\b");
  private static final Set<String> KEPT_CAPITALS =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday");
  private static final String[] SYLLABLES = {
    "ka", "ro", "ven", "mi", "tal", "dor", "sa", "ne", "bri", "lo", "zan", "ter", "vo", "li", "mar",
    "gen", "pe", "sko", "hal", "du"
  };
  private static final String[] OUTLETS = {
    "Karvel Post", "Dolsk Courier", "Rivergate Herald", "Norda Press Agency", "Karvel Today",
    "Lestovia Ledger", "Oresk Daily", "Goalpost", "Port Selna Gazette", "Veska News",
    "Stara Vlasna Voice", "Brezhany Bulletin"
  };

  private final List<CorpusSentences.Item> templates;
  private final List<String> vocabulary;
  private final Shape shape;
  private final SplittableRandom random;
  private final List<Story> stories = new ArrayList<>();

  private record Written(String title, String body) {}

  private static final class Story {
    final CorpusSentences.Item template;
    final Set<String> names;
    final Map<String, String> renames = new HashMap<>();
    final List<Written> written = new ArrayList<>();

    Story(CorpusSentences.Item template) {
      this.template = template;
      this.names = namesOf(template);
    }
  }

  private SyntheticStream(List<CorpusSentences.Item> corpus, Shape shape, SplittableRandom random) {
    this.templates =
        corpus.stream().filter(i -> i.sentences().size() >= shape.minTemplateSentences).toList();
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no corpus item has enough sentences for " + shape);
    }
    Set<String> words = new TreeSet<>();
    for (CorpusSentences.Item item : corpus) {
      for (String sentence : item.sentences()) {
        LOWER_WORD.matcher(sentence).results().forEach(r -> words.add(r.group()));
      }
    }
    this.vocabulary = List.copyOf(words);
    this.shape = shape;
    this.random = random;
  }

  /** {@code count} items, in stream order. */
  static List<RawDocument> generate(
      List<CorpusSentences.Item> corpus, Shape shape, int count, SplittableRandom random) {
    SyntheticStream stream = new SyntheticStream(corpus, shape, random);
    List<RawDocument> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(stream.next(i, count));
    }
    return items;
  }

  private RawDocument next(int index, int count) {
    if (stories.isEmpty() || random.nextInt(ITEMS_PER_NEW_STORY) == 0) {
      stories.add(new Story(templates.get(random.nextInt(templates.size()))));
    }
    int open = Math.min(OPEN_STORIES, stories.size());
    Story story = stories.get(stories.size() - 1 - random.nextInt(open));
    Written item;
    if (!story.written.isEmpty() && random.nextDouble() < COPY_SHARE) {
      item = story.written.get(random.nextInt(story.written.size()));
    } else {
      String title = shape == Shape.ARTICLE ? rename(story, titleOf(story.template)) : null;
      item = new Written(title, compose(story));
      story.written.add(item);
    }
    LocalDate day = FIRST_DAY.plusDays((long) index * DAYS / count);
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    String input =
        String.format(Locale.ROOT, "%s-%05d", shape.name().toLowerCase(Locale.ROOT), index + 1);
    return new RawDocument(
        input,
        ContentKind.TEXT_BODY,
        item.body(),
        new ItemMetadata(null, outlet, item.title(), day, null, null, null));
  }

  private String compose(Story story) {
    List<String> sentences = story.template.sentences();
    int wanted =
        Math.min(
            sentences.size(),
            shape.minSentences + random.nextInt(shape.maxSentences - shape.minSentences + 1));
    List<String> chosen = new ArrayList<>();
    if (shape == Shape.SNIPPET) {
      int from = random.nextInt(sentences.size() - wanted + 1);
      chosen.addAll(sentences.subList(from, from + wanted));
    } else {
      // Keep each sentence with probability wanted/size, in order: a selection, not a shuffle.
      for (int i = 0; i < sentences.size(); i++) {
        int left = sentences.size() - i;
        if (random.nextInt(left) < wanted - chosen.size()) {
          chosen.add(sentences.get(i));
        }
      }
    }
    StringBuilder body = new StringBuilder();
    int inParagraph = 0;
    int paragraphSize = 1 + random.nextInt(3);
    for (String sentence : chosen) {
      if (inParagraph == paragraphSize) {
        body.append('\n');
        inParagraph = 0;
        paragraphSize = 1 + random.nextInt(3);
      } else if (inParagraph > 0) {
        body.append(' ');
      }
      String own = random.nextDouble() < REWORDED_SENTENCES ? reword(sentence) : sentence;
      body.append(rename(story, own));
      inParagraph++;
    }
    return body.toString();
  }

  /** The sentence with about half its lowercase words of four letters or more swapped. */
  private String reword(String sentence) {
    Matcher m = LOWER_WORD.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length() + 16);
    while (m.find()) {
      String word =
          random.nextDouble() < REWORDED_WORDS
              ? vocabulary.get(random.nextInt(vocabulary.size()))
              : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(word));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String titleOf(CorpusSentences.Item template) {
    if (template.title() != null) {
      return template.title();
    }
    String[] words = template.sentences().get(0).split(" ");
    return String.join(" ", List.of(words).subList(0, Math.min(words.length, 10)));
  }

  /** The text with each name and number replaced by the story's own, consistently. */
  private String rename(Story story, String text) {
    Matcher m = NAME_OR_NUMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String found = m.group();
      boolean renamed = Character.isDigit(found.charAt(0)) || story.names.contains(found);
      String replacement = renamed ? story.renames.computeIfAbsent(found, this::invent) : found;
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The template's names: capitalized words found at least once right after a word or a comma, not
   * at a sentence's or a quotation's start (so "Fire" of "Fire tore through" stays a word), less
   * month and day names.
   */
  private static Set<String> namesOf(CorpusSentences.Item template) {
    Set<String> names = new HashSet<>();
    for (String sentence : template.sentences()) {
      Matcher m = CAPITALIZED.matcher(sentence);
      while (m.find()) {
        if (insideSentence(sentence, m.start()) && !KEPT_CAPITALS.contains(m.group())) {
          names.add(m.group());
        }
      }
    }
    return names;
  }

  /** Whether the word at {@code at} follows a word or a comma, rather than a sentence start. */
  private static boolean insideSentence(String sentence, int at) {
    int before = at - 1;
    while (before >= 0 && sentence.charAt(before) == ' ') {
      before--;
    }
    if (before < 0 || before == at - 1) {
      return false;
    }
    char c = sentence.charAt(before);
    return Character.isLetterOrDigit(c) || c == ',';
  }

  private String invent(String original) {
    if (Character.isDigit(original.charAt(0))) {
      int digits = original.length();
      int low = digits == 1 ? 1 : (int) Math.pow(10, digits - 1);
      return Integer.toString(low + random.nextInt(low * 9));
    }
    StringBuilder name = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
