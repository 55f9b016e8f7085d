package dev.newsdesk;

import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain-text fixtures of a test resource folder taken through the whole pipeline. */
public final class FixtureStories {
  private FixtureStories() {}

  /**
   * The briefs of {@code folder/name.txt} for each name, read in order as text bodies, then of the
   * given documents.
   */
  public static List<Brief> briefs(String folder, List<String> names, RawDocument... more)
      throws IOException, RejectedItemException {
    Pipeline pipeline = Pipeline.create();
    for (String name : names) {
      try (InputStream in = FixtureStories.class.getResourceAsStream(folder + name + ".txt")) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        pipeline.accept(
            new RawDocument(name + ".txt", ContentKind.TEXT_BODY, text, ItemMetadata.none()));
      }
    }
    for (RawDocument doc : more) {
      pipeline.accept(doc);
    }
    return pipeline.briefs();
  }
}
