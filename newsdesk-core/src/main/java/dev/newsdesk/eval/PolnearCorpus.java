package dev.newsdesk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads PolNeAR, the political-news attribution corpus: per split, {@code text/<name>.txt} articles
 * with their brat annotations {@code attributions/<name>_<annotator>.ann}, and the corpus-wide
 * {@code metadata.tsv} (see {@link PolnearMetadata}).
 *
 * <p>Design decision: a few articles were annotated by several annotators; the reader takes the
 * first annotation file in file-name order, so every article is scored once and always against the
 * same annotator ({@link #readMultiplyAnnotated} gives every annotator's reading, to measure how
 * far annotators agree). Every article must have an annotation file and every annotation file an
 * article.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolnearCorpus {

  /** The corpus's splits, by month of publication. */
  public enum Split {
    TRAIN,
    DEV,
    TEST;

    /** The split's folder name in the corpus. */
    public String folder() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One article with the annotations of one annotator.
   *
   * @param name the article's file name without {@code .txt}, as in {@code metadata.tsv}
   * @param annotator the id of the annotator whose file was read
   * @param spans every text-bound annotation, relation parts and others ({@code Discard}, …)
   */
  public record Article(
      String name,
      String annotator,
      String text,
      List<AnnotatedSpan> spans,
      List<AttributionRelation> relations) {
    public Article {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(annotator, "annotator");
      Objects.requireNonNull(text, "text");
      spans = List.copyOf(spans);
      relations = List.copyOf(relations);
    }
  }

  private PolnearCorpus() {}

  /** The articles of one split in name order. {@code dir} is the corpus folder. */
  public static List<Article> read(Path dir, Split split) throws IOException {
    Path textDir = dir.resolve(split.folder()).resolve("text");
    Path annotationDir = dir.resolve(split.folder()).resolve("attributions");
    TreeMap<String, Path> annotations = firstAnnotationFiles(annotationDir);
    List<Article> articles = new ArrayList<>();
    for (Path textFile : list(textDir, ".txt")) {
      String name = stem(textFile, ".txt");
      Path annotationFile = annotations.remove(name);
      if (annotationFile == null) {
        throw new DatasetFormatException(textFile, "no annotation file in " + annotationDir);
      }
      articles.add(readArticle(textFile, annotationFile));
    }
    if (!annotations.isEmpty()) {
      Path orphan = annotations.firstEntry().getValue();
      throw new DatasetFormatException(orphan, "no article text for it in " + textDir);
    }
    return articles;
  }

  /** One article from its text file and an annotation file named {@code <name>_<annotator>.ann}. */
  public static Article readArticle(Path textFile, Path annotationFile) throws IOException {
    return readArticle(stem(textFile, ".txt"), DatasetFiles.readUtf8(textFile), annotationFile);
  }

  /** The article {@code name} with this text, read by the annotator of {@code annotationFile}. */
  private static Article readArticle(String name, String text, Path annotationFile)
      throws IOException {
    String annotationName = stem(annotationFile, ".ann");
    int underscore = annotationName.lastIndexOf('_');
    if (underscore <= 0) {
      throw new DatasetFormatException(annotationFile, "name is not <article>_<annotator>.ann");
    }
    BratAnnotations.Parsed parsed =
        BratAnnotations.parse(annotationFile, DatasetFiles.readUtf8(annotationFile), text.length());
    return new Article(
        name, annotationName.substring(underscore + 1), text, parsed.spans(), parsed.relations());
  }

  /**
   * Every annotator's reading of each article of the split that more than one annotator annotated,
   * by article name; each list in annotator-file name order.
   */
  public static SortedMap<String, List<Article>> readMultiplyAnnotated(Path dir, Split split)
      throws IOException {
    Path textDir = dir.resolve(split.folder()).resolve("text");
    TreeMap<String, List<Path>> byArticle = new TreeMap<>();
    for (Path file : list(dir.resolve(split.folder()).resolve("attributions"), ".ann")) {
      byArticle.computeIfAbsent(articleOf(file), k -> new ArrayList<>()).add(file);
    }
    SortedMap<String, List<Article>> readings = new TreeMap<>();
    for (Map.Entry<String, List<Path>> e : byArticle.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      Path textFile = textDir.resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(textFile)) {
        throw new DatasetFormatException(
            e.getValue().get(0), "no article text for it in " + textDir);
      }
      String text = DatasetFiles.readUtf8(textFile);
      List<Article> articles = new ArrayList<>();
      for (Path annotationFile : e.getValue()) {
        articles.add(readArticle(e.getKey(), text, annotationFile));
      }
      readings.put(e.getKey(), List.copyOf(articles));
    }
    return readings;
  }

  /** The rows of {@code metadata.tsv} in file order, all compartments included. */
  public static List<PolnearMetadata> readMetadata(Path dir) throws IOException {
    return PolnearMetadata.read(dir.resolve("metadata.tsv"));
  }

  private static TreeMap<String, Path> firstAnnotationFiles(Path annotationDir) throws IOException {
    TreeMap<String, Path> first = new TreeMap<>();
    for (Path file : list(annotationDir, ".ann")) {
      first.putIfAbsent(articleOf(file), file);
    }
    return first;
  }

  /** The article an annotation file {@code <article>_<annotator>.ann} belongs to. */
  private static String articleOf(Path annotationFile) {
    String name = stem(annotationFile, ".ann");
    int underscore = name.lastIndexOf('_');
    if (underscore <= 0) {
      throw new DatasetFormatException(annotationFile, "name is not <article>_<annotator>.ann");
    }
    return name.substring(0, underscore);
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  private static String stem(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }
}
