package dev.newsdesk.claims;

import dev.newsdesk.Pipeline;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The reporting-chain fixtures ({@code /claims/chain/}: a credited wire copy, a paper citing the
 * agency, a paper with its own figure) taken through the whole pipeline, for the claim and the
 * rendering tests alike.
 */
public final class ChainFixtures {
  private static final List<String> NAMES =
      List.of("wire-credited-to-an-agency", "paper-citing-the-agency", "paper-with-its-own-figure");

  private ChainFixtures() {}

  /** The briefs of the chain fixtures, read in the order above, then of the given documents. */
  public static List<Brief> briefs(RawDocument... more) throws IOException, RejectedItemException {
    Pipeline pipeline = Pipeline.create();
    for (String name : NAMES) {
      try (InputStream in =
          ChainFixtures.class.getResourceAsStream("/claims/chain/" + name + ".txt")) {
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
