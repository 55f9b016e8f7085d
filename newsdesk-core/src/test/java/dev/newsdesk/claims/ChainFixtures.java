package dev.newsdesk.claims;

import dev.newsdesk.FixtureStories;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
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
    return FixtureStories.briefs("/claims/chain/", NAMES, more);
  }
}
