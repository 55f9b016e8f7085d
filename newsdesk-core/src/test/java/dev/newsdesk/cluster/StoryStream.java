package dev.newsdesk.cluster;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a fixture stream: tab-separated story label, date, title and text, one item a line. */
record StoryStream(List<String> labels, List<AnalyzedArticle> articles) {

  static StoryStream read(String name) {
    URL url = StoryStream.class.getResource("/cluster/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture cluster/" + name);
    }
    List<String> labels = new ArrayList<>();
    List<AnalyzedArticle> articles = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(Path.of(url.toURI()), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        labels.add(f[0]);
        articles.add(
            article(name + "#" + (articles.size() + 1), LocalDate.parse(f[1]), f[2], f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new StoryStream(labels, articles);
  }

  /** An analysed article with no entities, sentences or dates: enough for story assignment. */
  static AnalyzedArticle article(String input, LocalDate date, String title, String text) {
    return new AnalyzedArticle(
        extracted(input, date, title, text), text, List.of(), List.of(), List.of(), List.of());
  }

  /** An English article as extraction gives it: an id from its input, a title, a date, text. */
  static Article extracted(String input, LocalDate date, String title, String... paragraphs) {
    return new Article(
        new ArticleId("a-" + input),
        input,
        null,
        null,
        title,
        null,
        date,
        null,
        "en",
        List.of(paragraphs),
        false);
  }
}
