package dev.newsdesk.cluster;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dated, analysed articles for the event tests, and their stories in one stream. */
final class DatedFixtures {
  private static final Analyzer ANALYZER = new Analyzer();

  private DatedFixtures() {}

  /** The story of each article, assigned in order by one new assigner. */
  static List<StoryId> assign(ClusterConfig config, List<AnalyzedArticle> articles) {
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(config);
    List<StoryId> stories = new ArrayList<>();
    for (AnalyzedArticle article : articles) {
      stories.add(assigner.assign(article, null));
    }
    return stories;
  }

  /** Articles of a fixture: "## date", then the title line, then one paragraph a line. */
  static List<AnalyzedArticle> read(String name) throws IOException {
    List<AnalyzedArticle> articles = new ArrayList<>();
    try (InputStream in = DatedFixtures.class.getResourceAsStream("/cluster/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture cluster/" + name);
      }
      String[] blocks = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("## ");
      for (int b = 1; b < blocks.length; b++) {
        List<String> lines = new ArrayList<>(blocks[b].strip().lines().toList());
        LocalDate date = LocalDate.parse(lines.remove(0).strip());
        String title = lines.remove(0);
        articles.add(analyse(date, title, lines.toArray(String[]::new)));
      }
    }
    return articles;
  }

  static AnalyzedArticle analyse(LocalDate date, String title, String... paragraphs) {
    String input = "fixture-" + date + "-" + title.hashCode();
    return ANALYZER.analyze(StoryStream.extracted(input, date, title, paragraphs));
  }
}
