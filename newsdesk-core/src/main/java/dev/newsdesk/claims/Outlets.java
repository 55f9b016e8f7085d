package dev.newsdesk.claims;

import dev.newsdesk.model.StoryMember;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which names of a story are news outlets (who report) rather than people, bodies or documents (who
 * say): the difference between an origin and a link in a chain. Also each article's own outlet: the
 * agency it credits, else the outlet its metadata names.
 *
 * <p>Design decision: a name is an outlet when it is a known wire agency, is the outlet of an
 * article of the story, or carries a word that only outlets carry (Agency, News, TV, Times, Herald,
 * media, channel…). A security firm or a ministry that "said" something is a source, not an outlet.
 */
final class Outlets {
  private static final Pattern OUTLET_WORDS =
      Pattern.compile(
          "(?i)\\b(agency|news|press|tv|times|post|herald|telegraph|ledger|review|courier|journal"
              + "|gazette|tribune|daily|media|channel|newspaper|outlet|radio|television|cnn|bbc"
              + "|al jazeera|independent|guardian|bloomberg|meduza|interfax|ria|xinhua)\\b");

  private final Map<String, String> outletOfArticle = new HashMap<>();

  // Memos of pure functions of a name, for one story: grouping asks about the same few sources
  // once per attribution and per statement, and each answer runs several regular expressions
  // (profiled: a quarter of the brief's time). A memo returns what the function returns.
  private final Map<String, String> displays = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, Boolean> outlets = new HashMap<>();
  private final Map<String, Boolean> generic = new HashMap<>();

  private final Map<String, Boolean> storyOutletKeys = new HashMap<>();
  private final WireCreditFinder credits = new WireCreditFinder();

  Outlets(Iterable<StoryMember> members) {
    for (StoryMember m : members) {
      Optional<String> credit = credits.find(m.article().article()).map(WireCredit::agency);
      String outlet = credit.orElse(m.article().article().source());
      if (outlet != null && !outlet.isBlank()) {
        outletOfArticle.put(m.id().value(), outlet);
        storyOutletKeys.put(key(outlet), credit.isPresent());
      }
    }
  }

  /** The article's own outlet: the agency it credits, else its metadata's outlet; or null. */
  String of(StoryMember member) {
    return outletOfArticle.get(member.id().value());
  }

  /** Whether the article credits a wire agency (its report is that agency's). */
  boolean credited(StoryMember member) {
    String outlet = of(member);
    return outlet != null && storyOutletKeys.getOrDefault(key(outlet), false);
  }

  boolean isOutlet(String name) {
    if (name == null) {
      return false;
    }
    // The story's outlet keys are all known once the constructor is done, so the answer for a
    // name never changes after it.
    return outlets.computeIfAbsent(
        name,
        n ->
            storyOutletKeys.containsKey(key(n))
                || WireCreditFinder.agency(n, "").isPresent()
                || OUTLET_WORDS.matcher(n).find());
  }

  /** {@link OriginNames#display}, remembered. */
  String display(String source) {
    return displays.computeIfAbsent(source, OriginNames::display);
  }

  /** {@link OriginNames#key}, remembered. */
  String key(String source) {
    return keys.computeIfAbsent(source, s -> OriginNames.keyOfDisplayed(display(s)));
  }

  /** {@link OriginNames#isGeneric}, remembered. */
  boolean isGeneric(String origin) {
    return generic.computeIfAbsent(origin, OriginNames::isGeneric);
  }
}
