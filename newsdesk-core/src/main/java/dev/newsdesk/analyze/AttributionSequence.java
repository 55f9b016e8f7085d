package dev.newsdesk.analyze;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article as the tagger sees it: every token of every sentence in text order, with its features
 * (computed once per article).
 *
 * <p>Design decision: the strongest features are the rule finder's own labels at the token and
 * within two tokens of it, and the token's distance to the nearest rule cue in its sentence
 * (stacking): the model learns where the rules are wrong and what they miss, and keeps what they
 * get right. Beside them: the lower-cased word and its neighbours, a suffix, the shape, whether the
 * word starts or continues a cue of {@link CueLexicon} and its distance to the nearest one (+0.001
 * to +0.004 on PolNeAR dev), whether it stands inside a quotation, and where it stands in its
 * sentence. Part of speech and lemma ({@link AttributionWordClasses}) of the token and its
 * neighbours carry what the word alone cannot across inflections and rare words (dev 0.685 / 0.677
 * / 0.521 / 0.815 to 0.692 / 0.680 / 0.521 / 0.819, measured with the Markov model the CRF
 * replaced). Which label follows which is the CRF's own part (its transition weights). A wider
 * window (words at ±3, lemmas and tags at ±2, tag trigrams), whether the sentence and its
 * neighbours hold a quote or a cue, and the lemma of the nearest cue gave the CRF nothing (dev
 * 0.706 / 0.678 / 0.520 / 0.838 against 0.707 / 0.693 / 0.526 / 0.851, 5 epochs without averaging):
 * they were left out. Not thread-safe while built; immutable after.
 */
final class AttributionSequence {
  final String text;
  final List<Span> tokens;
  final String[] words;
  final int[] sentenceOf;
  final String[][] features;

  private AttributionSequence(
      String text, List<Span> tokens, int[] sentenceOf, String[][] features, String[] words) {
    this.text = text;
    this.tokens = tokens;
    this.sentenceOf = sentenceOf;
    this.features = features;
    this.words = words;
  }

  /** The article's tokens with their features, given what the rules found in it. */
  static AttributionSequence of(String text, List<Sentence> sentences, List<Attribution> rules) {
    List<Span> tokens = new ArrayList<>();
    List<Integer> sentence = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Span t : s.tokens()) {
        tokens.add(t);
        sentence.add(s.index());
      }
    }
    int n = tokens.size();
    int[] sentenceOf = new int[n];
    String[] words = new String[n];
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      sentenceOf[i] = sentence.get(i);
      words[i] = tokens.get(i).of(text);
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    List<Span> sources = new ArrayList<>();
    List<Span> cues = new ArrayList<>();
    List<Span> contents = new ArrayList<>();
    for (Attribution a : rules) {
      if (a.source() != null) {
        sources.add(a.source());
      }
      cues.add(a.cue());
      contents.add(a.content());
    }
    String[] ruleLabels = AttributionLabels.encode(tokens, sources, cues, contents);
    AttributionWordClasses.Tagged tagged = AttributionWordClasses.of(text, sentences);
    Features f =
        new Features(
            text, tokens, words, lower, sentenceOf, ruleLabels, tagged.tags(), tagged.lemmas());
    String[][] features = new String[n][];
    for (int i = 0; i < n; i++) {
      features[i] = f.at(i);
    }
    return new AttributionSequence(text, List.copyOf(tokens), sentenceOf, features, words);
  }

  int size() {
    return tokens.size();
  }

  /** The character span of tokens {@code [from, to)}. */
  Span span(int from, int to) {
    return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Computes the label-independent features of each token; shares equal strings. */
  private static final class Features {
    private final String text;
    private final List<Span> tokens;
    private final String[] words;
    private final String[] lower;
    private final int[] sentenceOf;
    private final String[] rule;
    private final String[] tags;
    private final String[] lemmas;
    private final boolean[] lexiconStart;
    private final boolean[] inLexicon;
    private final boolean[] inQuote;
    private final int[] cueDistance;
    private final int[] lexiconDistance;
    private final Map<String, String> shared = new HashMap<>();

    Features(
        String text,
        List<Span> tokens,
        String[] words,
        String[] lower,
        int[] sentenceOf,
        String[] rule,
        String[] tags,
        String[] lemmas) {
      this.text = text;
      this.tokens = tokens;
      this.words = words;
      this.lower = lower;
      this.sentenceOf = sentenceOf;
      this.rule = rule;
      this.tags = tags;
      this.lemmas = lemmas;
      int n = words.length;
      lexiconStart = new boolean[n];
      inLexicon = new boolean[n];
      CueLexicon lexicon = CueLexicon.shared();
      for (int i = 0; i < n; i++) {
        int length = lexicon.match(lower, i);
        if (length > 0) {
          lexiconStart[i] = true;
          for (int k = i; k < i + length; k++) {
            inLexicon[k] = true;
          }
        }
      }
      inQuote = quoteState(text, tokens);
      cueDistance = cueDistances(rule, sentenceOf);
      // The same distance to the nearest word of the cue lexicon, whether the rules took it or not.
      String[] lexical = new String[n];
      for (int i = 0; i < n; i++) {
        lexical[i] = lexiconStart[i] ? "B-cue" : AttributionLabels.OUTSIDE;
      }
      lexiconDistance = cueDistances(lexical, sentenceOf);
    }

    String[] at(int i) {
      List<String> f = new ArrayList<>(24);
      f.add("w=" + lower[i]);
      f.add("w-1=" + word(i - 1));
      f.add("w+1=" + word(i + 1));
      f.add("w-2=" + word(i - 2));
      f.add("w+2=" + word(i + 2));
      f.add("w-1w=" + word(i - 1) + "," + lower[i]);
      f.add("ww+1=" + lower[i] + "," + word(i + 1));
      f.add("suf=" + suffix(lower[i]));
      f.add("sh=" + shape(words[i]));
      f.add("t=" + tags[i]);
      f.add("t-1=" + at(tags, i - 1));
      f.add("t+1=" + at(tags, i + 1));
      f.add("t-1t=" + at(tags, i - 1) + "," + tags[i]);
      f.add("tt+1=" + tags[i] + "," + at(tags, i + 1));
      f.add("l=" + lemmas[i]);
      f.add("l-1=" + at(lemmas, i - 1));
      f.add("l+1=" + at(lemmas, i + 1));
      f.add("ll+1=" + lemmas[i] + "," + at(lemmas, i + 1));
      f.add("rt=" + rule[i] + "," + tags[i]);
      f.add("r=" + rule[i]);
      f.add("r-1=" + ruleAt(i - 1));
      f.add("r+1=" + ruleAt(i + 1));
      f.add("r-2=" + ruleAt(i - 2));
      f.add("r+2=" + ruleAt(i + 2));
      f.add("rr=" + ruleAt(i - 1) + "," + rule[i] + "," + ruleAt(i + 1));
      f.add("rw=" + rule[i] + "," + lower[i]);
      f.add("cd=" + bucket(cueDistance[i]));
      f.add("cdr=" + bucket(cueDistance[i]) + "," + rule[i]);
      f.add(
          "lex="
              + (lexiconStart[i] ? "B" : inLexicon[i] ? "I" : "-")
              + (i > 0 && inLexicon[i - 1] ? "<" : "")
              + (i + 1 < words.length && lexiconStart[i + 1] ? ">" : ""));
      f.add("q=" + (inQuote[i] ? "in" : "out"));
      f.add("ld=" + bucket(lexiconDistance[i]));
      f.add("ldq=" + bucket(lexiconDistance[i]) + "," + (inQuote[i] ? "in" : "out"));
      boolean first = i == 0 || sentenceOf[i - 1] != sentenceOf[i];
      boolean last = i + 1 == words.length || sentenceOf[i + 1] != sentenceOf[i];
      f.add("pos=" + (first ? "first" : last ? "last" : "mid"));
      if (first && paragraphStart(i)) {
        f.add("para");
      }
      String[] out = new String[f.size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = shared.computeIfAbsent(f.get(k), s -> s);
      }
      return out;
    }

    private boolean paragraphStart(int i) {
      int start = tokens.get(i).start();
      return start == 0 || text.lastIndexOf("\n", start) >= Math.max(0, start - 3);
    }

    private String word(int i) {
      if (i < 0) {
        return "^";
      }
      return i >= lower.length ? "$" : lower[i];
    }

    private static String at(String[] values, int i) {
      if (i < 0) {
        return "^";
      }
      return i >= values.length ? "$" : values[i];
    }

    private String ruleAt(int i) {
      if (i < 0) {
        return "^";
      }
      return i >= rule.length ? "$" : rule[i];
    }

    private static String suffix(String w) {
      return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    /** "Xx", "x", "X", "d", "p" runs collapsed: the word's shape. */
    private static String shape(String w) {
      StringBuilder b = new StringBuilder();
      char last = 0;
      for (int k = 0; k < w.length() && b.length() < 6; k++) {
        char c = w.charAt(k);
        char s =
            Character.isUpperCase(c)
                ? 'X'
                : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
        if (s != last) {
          b.append(s);
          last = s;
        }
      }
      return b.toString();
    }

    private static String bucket(int d) {
      if (d == Integer.MAX_VALUE) {
        return "none";
      }
      int a = Math.abs(d);
      String size =
          a == 0 ? "0" : a == 1 ? "1" : a == 2 ? "2" : a <= 5 ? "3-5" : a <= 10 ? "6-10" : "11+";
      return (d < 0 ? "-" : "+") + size;
    }

    /**
     * Signed token distance to the nearest rule cue token in the same sentence (token minus cue).
     */
    private static int[] cueDistances(String[] rule, int[] sentenceOf) {
      int n = rule.length;
      int[] d = new int[n];
      int lastCue = -1;
      for (int i = 0; i < n; i++) {
        if (i > 0 && sentenceOf[i] != sentenceOf[i - 1]) {
          lastCue = -1;
        }
        if (rule[i].endsWith(AttributionLabels.CUE)) {
          lastCue = i;
        }
        d[i] = lastCue < 0 ? Integer.MAX_VALUE : i - lastCue;
      }
      int nextCue = -1;
      for (int i = n - 1; i >= 0; i--) {
        if (i + 1 < n && sentenceOf[i] != sentenceOf[i + 1]) {
          nextCue = -1;
        }
        if (rule[i].endsWith(AttributionLabels.CUE)) {
          nextCue = i;
        }
        if (nextCue >= 0 && nextCue - i < Math.abs(d[i])) {
          d[i] = i - nextCue;
        }
      }
      return d;
    }

    /** Whether each token stands inside a quotation, opened and closed within its paragraph. */
    private static boolean[] quoteState(String text, List<Span> tokens) {
      boolean[] in = new boolean[tokens.size()];
      boolean open = false;
      int lastEnd = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Span t = tokens.get(i);
        int gap = text.indexOf('\n', lastEnd);
        if (gap >= 0 && gap < t.start() && text.substring(gap, t.start()).contains("\n\n")) {
          open = false;
        }
        lastEnd = t.end();
        int at = t.start();
        if (Quotes.openingAt(text, at) > 0) {
          open = true;
          in[i] = true;
          continue;
        }
        in[i] = open;
        if (Quotes.closingAt(text, t.end() - 1) > 0 || Quotes.closingAt(text, at) > 0) {
          open = false;
        }
      }
      return in;
    }
  }
}
