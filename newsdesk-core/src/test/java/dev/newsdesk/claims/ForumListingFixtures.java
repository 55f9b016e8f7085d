package dev.newsdesk.claims;

import dev.newsdesk.Pipeline;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Two invented reports of one data leak. Each has a finding about the stolen file on a hacking
 * forum in its own words: the Harbour Ledger's own review of a listing, and a researcher speaking
 * to the Delta Courier. They share few words ("file", "hacking forum") but name a day with a day
 * number.
 */
public final class ForumListingFixtures {
  private ForumListingFixtures() {}

  /**
   * The briefs of the two reports.
   *
   * @param researchersDay the day the researcher names ("May 3" agrees with the Ledger's listing)
   */
  public static List<Brief> briefs(String researchersDay) throws Exception {
    Pipeline pipeline = Pipeline.create();
    pipeline.accept(
        article(
            "Harbour Ledger",
            "Pellar loyalty data listed for sale on hacking forum",
            "Pellar Foods said on Tuesday that the records of about 800,000 loyalty card members"
                + " were copied from a misconfigured server. A listing offering what the seller"
                + " called the complete Pellar member file for 2,000 euros appeared on a hacking"
                + " forum on May 3, according to screenshots reviewed by the Harbour Ledger."
                + " Pellar Foods said it would write to every member."));
    pipeline.accept(
        article(
            "Delta Courier",
            "Pellar Foods says 800,000 loyalty members hit by data leak",
            "Pellar Foods said on Tuesday that the records of about 800,000 loyalty card members"
                + " were copied from a misconfigured server. Jonas Brell, a researcher at the"
                + " security firm Quillgate, told the Delta Courier that a file matching the"
                + " description of the Pellar data had been advertised on a hacking forum on "
                + researchersDay
                + ". Pellar Foods said it would write to every member."));
    return pipeline.briefs();
  }

  private static RawDocument article(String outlet, String title, String body) {
    ItemMetadata metadata =
        new ItemMetadata(null, outlet, title, LocalDate.of(2025, 5, 13), null, null, "en");
    return new RawDocument(
        outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".txt",
        ContentKind.TEXT_BODY,
        title + "\n\n" + body,
        metadata);
  }
}
