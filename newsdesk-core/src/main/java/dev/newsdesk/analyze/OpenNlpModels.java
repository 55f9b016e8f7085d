package dev.newsdesk.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models this project ships, loaded once from the model jars on the class path (nothing
 * is downloaded). Models are immutable and shared; the ME classes that use them are not, so each
 * thread makes its own.
 */
final class OpenNlpModels {
  private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String LANGUAGES = "/langdetect-183.bin";
  private static final String PARTS_OF_SPEECH = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private OpenNlpModels() {}

  private static final class Holder {
    static final SentenceModel SENTENCE = load(SENTENCES, SentenceModel::new);
    static final TokenizerModel TOKENIZER = load(TOKENS, TokenizerModel::new);
  }

  private static final class LanguageHolder {
    static final LanguageDetectorModel LANGUAGE = load(LANGUAGES, LanguageDetectorModel::new);
  }

  /** Loaded only by the trained attribution tagger ({@link AttributionWordClasses}). */
  private static final class WordClassHolder {
    static final POSModel PARTS_OF_SPEECH = load(OpenNlpModels.PARTS_OF_SPEECH, POSModel::new);
    static final LemmatizerModel LEMMAS = load(OpenNlpModels.LEMMAS, LemmatizerModel::new);
  }

  static SentenceModel sentences() {
    return Holder.SENTENCE;
  }

  static TokenizerModel tokens() {
    return Holder.TOKENIZER;
  }

  static LanguageDetectorModel languages() {
    return LanguageHolder.LANGUAGE;
  }

  static POSModel partsOfSpeech() {
    return WordClassHolder.PARTS_OF_SPEECH;
  }

  static LemmatizerModel lemmas() {
    return WordClassHolder.LEMMAS;
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model " + resource + " is not on the class path");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("model " + resource + " could not be read", e);
    }
  }
}
