package dev.newsdesk.claims;

import java.util.Objects;

/**
 * The agency an article credits as the author of its report: a syndicated copy of "WASHINGTON (AP)
 * —" is the Associated Press's report, whichever site carries it.
 *
 * @param agency the agency's usual name ("AP", "Reuters", "Norda Press Agency")
 * @param form where the credit stood, which says how sure it is
 * @param evidence the words that give the credit, as written
 */
public record WireCredit(String agency, Form form, String evidence) {
  /** Where a credit stands in an article. */
  public enum Form {
    /** Before the first sentence: {@code WASHINGTON, Sept. 26 (UPI) —}. */
    DATELINE,
    /** The byline names an agency: {@code by Norda Press Agency}. */
    BYLINE,
    /** A closing line: {@code — AP}, {@code (Reuters)}, {@code AFP contributed to this report}. */
    TRAILER,
    /** The agency's house signature: Reuters' {@code (Reporting by …; Editing by …)}. */
    SIGNATURE,
    /**
     * The first line titles one of the agency's own series: {@code 10 Things to Know for Today}.
     */
    SERIES
  }

  public WireCredit {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(evidence, "evidence");
    if (agency.isBlank()) {
      throw new IllegalArgumentException("a wire credit names an agency");
    }
  }
}
