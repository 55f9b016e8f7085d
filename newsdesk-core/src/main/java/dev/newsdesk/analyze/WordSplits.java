package dev.newsdesk.analyze;

import dev.newsdesk.model.Span;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maximum-entropy tokenizer, remembered word by word: the same tokens as {@link
 * TokenizerME#tokenizePos} on the English model, for a fraction of the cost on running text.
 *
 * <p>Design decision: {@code TokenizerME} first cuts a sentence at whitespace and then decides,
 * character by character, where to split each whitespace-delimited word, asking the model with
 * features of that word alone (no neighbouring word, no state kept between words; the English model
 * has no abbreviation list). So a word's split is a pure function of the word, and news repeats its
 * words: {@code the}, {@code said,}, {@code Trump's}. Each word is asked once and its split kept in
 * a table shared by every thread (the model is shared too); a word of one character is never split,
 * as in OpenNLP. Measured on the service bench's article-length items (steady state, one thread),
 * tokens cost about a sixth of what the model asked for each word did; {@code WordSplitsTest}
 * checks the tokens against {@code TokenizerME} itself. The table is emptied when it holds {@link
 * #MAX_WORDS} words, which bounds its memory (a few MB) for a service that runs for months;
 * frequent words come back within a few articles.
 *
 * <p>Rejected: OpenNLP's alphanumeric optimisation (never split a word of letters and digits only),
 * which the model was trained without: it would change tokens the model splits, such as {@code
 * cannot}.
 */
final class WordSplits {
  static final int MAX_WORDS = 50_000;

  /** Each word's split, as offsets within the word: start, end, start, end… */
  private static final ConcurrentHashMap<String, int[]> SPLITS = new ConcurrentHashMap<>();

  private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());

  /**
   * Adds the tokens of a sentence to {@code out}, exactly those of {@code
   * TokenizerME#tokenizePos(sentence)}, each shifted by {@code offset}.
   */
  void tokenize(String sentence, int offset, List<Span> out) {
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      // OpenNLP's WhitespaceTokenizer: maximal runs of characters that are not whitespace.
      while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      while (i < n && !StringUtil.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      if (i - start < 2) {
        out.add(new Span(offset + start, offset + i));
        continue;
      }
      int[] parts = split(sentence.substring(start, i));
      for (int p = 0; p < parts.length; p += 2) {
        out.add(new Span(offset + start + parts[p], offset + start + parts[p + 1]));
      }
    }
  }

  /** How many words the table holds now. */
  static int held() {
    return SPLITS.size();
  }

  private int[] split(String word) {
    int[] known = SPLITS.get(word);
    if (known != null) {
      return known;
    }
    opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(word);
    int[] parts = new int[spans.length * 2];
    for (int s = 0; s < spans.length; s++) {
      parts[2 * s] = spans[s].getStart();
      parts[2 * s + 1] = spans[s].getEnd();
    }
    if (SPLITS.size() >= MAX_WORDS) {
      SPLITS.clear();
    }
    SPLITS.put(word, parts);
    return parts;
  }
}
