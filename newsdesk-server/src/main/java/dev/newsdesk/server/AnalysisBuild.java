package dev.newsdesk.server;

import dev.newsdesk.Pipeline;
import dev.newsdesk.analyze.AnalysisConfig;
import dev.newsdesk.analyze.AttributionTagger;
import dev.newsdesk.embedded.AnalysisCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the build that extracts and analyses items: a hash of the code and the models that do it
 * and of the Java runtime. The analysis cache is used only when it was written by this build.
 *
 * <p>Design decision: a hash of what is on disk, not a version number. A version number is not
 * bumped for every change of a rule or a model, and a cached analysis that differs from what this
 * build would find would silently change where later articles go. So the jar (or class directory)
 * of the pipeline, of the store's codec, of jsoup and OpenNLP, and of the OpenNLP model files are
 * hashed: for a jar the name, CRC and size of every entry (read from its central directory, without
 * inflating anything), for a class directory the bytes of every file under {@code dev/newsdesk}.
 * Any change of the newsdesk code invalidates the cache, which costs one full replay after an
 * upgrade; that is the price of never trusting a stale analysis. Where the code cannot be located,
 * the cache is not used at all.
 */
final class AnalysisBuild {
  private static final List<Class<?>> CODE =
      List.of(
          Pipeline.class,
          AnalysisCodec.class,
          org.jsoup.Jsoup.class,
          opennlp.tools.tokenize.TokenizerME.class);

  /**
   * Model files the analysis loads (the part-of-speech and lemma models only with a trained
   * attribution tagger); where each comes from is hashed with the code.
   */
  private static final List<String> MODELS =
      List.of(
          "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
          "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
          "/langdetect-183.bin",
          "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
          "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin");

  private static final Optional<String> CURRENT = compute();

  private AnalysisBuild() {}

  /**
   * The name of this build analysing with {@code analysis}, or empty when it cannot be named (then
   * nothing is cached): the code's hash, and with a trained attribution tagger the fingerprint of
   * its model file, since the model decides the attributions as much as the code does. A tagger
   * trained in-process has no file, so no name.
   */
  static Optional<String> of(AnalysisConfig analysis) {
    AttributionTagger tagger = analysis.attributionTagger();
    if (tagger == null) {
      return CURRENT;
    }
    return tagger
        .fingerprint()
        .flatMap(model -> CURRENT.map(code -> code + " attribution-model:sha256:" + model));
  }

  private static Optional<String> compute() {
    try {
      TreeSet<Path> places = new TreeSet<>();
      for (Class<?> c : CODE) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          return Optional.empty();
        }
        places.add(Path.of(source.getLocation().toURI()));
      }
      for (String model : MODELS) {
        URL url = Pipeline.class.getResource(model);
        if (url == null) {
          return Optional.empty();
        }
        places.add(containerOf(url));
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
      for (Path place : places) {
        hash(place, digest);
      }
      return Optional.of("sha256:" + HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The jar or directory a resource was loaded from. */
  private static Path containerOf(URL url) throws URISyntaxException {
    if ("jar".equals(url.getProtocol())) {
      String path = url.getPath();
      return Path.of(new URI(path.substring(0, path.indexOf("!/"))));
    }
    return Path.of(url.toURI()).getParent();
  }

  private static void hash(Path place, MessageDigest digest) throws IOException {
    digest.update(place.getFileName().toString().getBytes(StandardCharsets.UTF_8));
    if (Files.isDirectory(place)) {
      Path ours = place.resolve("dev/newsdesk");
      List<Path> files;
      try (Stream<Path> walk = Files.exists(ours) ? Files.walk(ours) : Stream.of(place)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        digest.update(place.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(f));
      }
      return;
    }
    try (ZipFile zip = new ZipFile(place.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
        digest.update(Long.toString(e.getCrc()).getBytes(StandardCharsets.UTF_8));
        digest.update(Long.toString(e.getSize()).getBytes(StandardCharsets.UTF_8));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
