package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionFinderTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final AttributionFinder finder = new AttributionFinder();

  @Test
  void aSourceBeforeItsCueSaysTheRestOfTheSentence() {
    String text = "The harbour master said that the ferry would sail at noon.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("The harbour master", "said", "that the ferry would sail at noon");
  }

  @Test
  void anAdverbBeforeTheCueIsPartOfTheCueNotOfTheSource() {
    String text = "The bank now expects inflation to reach its target by the end of the year.";

    assertThat(parts(text, find(text).get(0)))
        .containsExactly(
            "The bank", "now expects", "inflation to reach its target by the end of the year");
  }

  @Test
  void aPluralCueWordAfterACountIsANoun() {
    String text =
        "The central bank cut its benchmark rate by 50 basis points to 5.75% on Wednesday. Three"
            + " reports say the cut was a surprise.";

    assertThat(find(text)).noneMatch(a -> a.cueText().startsWith("points"));
    assertThat(find("In 2015 Putin said that the base would stay.")).hasSize(1);
  }

  @Test
  void aReportPutAfterItsContentFramesTheWholeClause() {
    String text =
        "Moscow asked Ankara for help with the withdrawal, CNN Turk reported on Dec. 9, citing its own sources.";
    Attribution a = find(text).get(0);
    assertThat(parts(text, a))
        .containsExactly(
            "CNN Turk", "reported", "Moscow asked Ankara for help with the withdrawal");
  }

  @Test
  void aQuoteReopenedAfterItsCueIsOneContent() {
    String text =
        "\u201CWe will open the bridge,\u201D the mayor said. \u201CNot before the spring floods.\u201D\n\nTraffic resumed.";
    Attribution a = find(text).get(0);
    assertThat(a.source().of(text)).isEqualTo("the mayor");
    assertThat(a.content().of(text))
        .isEqualTo(
            "\u201CWe will open the bridge,\u201D the mayor said. \u201CNot before the spring floods.\u201D");
  }

  @Test
  void anInvertedCueTakesTheSourceWithItsAppositive() {
    String text = "\"The dam held,\" said Ilse Varga, the chief engineer.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("Ilse Varga, the chief engineer", "said", "\"The dam held,\"");
  }

  @Test
  void accordingToWorksOnEitherSide() {
    String first = "According to the weather service, the storm will pass by Friday.";
    String last = "The storm will pass by Friday, according to the weather service.";
    assertThat(parts(first, find(first).get(0)))
        .containsExactly("the weather service", "According to", "the storm will pass by Friday");
    assertThat(parts(last, find(last).get(0)))
        .containsExactly("the weather service", "according to", "The storm will pass by Friday");
  }

  @Test
  void reportsWithNoNamedSourceHaveNoSource() {
    String text = "Reports indicate that the pass was closed overnight.";
    Attribution a = find(text).get(0);
    assertThat(a.source()).isNull();
    assertThat(a.content().of(text)).isEqualTo("the pass was closed overnight");
  }

  @Test
  void aCueWordUsedAsANounIsNoCue() {
    assertThat(find("The report on the harbour was long and the claims in it were old.")).isEmpty();
  }

  @Test
  void aPronounSourceIsResolvedToTheLastNamedPerson() {
    String text = "Ilse Varga said the dam held. She said the spillway was open.";
    List<Attribution> found = find(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).source().of(text)).isEqualTo("She");
    assertThat(found.get(1).sourceText()).isEqualTo("Ilse Varga");
  }

  @Test
  void aParticipleAfterTheContentStartsAnAttributionWithTheSameSource() {
    String text =
        "The mayor told the council that the bridge would open in May, adding that tolls would stay.";
    List<Attribution> found = find(text);
    assertThat(found).hasSize(2);
    assertThat(parts(text, found.get(0)))
        .containsExactly("The mayor", "told", "that the bridge would open in May");
    assertThat(parts(text, found.get(1)))
        .containsExactly("The mayor", "adding", "that tolls would stay");
  }

  @Test
  void aReportThatCitesSomeoneCarriesTheCitedPartyAndTheCitationIsMarked() {
    String text =
        "The ferry company said that sailings would resume on Monday, citing the coast guard.";
    List<Attribution> found = find(text);
    assertThat(found).hasSize(2);
    Attribution report = found.get(0);
    assertThat(parts(text, report))
        .containsExactly("The ferry company", "said", "that sailings would resume on Monday");
    assertThat(report.isCitation()).isFalse();
    assertThat(report.citedText()).isEqualTo("the coast guard");
    Attribution citation = found.get(1);
    assertThat(citation.isCitation()).isTrue();
    assertThat(citation.source().of(text)).isEqualTo("The ferry company");
    assertThat(citation.citedText()).isEqualTo("the coast guard");
  }

  @Test
  void aReportThatCitesNoOneHasNoCitedParty() {
    String text = "The harbour master said that the ferry would sail at noon.";
    assertThat(find(text).get(0).cited()).isNull();
  }

  @Test
  void aSentenceThatIsOnlyASourceAndCueReportsTheQuotedQuestionBefore() {
    String text = "\u201CWho will pay for the new pier?\u201D Councillor Dana Okafor asked.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly(
            "Councillor Dana Okafor", "asked", "\u201CWho will pay for the new pier?\u201D");
  }

  @Test
  void aSecondVerbJoinedByAndSharesTheSubject() {
    String text = "Okafor opened the meeting and said the pier would reopen in June.";
    assertThat(find(text))
        .anySatisfy(
            a ->
                assertThat(parts(text, a))
                    .containsExactly("Okafor", "said", "the pier would reopen in June"));
  }

  @Test
  void aVerbThatIsAlsoANounIsACueOnlyAfterItsSubject() {
    assertThat(find("The council raised questions about the pier and its costs.")).isEmpty();
    String text = "A harbour survey shows that the pier is sinking.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("A harbour survey", "shows", "that the pier is sinking");
  }

  @Test
  void aPassiveCueWithNoByPhraseNamesNoHolderAndItsSubjectIsContent() {
    String text = "Engineers are expected to be sent to the flooded valley by Friday.";
    Attribution a = find(text).get(0);
    assertThat(a.source()).isNull();
    assertThat(a.sourceText()).isNull();
    assertThat(a.cue().of(text)).isEqualTo("are expected");
    assertThat(a.content().of(text))
        .isEqualTo("Engineers are expected to be sent to the flooded valley by Friday");
  }

  @Test
  void aPassiveCueTakesItsHolderFromTheByPhrase() {
    String text = "The closure of the mine was reported by the Valley Courier on Tuesday.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("the Valley Courier", "was reported", "The closure of the mine");
  }

  @Test
  void aPassiveSubjectIsNeverTheSourceEvenWithAnAuxiliary() {
    String text = "The new ferries were thought to be safer than the old ones.";
    assertThat(find(text)).allSatisfy(a -> assertThat(a.source()).isNull());
  }

  @Test
  void aSpeakerReportingWhatAnotherSaidGivesTwoAttributions() {
    String text = "Mayor Ilse Varga said the engineers said the dam was safe.";
    List<Attribution> found = find(text);
    assertThat(found).hasSize(2);
    assertThat(parts(text, found.get(0)))
        .containsExactly("Mayor Ilse Varga", "said", "the engineers said the dam was safe");
    assertThat(parts(text, found.get(1)))
        .containsExactly("the engineers", "said", "the dam was safe");
  }

  @Test
  void anOrganisationNameWithOfAndForTheStaysWholeAsTheSource() {
    String text =
        "The Centre for the Study of Coastal Erosion called the sea wall a costly mistake.";
    assertThat(find(text).get(0).source().of(text))
        .isEqualTo("The Centre for the Study of Coastal Erosion");
    String other = "The Bank of the Northern Isles said rates would stay at two percent.";
    assertThat(find(other).get(0).source().of(other)).isEqualTo("The Bank of the Northern Isles");
  }

  @Test
  void seemsNamesNoHolderAndTheWholeClauseIsContent() {
    String text = "The old ferry seems to be losing speed every winter.";
    Attribution a = find(text).get(0);
    assertThat(a.source()).isNull();
    assertThat(a.cue().of(text)).isEqualTo("seems");
    assertThat(a.content().of(text))
        .isEqualTo("The old ferry seems to be losing speed every winter");
    assertThat(find("The harbour master appeared on the evening news.")).isEmpty();
  }

  @Test
  void aVerbOfIntentionThatIsAlsoANounIsACueBeforeItsInfinitive() {
    String text = "Councillor Okafor hopes to reopen the pier before the summer.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("Councillor Okafor", "hopes", "to reopen the pier before the summer");
    assertThat(find("Their hopes of a summer opening faded.")).isEmpty();
  }

  @Test
  void aHolderWhoSupportsOrOpposesSomethingIsASource() {
    String text = "The fishermen's union opposed the new quota on herring.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("The fishermen's union", "opposed", "the new quota on herring");
  }

  @Test
  void aRelativeClauseAddedAfterACommaIsNotPartOfTheContent() {
    String text = "The council criticized the harbour master, who has held the post since 2009.";
    assertThat(find(text).get(0).content().of(text)).isEqualTo("the harbour master");
  }

  @Test
  void aNameWithItsAppositiveOpeningTheSentenceIsTheSourceOfWhatFollows() {
    String text = "Mira Osei, a senior adviser to the mayor, called the delay unfortunate.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly(
            "Mira Osei, a senior adviser to the mayor,", "called", "the delay unfortunate");
  }

  @Test
  void aSecondVerbJoinedByButSharesTheSubject() {
    String text = "Okafor has repaired the cranes but has said the pier will stay shut.";
    assertThat(find(text))
        .anySatisfy(
            a ->
                assertThat(parts(text, a))
                    .containsExactly("Okafor", "has said", "the pier will stay shut"));
  }

  @Test
  void aLongIntroductoryPhraseLeavesTheNameBeforeTheCueAsSource() {
    String text =
        "In a long meeting with the harbour board of the northern district last spring Okafor said that the pier would close.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("Okafor", "said", "that the pier would close");
  }

  @Test
  void soCalledIsNoCue() {
    assertThat(find("The so-called harbour tax was dropped in May.")).isEmpty();
  }

  @Test
  void aSpeechVerbJoinedByAndAfterAnotherCueEndsTheFirstContentAndSharesItsSubject() {
    String text = "Mira Osei, the port director, welcomed the plan and said it would cut delays.";
    List<Attribution> found = find(text);
    assertThat(found).hasSize(2);
    assertThat(parts(text, found.get(0)))
        .containsExactly("Mira Osei, the port director,", "welcomed", "the plan");
    assertThat(parts(text, found.get(1)))
        .containsExactly("Mira Osei, the port director,", "said", "it would cut delays");
  }

  @Test
  void aSpeechCueWhoseLongSourceIsNotFoundStillGivesItsCueAndContent() {
    String text =
        "Officials at Harbour Security Services, a division of Ports and Customs Control, said the pier was safe.";
    Attribution a = find(text).get(0);
    assertThat(a.cue().of(text)).isEqualTo("said");
    assertThat(a.content().of(text)).isEqualTo("the pier was safe");
  }

  @Test
  void aCapitalisedCueWordInsideANameDoesNotCutTheSource() {
    String text = "The Harbour Post poll shows the fees are unpopular.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("The Harbour Post poll", "shows", "the fees are unpopular");
  }

  @Test
  void anAdverbOpeningTheSentenceIsNotPartOfTheSource() {
    String text = "Even Vostra said the fees were fair.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("Vostra", "said", "the fees were fair");
  }

  @Test
  void aPrepositionThatBelongsToTheVerbIsPartOfTheCue() {
    String text = "The dockers complained about the new shifts.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("The dockers", "complained about", "the new shifts");
  }

  @Test
  void anAskedClauseOpeningTheSentenceIsAQuestionWithNoNamedAsker() {
    String text = "Asked whether the pier would reopen, Osei said she hoped so.";
    List<Attribution> found = find(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).source()).isNull();
    assertThat(found.get(0).cue().of(text)).isEqualTo("Asked");
    assertThat(found.get(0).content().of(text)).isEqualTo("whether the pier would reopen");
    assertThat(parts(text, found.get(1))).containsExactly("Osei", "said", "she hoped so");
  }

  @Test
  void aCueAfterAnUnquotedIntroductoryPhraseIntroducesTheQuoteThatFollows() {
    String text = "At the harbour meeting, Osei said, \u201cThe pier will reopen.\u201d";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("Osei", "said", "\u201cThe pier will reopen.\u201d");
  }

  @Test
  void aSentenceOpeningWithInAPollReportsWhatThePollFound() {
    String text = "In a harbour survey released Monday, most dockers backed the new shifts.";
    Attribution a = find(text).get(0);
    assertThat(parts(text, a))
        .containsExactly(
            "a harbour survey released Monday", "In", "most dockers backed the new shifts");
  }

  @Test
  void aSentenceOpeningWithInAndNoPollIsNoReport() {
    assertThat(find("In the morning, the dockers unloaded two ships.")).isEmpty();
  }

  @Test
  void aQuoteCreditedByADashAndANameOnItsLineIsThatPersonsAttribution() {
    String text =
        "\u201cThe pier will reopen in May. The fees will stay.\u201d \u2015 Mira Osei\n"
            + "\u201cWe waited long enough.\u201d \u2015 Ilse Marrow.\n";
    List<Attribution> found = find(text);
    assertThat(found).hasSize(2);
    assertThat(parts(text, found.get(0)))
        .containsExactly(
            "Mira Osei", "\u2015", "\u201cThe pier will reopen in May. The fees will stay.\u201d");
    assertThat(parts(text, found.get(1)))
        .containsExactly("Ilse Marrow", "\u2015", "\u201cWe waited long enough.\u201d");
  }

  @Test
  void aDashAfterAQuoteFollowedByMoreOfTheSentenceCreditsNoOne() {
    String text = "She called the plan \u201cfair\u201d \u2014 Osei agreed later that week.";
    assertThat(find(text)).noneMatch(a -> a.cue().of(text).equals("\u2014"));
  }

  @Test
  void aNameSetOffByADashBeforeAColonAndAQuoteIsTheQuotesSource() {
    String text =
        "Harbour traffic is back - Mira Osei and Ilse Marrow: \u201cShips returned in May.\u201d";
    Attribution a = find(text).get(0);
    assertThat(parts(text, a))
        .containsExactly("Mira Osei and Ilse Marrow", ":", "\u201cShips returned in May.\u201d");
  }

  @Test
  void aNewsroomLabelBeforeAColonIsNoSource() {
    for (String text :
        List.of(
            "The Latest: Harbour pilots end their strike after two weeks.",
            "CORRECTION: An earlier version misstated the date of the vote.",
            "Editor\u2019s note: The ferry timetable below was updated on Monday.")) {
      assertThat(find(text)).as(text).noneMatch(a -> a.cue().of(text).equals(":"));
    }
  }

  @Test
  void aNameBeforeAColonStillSpeaks() {
    String text = "Osei: Harbour pilots will end their strike after two weeks.";
    assertThat(parts(text, find(text).get(0)))
        .containsExactly("Osei", ":", "Harbour pilots will end their strike after two weeks");
  }

  private List<Attribution> find(String text) {
    return finder.find(text, splitter.split(text, "en"));
  }

  @Test
  void aPossessiveBeforeAnAdjectiveThatLooksLikeACueIsNoSource() {
    assertThat(
            find("The fall of the city raised questions about Vostra's continued presence there."))
        .isEmpty();
  }

  private static List<String> parts(String text, Attribution a) {
    return List.of(a.source().of(text), a.cue().of(text), a.content().of(text));
  }
}
