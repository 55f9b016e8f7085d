package dev.newsdesk.bench;

import dev.newsdesk.eval.ArticleExtractionBenchmark;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Readability4J;

/**
 * Pages per CPU-second of our extractor and of Readability4J over the 181 benchmark pages, one
 * thread, measured with {@link ThreadMXBean#getCurrentThreadCpuTime()} in alternating rounds.
 *
 * <p>Design decision: CPU time of the measuring thread, not wall time. The build machine is shared,
 * so wall-clock throughput moves by tens of percent with other people's load; the CPU time a thread
 * was given does not (it still includes cache and frequency effects, hence several rounds and a
 * range). Rounds alternate the extractors so a slow phase of the machine hits both.
 *
 * <p>Usage: {@code java -cp newsdesk-bench.jar dev.newsdesk.bench.ExtractionCpuThroughput [rounds]
 * [dataset-dir]}; defaults 7 rounds (after 3 warmup rounds) and {@value
 * BenchmarkPages#DEFAULT_DIR}.
 */
public final class ExtractionCpuThroughput {

  private static final int WARMUP_ROUNDS = 3;

  private ExtractionCpuThroughput() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    String dir = args.length > 1 ? args[1] : BenchmarkPages.DEFAULT_DIR;
    String[] pages =
        BenchmarkPages.load(dir).stream()
            .map(ArticleExtractionBenchmark.Case::html)
            .toArray(String[]::new);
    HtmlArticleExtractor ours = new HtmlArticleExtractor(HtmlExtractionConfig.defaults());
    ArticleExtractor stage = new ArticleExtractor(HtmlExtractionConfig.defaults());
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (!bean.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<double[]> measured = new ArrayList<>();
    for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
      double oursRate = rate(bean, pages, () -> runOurs(ours, pages));
      double r4jRate = rate(bean, pages, () -> runReadability(pages));
      double stageRate = rate(bean, pages, () -> runStage(stage, pages));
      boolean warm = round >= WARMUP_ROUNDS;
      out.printf(
          Locale.ROOT,
          "%s %d: newsdesk %.1f pages/cpu-s, readability4j %.1f, stage %.1f, ratio %.2fx%n",
          warm ? "round" : "warmup",
          warm ? round - WARMUP_ROUNDS + 1 : round + 1,
          oursRate,
          r4jRate,
          stageRate,
          oursRate / r4jRate);
      if (warm) {
        measured.add(new double[] {oursRate / r4jRate, stageRate / r4jRate});
      }
    }
    double[] ratios = measured.stream().mapToDouble(m -> m[0]).sorted().toArray();
    double[] stageRatios = measured.stream().mapToDouble(m -> m[1]).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "newsdesk / readability4j, pages per CPU-second: median %.2fx, range %.2fx to %.2fx"
            + " over %d rounds%n",
        median(ratios),
        ratios[0],
        ratios[ratios.length - 1],
        ratios.length);
    out.printf(
        Locale.ROOT,
        "stage (ArticleExtractor) / readability4j: median %.2fx, range %.2fx to %.2fx%n",
        median(stageRatios),
        stageRatios[0],
        stageRatios[stageRatios.length - 1]);
  }

  private static double rate(ThreadMXBean bean, String[] pages, Runnable pass) {
    long start = bean.getCurrentThreadCpuTime();
    pass.run();
    long nanos = bean.getCurrentThreadCpuTime() - start;
    return pages.length / (nanos / 1e9);
  }

  private static int sink;

  private static void runOurs(HtmlArticleExtractor ours, String[] pages) {
    for (String html : pages) {
      sink += ours.extract(html, ArticleExtractionBenchmark.BASE_URL).paragraphs().size();
    }
  }

  private static void runReadability(String[] pages) {
    for (String html : pages) {
      String text =
          new Readability4J(ArticleExtractionBenchmark.BASE_URL, html).parse().getTextContent();
      sink += text == null ? 0 : text.length();
    }
  }

  private static void runStage(ArticleExtractor stage, String[] pages) {
    ItemMetadata meta =
        new ItemMetadata(ArticleExtractionBenchmark.BASE_URL, null, null, null, null, null, null);
    for (int i = 0; i < pages.length; i++) {
      try {
        sink +=
            stage
                .extract(new RawDocument("page-" + i, ContentKind.HTML, pages[i], meta))
                .hashCode();
      } catch (RejectedItemException e) {
        sink++;
      }
    }
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
