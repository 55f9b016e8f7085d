package dev.newsdesk.eval;

import dev.newsdesk.Pipeline;
import dev.newsdesk.PipelineConfig;
import dev.newsdesk.analyze.AttributionExtractor;
import dev.newsdesk.analyze.AttributionFinder;
import dev.newsdesk.analyze.AttributionTagger;
import dev.newsdesk.analyze.AttributionTrainer;
import dev.newsdesk.analyze.AttributionTrainingConfig;
import dev.newsdesk.analyze.SentenceSplitter;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtraction;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.internal.TextNormalizer;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs each stage on its public dataset and scores it: one scoreboard row per stage and dataset.
 * The datasets are read where they are; nothing is copied.
 */
public final class StageEvaluations {
  public static final String EXTRACTION_ANCHOR =
      "F1 rs_trafilatura 0.970, AutoExtract 0.970, trafilatura 0.958, Readability.js 0.947, Readability4J 0.938";
  public static final String CLUSTERING_ANCHOR =
      "streaming TF-IDF: TS bcubed_f1 0.876 nmi 0.947, T 0.665 / 0.857; GSDMM/MStream nmi 0.87-0.93 given K";
  public static final String ATTRIBUTION_ANCHOR =
      "Citron on PARC 3.0: cue 0.82, source 0.82, content 0.59 exact / 0.83 overlap";

  private StageEvaluations() {}

  /** Main text F1 on the article-extraction benchmark, through the whole extraction stage. */
  public static Scoreboard.Row extraction(Path dir) throws IOException {
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    Map<String, String> predicted = new LinkedHashMap<>();
    Map<String, String> truth = new LinkedHashMap<>();
    try (Stream<ArticleExtractionBenchmark.Case> cases = ArticleExtractionBenchmark.cases(dir)) {
      cases.forEach(
          c -> {
            truth.put(c.id(), c.expectedBody());
            ItemMetadata meta =
                new ItemMetadata(
                    ArticleExtractionBenchmark.BASE_URL, null, null, null, null, null, null);
            try {
              predicted.put(
                  c.id(),
                  extractor
                      .extract(new RawDocument(c.id(), ContentKind.HTML, c.html(), meta))
                      .text());
            } catch (RejectedItemException e) {
              predicted.put(c.id(), "");
            }
          });
    }
    ExtractionScore score = ExtractionScore.of(predicted, truth);
    return Scoreboard.Row.measured(
        "extraction",
        "article-extraction-benchmark",
        "all " + truth.size(),
        score.figures(),
        EXTRACTION_ANCHOR);
  }

  /** Per-field metadata agreement and main-text F1 on Mozilla's Readability test pages. */
  public static Scoreboard.Row extractionMetadata(Path dir) throws IOException {
    HtmlArticleExtractor extractor = new HtmlArticleExtractor(HtmlExtractionConfig.defaults());
    int[] agree = new int[5];
    int[] present = new int[5];
    Map<String, String> predicted = new LinkedHashMap<>();
    Map<String, String> truth = new LinkedHashMap<>();
    try (Stream<ReadabilityTestPages.Page> pages = ReadabilityTestPages.pages(dir)) {
      pages.forEach(
          p -> {
            HtmlExtraction got = extractor.extract(p.sourceHtml(), ReadabilityTestPages.BASE_URL);
            ReadabilityTestPages.Metadata want = p.metadata();
            count(agree, present, 0, want.title(), got.title());
            count(agree, present, 1, want.byline(), got.byline());
            count(agree, present, 2, want.excerpt(), got.description());
            count(agree, present, 3, primary(want.lang()), got.language());
            count(
                agree,
                present,
                4,
                want.publishedTime() == null
                    ? null
                    : want.publishedTime()
                        .substring(0, Math.min(10, want.publishedTime().length())),
                got.published() == null ? null : got.published().toString());
            if (want.readerable()) {
              truth.put(p.name(), p.expectedText());
              predicted.put(p.name(), got.text());
            }
          });
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    String[] names = {"title", "byline", "excerpt", "language", "published"};
    for (int i = 0; i < names.length; i++) {
      figures.put(names[i], present[i] == 0 ? 0 : agree[i] / (double) present[i]);
    }
    figures.put("text_f1", ExtractionScore.of(predicted, truth).f1());
    return Scoreboard.Row.measured(
        "extraction-metadata",
        "readability-test-pages",
        "all",
        figures,
        "no published scores (a regression suite)");
  }

  private static void count(int[] agree, int[] present, int field, String expected, String actual) {
    if (expected == null || expected.isBlank()) {
      return;
    }
    present[field]++;
    if (actual != null
        && TextNormalizer.collapseSpaces(expected).equals(TextNormalizer.collapseSpaces(actual))) {
      agree[field]++;
    }
  }

  private static String primary(String lang) {
    return lang == null ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  /** Story clustering on GoogleNews, items fed as one stream in file order. */
  public static Scoreboard.Row clustering(Path dir, GoogleNewsDataset.Variant variant)
      throws IOException {
    return clustering(dir, variant, config -> {});
  }

  /**
   * {@link #clustering(Path, GoogleNewsDataset.Variant)} on a pipeline set up by this configurer
   * (e.g. the dense term of story assignment, {@code help/embeddings.md}).
   */
  public static Scoreboard.Row clustering(
      Path dir, GoogleNewsDataset.Variant variant, Consumer<PipelineConfig.Builder> configurer)
      throws IOException {
    List<GoogleNewsDataset.Item> items = GoogleNewsDataset.read(dir, variant);
    Pipeline pipeline = Pipeline.create(configurer);
    List<String> predicted = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    for (GoogleNewsDataset.Item item : items) {
      truth.add(item.cluster());
      try {
        predicted.add(
            pipeline
                .accept(
                    new RawDocument(
                        "line#" + item.line(),
                        ContentKind.TEXT_BODY,
                        item.text(),
                        ItemMetadata.none()))
                .story()
                .value());
      } catch (RejectedItemException e) {
        predicted.add("rejected#" + item.line());
      }
    }
    ClusteringScore score = ClusteringScore.of(predicted, truth);
    // Defaults are tuned on the first half of the stream; the second half is held out.
    int half = predicted.size() / 2;
    ClusteringScore heldOut =
        ClusteringScore.of(
            predicted.subList(half, predicted.size()), truth.subList(half, truth.size()));
    Map<String, Double> figures = new LinkedHashMap<>(score.figures());
    figures.put("second_half_bcubed_f1", heldOut.bcubedF1());
    figures.put("second_half_nmi", heldOut.nmi());
    return Scoreboard.Row.measured(
        "clustering",
        "googlenews",
        variant.name().toLowerCase(Locale.ROOT),
        figures,
        CLUSTERING_ANCHOR);
  }

  /**
   * Full-text event clustering: PolNeAR's articles as one stream in publication order against the
   * team's same-happening groups (see {@link PolnearEvents}).
   */
  public static List<Scoreboard.Row> clusteringEvents(Path dir) throws IOException {
    return PolnearEvents.rows(dir);
  }

  /** {@link #clusteringEvents(Path)} on a pipeline set up by this configurer. */
  public static List<Scoreboard.Row> clusteringEvents(
      Path dir, Consumer<PipelineConfig.Builder> configurer) throws IOException {
    return PolnearEvents.rows(dir, configurer);
  }

  /**
   * Copy precision and recall of dedup on republished copies generated from PolNeAR (see {@link
   * PolnearSyndication}).
   */
  public static Scoreboard.Row dedupSyndication(Path dir) throws IOException {
    return PolnearSyndication.row(dir);
  }

  /** Source, cue and content spans of attributions on PolNeAR. */
  public static Scoreboard.Row attribution(Path dir, PolnearCorpus.Split split) throws IOException {
    return attribution(dir, split, new AttributionFinder(), "attribution");
  }

  /**
   * The attribution tagger trained in-process on {@code trainSplit} (nothing is written), scored on
   * {@code split}: what a user who trains on their own annotations gets.
   */
  public static Scoreboard.Row attributionTrained(
      Path dir,
      PolnearCorpus.Split trainSplit,
      PolnearCorpus.Split split,
      AttributionTrainingConfig config)
      throws IOException {
    AttributionTagger tagger =
        AttributionTrainer.train(AttributionTrainingData.read(dir, trainSplit), config);
    return attribution(dir, split, tagger, "attribution-trained");
  }

  /**
   * {@link #attribution(Path, PolnearCorpus.Split)} by any attribution stage, as row {@code name}.
   */
  public static Scoreboard.Row attribution(
      Path dir, PolnearCorpus.Split split, AttributionExtractor finder, String name)
      throws IOException {
    SentenceSplitter splitter = new SentenceSplitter();
    SortedMap<String, SpanScore> total = null;
    for (PolnearCorpus.Article article : PolnearCorpus.read(dir, split)) {
      List<Sentence> sentences = splitter.split(article.text(), "en");
      List<LabeledSpan> predicted = new ArrayList<>();
      for (Attribution a : finder.find(article.text(), sentences, List.of())) {
        if (a.source() != null) {
          predicted.add(new LabeledSpan("Source", a.source()));
        }
        predicted.add(new LabeledSpan("Cue", a.cue()));
        predicted.add(new LabeledSpan("Content", a.content()));
      }
      SortedMap<String, SpanScore> scores = SpanScore.byLabel(predicted, annotatedSpans(article));
      total = total == null ? scores : SpanScore.sum(total, scores);
    }
    return Scoreboard.Row.measured(
        name,
        "polnear",
        split.name().toLowerCase(Locale.ROOT),
        attributionFigures(total),
        ATTRIBUTION_ANCHOR);
  }

  /**
   * How far PolNeAR's own annotators agree, in the figures the attribution rows give: on every
   * article that several annotators annotated (20 articles in all splits, 5 or 6 annotators each),
   * each annotator's spans scored against each other's, summed over every ordered pair. The ceiling
   * a model scored against one annotator is measured beside: a figure above it would mean agreeing
   * with one annotator more than annotators agree with each other.
   */
  public static Scoreboard.Row attributionAgreement(Path dir) throws IOException {
    SortedMap<String, SpanScore> total = null;
    int articles = 0;
    for (PolnearCorpus.Split split : PolnearCorpus.Split.values()) {
      for (List<PolnearCorpus.Article> readings :
          PolnearCorpus.readMultiplyAnnotated(dir, split).values()) {
        articles++;
        List<List<LabeledSpan>> spans =
            readings.stream().map(StageEvaluations::annotatedSpans).toList();
        for (int reference = 0; reference < spans.size(); reference++) {
          for (int other = 0; other < spans.size(); other++) {
            if (other != reference) {
              SortedMap<String, SpanScore> scores =
                  SpanScore.byLabel(spans.get(other), spans.get(reference));
              total = total == null ? scores : SpanScore.sum(total, scores);
            }
          }
        }
      }
    }
    return Scoreboard.Row.measured(
        "attribution-agreement",
        "polnear",
        articles + (articles == 1 ? " article" : " articles"),
        attributionFigures(total),
        "PolNeAR paper: token-level Krippendorff's alpha 0.754 between annotators");
  }

  /** An annotator's source, cue and content spans, each content part on its own. */
  private static List<LabeledSpan> annotatedSpans(PolnearCorpus.Article article) {
    List<LabeledSpan> spans = new ArrayList<>();
    for (AttributionRelation r : article.relations()) {
      Stream.concat(Stream.of(r.source(), r.cue()), r.contents().stream())
          .filter(Objects::nonNull)
          .forEach(
              s ->
                  spans.add(
                      new LabeledSpan(
                          s.type().startsWith("Content") ? "Content" : s.type(), s.hull())));
    }
    return spans;
  }

  private static Map<String, Double> attributionFigures(SortedMap<String, SpanScore> total) {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("source_f1", f1(total, "Source", false));
    figures.put("cue_f1", f1(total, "Cue", false));
    figures.put("content_f1", f1(total, "Content", false));
    figures.put("content_overlap_f1", f1(total, "Content", true));
    return figures;
  }

  private static double f1(SortedMap<String, SpanScore> scores, String label, boolean overlap) {
    SpanScore score = scores == null ? null : scores.get(label);
    if (score == null) {
      return 0;
    }
    return overlap ? score.overlap().f1() : score.exact().f1();
  }

  /** Merge precision and recall on the team's name-variant pairs. */
  public static Scoreboard.Row entityVariants() {
    List<EntityVariantPairs.Verdict> verdicts =
        EntityVariantPairs.score(EntityVariantPairs.pairs());
    PrecisionRecall pr = EntityVariantPairs.precisionRecall(verdicts);
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("precision", pr.precision());
    figures.put("recall", pr.recall());
    figures.put("pairs", (double) verdicts.size());
    return Scoreboard.Row.measured(
        "entity-variants",
        "team pairs set",
        "all",
        figures,
        "no published set; goal precision and recall >= 0.95");
  }

  /** Share of the team's date phrases resolved as expected (or left unresolved as expected). */
  public static Scoreboard.Row dates() {
    List<DatePhrases.Verdict> verdicts = DatePhrases.score(DatePhrases.phrases());
    long correct = verdicts.stream().filter(DatePhrases.Verdict::correct).count();
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("accuracy", correct / (double) verdicts.size());
    figures.put("phrases", (double) verdicts.size());
    return Scoreboard.Row.measured(
        "dates", "team phrase set", "all", figures, "no published set; goal 100%");
  }

  /**
   * Wire credits found from the text, per agency, on PolNeAR (see {@link ProvenanceEvaluations}).
   */
  public static Scoreboard.Row provenanceWire(Path dir) throws IOException {
    return ProvenanceEvaluations.wireCredits(dir);
  }

  /**
   * The brief on the example corpus: citations (independent rule and hand labels), claim origins
   * and independent-source counts, and timeline dates against its answer key.
   */
  public static List<Scoreboard.Row> brief(Path corpus, Path labels) throws IOException {
    return List.of(
        BriefEvaluations.citations("examples/corpus", corpus, labels, "examples"),
        ProvenanceEvaluations.claimOrigins(corpus),
        BriefEvaluations.timelineDates(corpus));
  }

  /** The brief's citations on the seeds (independent rule and hand labels). */
  public static Scoreboard.Row briefSeeds(Path seeds, Path labels) throws IOException {
    return BriefEvaluations.citations("seeds", seeds, labels, "seeds");
  }
}
