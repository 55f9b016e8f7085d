package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateClassifierTest {
  private final BoilerplateClassifier classifier = new BoilerplateClassifier();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          DONATION_ASK     | Our reporters answer to readers, not owners. Chip in from 3 crowns a month.
          DONATION_ASK     | If you value what we do, please consider making a one-off donation.
          DONATION_ASK     | Readers like you keep the Gazette going. Become a supporter today.
          PHOTO_CAPTION    | Photo: Ole Brandt / Halvik Gazette
          PHOTO_CAPTION    | The ferry Skarnsund moored at Halvik on Tuesday. (Photo: Ole Brandt)
          PHOTO_CAPTION    | Passengers wait on the quay at Halvik. (Nordwire via Getty Images)
          PHOTO_CAPTION    | Pictured: the engine room after the fire
          PHOTO_CAPTION    | Image courtesy of the Nordvest Line
          EMBEDDED_POST    | Smoke over the harbour, seen from the breakwater pic.twitter.com/Ab12Cd34Ef
          EMBEDDED_POST    | — Skarn Ferry Watch (@skarnferries) June 3, 2025
          EMBEDDED_POST    | Huge queue at the quay this morning https://t.co/Zx9Yw8Vu7T
          BYLINE           | by Maren Holt June 3, 2025 9:20 AM
          BYLINE           | by Sigrid Lunde and Ole Brandt
          READ_TIME        | 4 min read
          READ_TIME        | 7-minute read
          AUTHOR_LINE      | Author: Maren Holt
          AUTHOR_LINE      | Edited by: Ole Brandt
          COPYRIGHT_FOOTER | © 2025 Halvik Gazette
          COPYRIGHT_FOOTER | Copyright 2025 Vennmark Broadcasting. All rights reserved.
          COPYRIGHT_FOOTER | (c) 2024 Skarn Island Radio
          COPYRIGHT_FOOTER | This material may not be published, broadcast, rewritten or redistributed.
          NEWSLETTER_PROMO | Get Port Week, our free shipping newsletter, in your inbox every Friday.
          NEWSLETTER_PROMO | Sign up to the Islands Briefing for the week's news from Skarn.
          NEWSLETTER_PROMO | Want the harbour news first? Subscribe now to our morning email.
          SHARE_PROMPT     | Share this story
          SHARE_PROMPT     | Share on WhatsApp
          SHARE_PROMPT     | Follow us on Mastodon for live updates
          READ_MORE        | Read more: Halvik dock workers vote on pay offer
          READ_MORE        | Also read – Skarn's puffins return
          READ_MORE        | Related stories
          READ_MORE        | More on this story
          READ_MORE        | You may also like
          DATE_HEADER      | date 2025-06-03
          """)
  void eachKindIsRecognizedInWordingNotCopiedFromItsRule(BoilerplateKind kind, String line) {
    assertThat(classifier.classifyLine(line)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The charity said donations for typhoon victims reached 4 million crowns by Friday, well"
            + " above its target.",
        "“I support the plan, and so do most of the people I talk to on the quay,” said fisherman"
            + " Per Dahl.",
        "The union said its members would contribute to a hardship fund for the crew.",
        "The council said it would tell residents about the new timetable in its monthly newsletter"
            + " and on its website.",
        "By Friday, the ferry had been towed to the shipyard at Halvik for repairs.",
        "By Tuesday evening, all 212 passengers had been taken off the ferry.",
        "Shares in the Nordvest Line fell 4% on Wednesday.",
        "Readers of the Gazette will remember the last time the Skarnsund broke down, in 2019.",
        "Author and former ferry captain Ole Dahl said the crew had done everything right.",
        "Editor Maren Holt said the newspaper would keep covering the inquiry."
      })
  void newsThatSharesWordsWithBoilerplateStaysArticleText(String line) {
    assertThat(classifier.classifyLine(line)).isEmpty();
  }

  @Test
  void aLongParagraphThatMentionsANewsletterStaysArticleText() {
    String paragraph =
        "The council's transport committee, which meets every second Thursday in the old customs"
            + " house on the quay, said on Monday that it had received more than 400 letters about the"
            + " ferry fire, and that it would publish a summary of them, with its own answer to each"
            + " of the points residents raised, in the next issue of its newsletter, which goes to"
            + " every household on Skarn.";

    assertThat(paragraph).hasSizeGreaterThan(320);
    assertThat(classifier.classifyLine(paragraph)).isEmpty();
    assertThat(classifier.stripSentences(paragraph)).isEqualTo(paragraph);
  }

  @Test
  void aLongQuoteThatAddressesReadersAboutANewsletterStaysArticleText() {
    String paragraph =
        "“If you want to know what the islanders think, you only have to read the letters page of"
            + " our newsletter,” said Tove Brekke, who has led the council since 2019 and who said on"
            + " Thursday that the standby ferry would be paid for from the regional transport budget,"
            + " not from the reserve that had been set aside for storms and landslides.";

    assertThat(classifier.classifyLine(paragraph)).isEmpty();
  }

  @Test
  void aPromoSentenceSharingAParagraphWithNewsIsRemovedAndTheNewsKept() {
    assertThat(
            classifier.stripSentences(
                "Sign up to the Islands Briefing for the week's news from Skarn. The ferry returned"
                    + " to service on Tuesday."))
        .isEqualTo("The ferry returned to service on Tuesday.");
  }

  @Test
  void aDonationAskSharingAParagraphWithNewsIsRemovedAndTheNewsKept() {
    assertThat(
            classifier.stripSentences(
                "The ferry returned to service on Tuesday. If you value what we do, please consider"
                    + " making a one-off donation."))
        .isEqualTo("The ferry returned to service on Tuesday.");
  }

  @Test
  void aSentenceStartingByFridayIsKeptInItsParagraph() {
    String paragraph =
        "The ferry returned to service on Tuesday. By Friday, it had carried 3,000 passengers.";

    assertThat(classifier.stripSentences(paragraph)).isEqualTo(paragraph);
  }

  @Test
  void anEmbeddedPostKeepsItsWordsWithoutLinksOrHashtagsAndItsSignatureIsRecognized() {
    assertThat(classifier.stripPostMarkup("Queue at the quay #Skarn pic.twitter.com/Ab12Cd34Ef"))
        .isEqualTo("Queue at the quay");
    assertThat(classifier.isPostSignature("— Skarn Ferry Watch (@skarnferries) June 3, 2025"))
        .isTrue();
    assertThat(classifier.isPostSignature("— said the harbour master, Ole Dahl")).isFalse();
  }

  @Test
  void donationAsksWordedAsGivingOrAGiftAreRecognized() {
    assertKind(
        "Help keep independent island journalism alive – give what you can.",
        BoilerplateKind.DONATION_ASK);
    assertKind(
        "If this reporting matters to you, please consider a one-off gift.",
        BoilerplateKind.DONATION_ASK);
  }

  @Test
  void capitalizedBylinesAndCreditLinesAreRecognized() {
    assertKind("By Maren Holt and Ole Brandt", BoilerplateKind.BYLINE);
    assertKind("Words by Lise Haugen", BoilerplateKind.BYLINE);
    assertThat(classifier.classifyLine("Reporting by Sigrid Lunde; editing by Jens Alvik"))
        .hasValueSatisfying(
            kind -> assertThat(kind).isIn(BoilerplateKind.BYLINE, BoilerplateKind.AUTHOR_LINE));
  }

  @Test
  void quotesAboutDonationsOrSupportingAPolicyStayArticleText() {
    assertArticleText(
        "“We have never seen donations like this,” said Anna Berg, who runs the food bank in Halvik.");
    assertArticleText(
        "“We support the Nordvest proposal because the islands need a reliable link,” the mayor"
            + " said.");
  }

  @Test
  void newsSentencesAboutPhotographsStayArticleText() {
    assertArticleText("Photographs taken by passengers showed thick smoke pouring from the stern.");
    assertArticleText("Images from the harbour camera show the ferry listing slightly to port.");
  }

  @Test
  void newsSentencesOpeningWithCopyrightOrRelatedStayArticleText() {
    assertArticleText(
        "Copyright lawyers said the ruling could force the broadcaster to pay the photographer.");
    assertArticleText("Related charges against the ship's former owner were dropped in 2023.");
  }

  /**
   * The classifier runs a pattern only when the line holds one of the words every match of that
   * pattern contains: one phrase per alternative of each pre-checked pattern, in odd cases and with
   * chars that fold into ASCII (the long s, the Kelvin sign), shows that no word list misses one.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          DONATION_ASK     | Please donate so we can keep going.
          DONATION_ASK     | SUPPORT US with any amount.
          DONATION_ASK     | Please support our newsroom.
          DONATION_ASK     | Please support independent journalism, we need it.
          DONATION_ASK     | Help: support the Gazette today.
          DONATION_ASK     | We count on you every month.
          DONATION_ASK     | You can contribute from 2 crowns.
          DONATION_ASK     | Chipped in already? Thank you, we noticed.
          DONATION_ASK     | We are reader-funded and proud.
          DONATION_ASK     | This site is funded by its readers, like you.
          DONATION_ASK     | Our journalism is free to read.
          DONATION_ASK     | Readers like you make this possible.
          DONATION_ASK     | Give us a gift of any size.
          DONATION_ASK     | A monthly gift keeps us afloat.
          DONATION_ASK     | Become a member today.
          DONATION_ASK     | Make a contribution to our work.
          DONATION_ASK     | Help us: ſupport our journalism.
          DONATION_ASK     | We count on you: become a ſupporter.
          NEWSLETTER_PROMO | Our newsletters arrive on Fridays.
          NEWSLETTER_PROMO | SIGN UP for our weekly email.
          NEWSLETTER_PROMO | Subscribe to our updates.
          NEWSLETTER_PROMO | Get the harbour news in your inbox.
          NEWSLETTER_PROMO | The week in Skarn, delivered to your inbox.
          NEWSLETTER_PROMO | Maren Holt selects her favourite stories each week.
          NEWSLETTER_PROMO | Read our Morning Briefing.
          NEWSLETTER_PROMO | Ole rounds up your week.
          NEWSLETTER_PROMO | Our NEWSLETTER, every Friday.
          PAGE_NOTE        | This article first appeared in the Halvik Gazette.
          PAGE_NOTE        | THIS STORY WAS ORIGINALLY PUBLISHED BY SKARN RADIO.
          PAGE_NOTE        | The post Ferry delays appeared first on Harbour Watch.
          PAGE_NOTE        | Republished with permission from Skarn Radio.
          PAGE_NOTE        | Originally published on Skarn Radio.
          PAGE_NOTE        | Ferry fares rise: this article is for subscribers.
          PAGE_NOTE        | This content is only for our premium subscribers.
          PAGE_NOTE        | Subscribers only.
          PAGE_NOTE        | Already a subscriber? Log in.
          PAGE_NOTE        | Please subscribe to continue.
          PAGE_NOTE        | The ferry report appeared first on Harbour Watch.
          COPYRIGHT_FOOTER | © Halvik Gazette
          COPYRIGHT_FOOTER | (C) 2024 Skarn Island Radio
          COPYRIGHT_FOOTER | COPYRIGHT 2025 Skarn Radio
          COPYRIGHT_FOOTER | Copyright © Skarn Radio
          COPYRIGHT_FOOTER | Skarn Radio 2025. All Rights Reserved.
          COPYRIGHT_FOOTER | Unauthorised reproduction is prohibited.
          COPYRIGHT_FOOTER | UNAUTHORIZED USE is prohibited.
          COPYRIGHT_FOOTER | This material may not be republished, broadcast, rewritten or shared.
          READ_TIME        | 12 minutes read
          READ_TIME        | 3 MIN READ
          READ_TIME        | 5 min. read
          EMBEDDED_POST    | Smoke at the quay PIC.TWITTER.COM/Ab12Cd34Ef
          EMBEDDED_POST    | Queue at the quay HTTP://T.CO/Zx9Yw8Vu7T
          PHOTO_CAPTION    | The quay at dawn. (Reuters)
          PHOTO_CAPTION    | The quay at dawn. (Image: Skarn Radio).
          PHOTO_CAPTION    | The quay at dawn. (Maren Holt / Halvik Gazette)
          DATE_HEADER      | Date 2025-06-03
          """)
  void everyAlternativeOfAPreCheckedRuleIsStillRecognized(BoilerplateKind kind, String line) {
    assertThat(classifier.classifyLine(line)).contains(kind);
  }

  @Test
  void theKelvinSignFoldsToKForTheRulesAsItDoesForTheirPatterns() {
    // "\u212A" is the Kelvin sign, which case-insensitive Unicode patterns read as "k".
    assertKind("Readers li\u212Ae you keep us going.", BoilerplateKind.DONATION_ASK);
  }

  private void assertKind(String line, BoilerplateKind kind) {
    assertThat(classifier.classifyLine(line)).as(line).isEqualTo(Optional.of(kind));
  }

  private void assertArticleText(String line) {
    assertThat(classifier.classifyLine(line)).as(line).isEmpty();
  }
}
