package dev.newsdesk.analyze;

import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Sentences and tokens. English goes through OpenNLP's models; other languages through a rule
 * splitter (terminal punctuation before a capital) and a Unicode word tokenizer. A sentence never
 * crosses a paragraph break. Not thread-safe: one per thread.
 */
public final class SentenceSplitter {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\n");
  private static final Pattern RULE_BREAK =
      Pattern.compile("(?<=[.!?\u2026\u3002])[\"\u201D\u2019)]*\\s+(?=[\"\u201C(]?\\p{Lu})");
  private static final Pattern RULE_TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private static final Pattern TITLE_END =
      Pattern.compile(
          "(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|St|Prof|Atty|Supt|Det|Insp|Gens|No|Nos|Vol|vs|[A-Z])\\.$");

  /** OpenNLP's maximum-entropy tokenizer is quadratic on pathological runs; cap what it sees. */
  private static final int MAX_MODEL_SENTENCE = 2000;

  private final SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
  private final WordSplits words = new WordSplits();

  public List<Sentence> split(String text, String language) {
    boolean english = "en".equals(language) || "und".equals(language);
    List<Sentence> result = new ArrayList<>();
    int paragraphStart = 0;
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    while (true) {
      boolean more = breaks.find();
      int paragraphEnd = more ? breaks.start() : text.length();
      splitParagraph(text, paragraphStart, paragraphEnd, english, result);
      if (!more) {
        return result;
      }
      paragraphStart = breaks.end();
    }
  }

  private void splitParagraph(String text, int from, int to, boolean english, List<Sentence> out) {
    String paragraph = text.substring(from, to);
    if (paragraph.isBlank()) {
      return;
    }
    List<Span> spans = new ArrayList<>();
    if (english && paragraph.length() < 200_000) {
      for (opennlp.tools.util.Span s : sentences.sentPosDetect(paragraph)) {
        spans.add(new Span(from + s.getStart(), from + s.getEnd()));
      }
    } else {
      int start = 0;
      Matcher m = RULE_BREAK.matcher(paragraph);
      while (m.find()) {
        spans.add(new Span(from + start, from + m.start()));
        start = m.end();
      }
      spans.add(new Span(from + start, to));
    }
    for (Span span : mergeAfterTitles(text, spans)) {
      String sentence = span.of(text);
      String trimmed = sentence.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int lead = sentence.indexOf(trimmed);
      Span exact = new Span(span.start() + lead, span.start() + lead + trimmed.length());
      out.add(new Sentence(out.size(), exact, trimmed, tokens(trimmed, exact.start(), english)));
    }
  }

  /**
   * The English model ends sentences after titles and initials ("Rep. Elijah Cummings", "Vann R.
   * Newkirk II"): such a break is undone when the next sentence goes on with a capital. A break
   * before a lower-case word is undone too: after a quoted question ("“Why?” she asked.") or a
   * parenthesis with a full stop ("Rep. Gwen Moore (D-Wis.) said Friday.") the sentence goes on.
   */
  private static List<Span> mergeAfterTitles(String text, List<Span> spans) {
    List<Span> merged = new ArrayList<>();
    for (Span span : spans) {
      if (!merged.isEmpty()) {
        Span last = merged.get(merged.size() - 1);
        // Only the end of the sentence so far matters; a bounded look keeps long runs linear.
        String previous =
            text.substring(Math.max(last.start(), last.end() - 40), last.end()).stripTrailing();
        String next = span.of(text).stripLeading();
        boolean titleBreak =
            TITLE_END.matcher(previous).find()
                && !next.isEmpty()
                && Character.isUpperCase(next.charAt(0));
        boolean goesOn =
            !next.isEmpty()
                && Character.isLowerCase(next.charAt(0))
                && last.end() <= span.start()
                && !text.substring(last.end(), span.start()).contains("\n");
        if (titleBreak || goesOn) {
          merged.set(merged.size() - 1, new Span(last.start(), span.end()));
          continue;
        }
      }
      merged.add(span);
    }
    return merged;
  }

  private List<Span> tokens(String sentence, int offset, boolean english) {
    List<Span> tokens = new ArrayList<>();
    if (english && sentence.length() <= MAX_MODEL_SENTENCE) {
      words.tokenize(sentence, offset, tokens);
      return tokens;
    }
    Matcher m = RULE_TOKEN.matcher(sentence);
    while (m.find()) {
      tokens.add(new Span(offset + m.start(), offset + m.end()));
    }
    return tokens;
  }
}
