package dev.newsdesk.bench;

import dev.newsdesk.analyze.AttributionExtractor;
import dev.newsdesk.analyze.AttributionFinder;
import dev.newsdesk.analyze.AttributionTagger;
import dev.newsdesk.analyze.SentenceSplitter;
import dev.newsdesk.eval.AttributionRelation;
import dev.newsdesk.eval.PolnearCorpus;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A dev-only error dump of the attribution rules (or of a trained tagger's model file, given as a
 * fourth argument) on PolNeAR, for tuning: one tab-separated line per missed gold cue ({@code
 * MISS}, with its sentence), per found cue whose source or content differs ({@code SRC}, {@code
 * CON}), and per cue no annotator marked ({@code FP}); then the missed and the false cue words by
 * count. Refuses the test split, which is for the final figure only.
 *
 * <p>{@code java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.AttributionErrors
 * ../shared/data/attribution/polnear dev errors.tsv}
 */
public final class AttributionErrors {
  private AttributionErrors() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      throw new IllegalArgumentException(
          "usage: AttributionErrors CORPUS_DIR train|dev OUT_FILE [TAGGER_MODEL]");
    }
    PolnearCorpus.Split split = PolnearCorpus.Split.valueOf(args[1].toUpperCase(Locale.ROOT));
    if (split == PolnearCorpus.Split.TEST) {
      throw new IllegalArgumentException("the test split is not for tuning: use train or dev");
    }
    Map<String, Integer> missed = new TreeMap<>();
    Map<String, Integer> falseCues = new TreeMap<>();
    SentenceSplitter splitter = new SentenceSplitter();
    AttributionExtractor finder =
        args.length == 4 ? AttributionTagger.load(Path.of(args[3])) : new AttributionFinder();
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (PolnearCorpus.Article article : PolnearCorpus.read(Path.of(args[0]), split)) {
        String t = article.text();
        List<Sentence> sentences = splitter.split(t, "en");
        Map<Span, Attribution> byCue = new HashMap<>();
        finder.find(t, sentences, List.of()).forEach(a -> byCue.put(a.cue(), a));
        Set<Span> goldCues = new HashSet<>();
        for (AttributionRelation r : article.relations()) {
          if (r.cue() == null) {
            continue;
          }
          Span cue = r.cue().hull();
          goldCues.add(cue);
          String cueText = flat(cue.of(t)).toLowerCase(Locale.ROOT);
          Attribution found = byCue.get(cue);
          String gold = r.source() == null ? "-" : r.source().text(t);
          if (found == null) {
            missed.merge(cueText, 1, Integer::sum);
            line(out, "MISS", article.name(), cueText, gold, sentenceOf(sentences, cue));
            continue;
          }
          String source = found.source() == null ? "-" : found.source().of(t);
          if (r.source() != null && !r.source().hull().equals(found.source())) {
            line(out, "SRC", article.name(), cueText, gold, source);
          }
          if (!r.contents().isEmpty()) {
            Span content = hull(r.contents().stream().map(c -> c.hull()).toList());
            if (!content.equals(found.content())) {
              line(out, "CON", article.name(), cueText, content.of(t), found.content().of(t));
            }
          }
        }
        for (Attribution a : byCue.values()) {
          if (!goldCues.contains(a.cue())) {
            String cueText = flat(a.cueText()).toLowerCase(Locale.ROOT);
            falseCues.merge(cueText, 1, Integer::sum);
            String source = a.source() == null ? "-" : a.source().of(t);
            line(out, "FP", article.name(), cueText, source, a.content().of(t));
          }
        }
      }
      out.println("# missed cues by count: " + byCount(missed));
      out.println("# false cues by count: " + byCount(falseCues));
    }
  }

  private static void line(PrintWriter out, String kind, String article, String... fields) {
    StringBuilder b = new StringBuilder(kind).append('\t').append(article);
    for (String f : fields) {
      String flat = flat(f);
      b.append('\t').append(flat.length() > 240 ? flat.substring(0, 240) + "\u2026" : flat);
    }
    out.println(b);
  }

  private static String sentenceOf(List<Sentence> sentences, Span cue) {
    return sentences.stream()
        .filter(s -> s.span().start() <= cue.start() && cue.start() < s.span().end())
        .map(Sentence::text)
        .findFirst()
        .orElse("?");
  }

  private static Span hull(List<Span> spans) {
    int start = spans.stream().mapToInt(Span::start).min().orElseThrow();
    int end = spans.stream().mapToInt(Span::end).max().orElseThrow();
    return new Span(start, end);
  }

  private static String flat(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }

  private static String byCount(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(60)
        .map(e -> e.getValue() + " " + e.getKey())
        .reduce((a, b) -> a + " | " + b)
        .orElse("");
  }
}
