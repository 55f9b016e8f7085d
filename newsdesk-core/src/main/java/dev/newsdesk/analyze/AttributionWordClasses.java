package dev.newsdesk.analyze;

import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part of speech (Universal Dependencies tags) and lemma of every token, for the attribution
 * tagger's features only: OpenNLP's English UD-EWT models from the {@code opennlp-models-pos-en}
 * and {@code opennlp-models-lemmatizer-en} jars (nothing is downloaded). The rule finder does not
 * use them, so the default pipeline does not pay for them.
 *
 * <p>Design decision: the lemma of a (word, tag) pair is computed once and cached. OpenNLP's
 * statistical lemmatizer costs ~80 µs a token (20 times the tagger), which would have added almost
 * a minute to training on PolNeAR; a news vocabulary has a few tens of thousands of distinct pairs,
 * and the lemma of a word with its tag hardly depends on the words around it. The cache stops
 * growing at {@value #CACHE_LIMIT} pairs (past that, lemmas are computed each time), so a
 * long-running server's memory stays bounded.
 *
 * <p>Thread-safe: the models are shared and read-only, each call makes its own tagger, and the
 * cache is concurrent. Deterministic.
 */
final class AttributionWordClasses {
  static final int CACHE_LIMIT = 200_000;

  private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

  /** The tags and lemmas of one article's tokens, in text order. */
  record Tagged(String[] tags, String[] lemmas) {}

  private AttributionWordClasses() {}

  /** Tags every sentence's tokens and gives each its lower-case lemma. */
  static Tagged of(String text, List<Sentence> sentences) {
    POSTaggerME tagger = new POSTaggerME(OpenNlpModels.partsOfSpeech());
    LemmatizerME lemmatizer = null;
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    String[] tags = new String[n];
    String[] lemmas = new String[n];
    int at = 0;
    for (Sentence s : sentences) {
      List<Span> tokens = s.tokens();
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).of(text);
      }
      String[] sentenceTags = tagger.tag(words);
      for (int i = 0; i < words.length; i++) {
        String key = words[i].toLowerCase(Locale.ROOT) + '\t' + sentenceTags[i];
        String lemma = LEMMAS.get(key);
        if (lemma == null) {
          if (lemmatizer == null) {
            lemmatizer = new LemmatizerME(OpenNlpModels.lemmas());
          }
          lemma = lemma(lemmatizer, words[i], sentenceTags[i]);
          if (LEMMAS.size() < CACHE_LIMIT) {
            LEMMAS.put(key, lemma);
          }
        }
        tags[at] = sentenceTags[i];
        lemmas[at] = lemma;
        at++;
      }
    }
    return new Tagged(tags, lemmas);
  }

  /**
   * The lemma of the word in lower case; the word itself when the lemmatizer gives none. Lower case
   * first, because the model leaves a capitalised past form as it is ("Said", "Built" at the start
   * of a sentence), and because the cache is keyed by the lower-cased word: a lemma computed from
   * the word as written would make the key give whichever form came first, and the features of a
   * text would depend on the texts read before it.
   */
  private static String lemma(LemmatizerME lemmatizer, String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
    if (lemma == null || lemma.isEmpty() || lemma.equals("O")) {
      return lower;
    }
    return lemma.toLowerCase(Locale.ROOT);
  }
}
