package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityFinder finder = new EntityFinder();

  @Test
  void aNameAfterTheNounOfItsKindIsAnOrganisation() {
    String text =
        "The testing firm Gantry found the fault, and the broadcaster Kanal Vier aired it.";
    assertThat(typeOf(text, "Gantry")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(text, "Kanal Vier")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aNameWhoseAppositiveGivesAPersonsRoleIsAPerson() {
    String text =
        "Mira Okonkwo, a safety researcher at the testing firm Gantry, found the fault. "
            + "Tomas Brel, the port's chief engineer, agreed.";
    assertThat(typeOf(text, "Mira Okonkwo")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(text, "Tomas Brel")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aNameWhoseAppositiveSaysItIsACompanyIsAnOrganisation() {
    String text = "Tallow Robotics, the Harwick company behind the robots, recalled them.";
    assertThat(typeOf(text, "Tallow Robotics")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void anAppositiveThatGivesNoRoleLeavesTheTypeOpen() {
    String text = "Tallow Ridge, a name the locals use for the hill, was closed on Monday.";
    assertThat(typeOf(text, "Tallow Ridge")).isNotEqualTo(EntityType.PERSON);
  }

  @Test
  void aPlaceAfterItsPrepositionAndAnAppositiveAfterSpacesAndACommaStillTypeTheName() {
    String text = "Mira Okonkwo , a safety researcher, spoke in Brezhany on Monday.";
    assertThat(typeOf(text, "Mira Okonkwo")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(text, "Brezhany")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void theAppositiveAndPlacePreChecksPassEveryTextTheirPatternsCouldMatch() {
    // The patterns, asked to match whole texts, start ^\s*, and end \s+(?:the\s+)?$.
    assertThat(EntityFinder.opensWithComma(", a researcher")).isTrue();
    assertThat(EntityFinder.opensWithComma(" \t\n, the company")).isTrue();
    assertThat(EntityFinder.opensWithComma(" said on Monday")).isFalse();
    assertThat(EntityFinder.endsInSpace("grew up in ")).isTrue();
    assertThat(EntityFinder.endsInSpace("grew up in the\r\n")).isTrue();
    assertThat(EntityFinder.endsInSpace("grew up in")).isFalse();
    assertThat(EntityFinder.endsInSpace("")).isFalse();
  }

  @Test
  void aHeadNounOpeningASentenceIsNoNameWhenTheTextOnlyCapitalisesItInsideLongerNames() {
    String text =
        "Mira Tallen is chief economist at Solvane Bank. Bank shares rose 2%. The Karvel Post"
            + " said so.";

    assertThat(names(text)).contains("Solvane Bank", "Karvel Post").doesNotContain("Bank");
  }

  @Test
  void aHeadNounOpeningASentenceIsANameWhenTheTextCapitalisesItAlone() {
    String text = "Officials at the Kremlin met on Monday. Kremlin aides said nothing more.";

    assertThat(names(text)).contains("Kremlin");
  }

  @Test
  void aWordOpeningAQuotationAtASentencesStartIsTreatedAsTheSentencesFirstWord() {
    String text =
        "Inflation eased in February. \u201CPrice pressures have eased,\u201D Governor Helena"
            + " Varsik said. \u201CVarsik knows,\u201D one trader said.";

    assertThat(names(text)).doesNotContain("Price").contains("Helena Varsik", "Varsik");
  }

  @Test
  void aPossessiveOwnerIsANameOfItsOwn() {
    String text =
        "The talks between Russia\u2019s Vladimir Putin and Turkey's Recep Tayyip Erdogan"
            + " went on.";

    assertThat(names(text))
        .containsExactly("Russia", "Vladimir Putin", "Turkey", "Recep Tayyip Erdogan");
  }

  @Test
  void aModelNumberWrittenOntoANameBelongsToIt() {
    String text = "Images show an Ilyushin Il-76 and an Antonov An-124 at the base.";

    assertThat(names(text)).containsExactly("Ilyushin Il-76", "Antonov An-124");
  }

  @Test
  void aLoneWordLeftAfterWordsThatAreNoNamesOpensTheSentence() {
    String text =
        "On Sunday Evening with Solovyov, the host praised the army. Dmitry Peskov said so."
            + " Peskov added more. The Kremlin\u2019s failure was plain.";

    assertThat(names(text))
        .doesNotContain("Evening")
        .contains("Solovyov", "Dmitry Peskov", "Peskov", "Kremlin");
  }

  @Test
  void aSourceAfterAccordingToAndAHappeningAfterInAreNoPlaces() {
    String text = "According to Al Jazeera, Russia intervened in the Syrian Civil War in 2015.";

    assertThat(typeOf(text, "Al Jazeera")).isNotEqualTo(EntityType.LOCATION);
    assertThat(typeOf(text, "Syrian Civil War")).isNotEqualTo(EntityType.LOCATION);
  }

  private List<String> names(String text) {
    return finder.find(text, splitter.split(text, "en")).stream().map(EntityMention::text).toList();
  }

  private EntityType typeOf(String text, String name) {
    List<EntityMention> found = finder.find(text, splitter.split(text, "en"));
    return found.stream()
        .filter(m -> m.text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + found))
        .type();
  }
}
