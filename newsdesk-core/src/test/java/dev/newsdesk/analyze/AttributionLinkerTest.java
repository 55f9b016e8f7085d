package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Entity;
import dev.newsdesk.model.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionLinkerTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityFinder entities = new EntityFinder();
  private final AttributionFinder finder = new AttributionFinder();
  private final AttributionLinker linker = new AttributionLinker();

  @Test
  void aSurnameSourceIsLinkedToThePersonsFullName() {
    String text =
        "Harbour master Ilse Varga spoke at the pier on Monday. "
            + "Varga said the ferry would sail at noon.";
    Attribution a = linked(text).get(0);
    assertThat(a.source().of(text)).isEqualTo("Varga");
    assertThat(a.sourceEntity()).isEqualTo("Ilse Varga");
  }

  @Test
  void aPronounSourceIsLinkedThroughTheNameItRefersTo() {
    String text = "Ilse Varga said the dam held. She said the spillway was open.";
    List<Attribution> found = linked(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).sourceEntity()).isEqualTo("Ilse Varga");
  }

  @Test
  void aSourceThatNamesNoEntityStaysUnlinked() {
    String text = "The harbour master said that the ferry would sail at noon.";
    assertThat(linked(text).get(0).sourceEntity()).isNull();
  }

  @Test
  void aNameTwoEntitiesShareLinksToNeither() {
    String text = "Varga said the ferry would sail at noon.";
    List<Attribution> found = finder.find(text, splitter.split(text, "en"));
    List<Entity> twoVargas =
        List.of(
            new Entity("Ilse Varga", EntityType.PERSON, List.of("Varga"), 2),
            new Entity("Tomas Varga", EntityType.PERSON, List.of("Varga"), 2));
    assertThat(linker.link(found, List.of(), twoVargas).get(0).sourceEntity()).isNull();
  }

  @Test
  void theAnalyzerLinksSourcesToTheArticlesEntities() {
    String text =
        "Harbour master Ilse Varga spoke at the pier on Monday. "
            + "Varga said the ferry would sail at noon.";
    Article article =
        new Article(
            new ArticleId("linker-test"),
            "linker-test.txt",
            null,
            null,
            null,
            null,
            LocalDate.of(2024, 12, 9),
            null,
            "en",
            List.of(text),
            false);
    assertThat(new Analyzer().analyze(article).attributions())
        .anySatisfy(a -> assertThat(a.sourceEntity()).isEqualTo("Ilse Varga"));
  }

  @Test
  void anOrganisationWithOfAndForTheInItsNameIsLinkedWhole() {
    String text =
        "The storm hit the Coastal War Museum on Sunday. "
            + "The Centre for the Study of Coastal War called the damage a national loss.";
    Attribution a = linked(text).get(0);
    assertThat(a.source().of(text)).isEqualTo("The Centre for the Study of Coastal War");
    assertThat(a.sourceEntity()).isEqualTo("Centre for the Study of Coastal War");
  }

  @Test
  void aPronounRefersToTheLastPersonWhoSpokeNotToACompanyWithATwoWordName() {
    String text =
        "Tallow Robotics said its warehouse robots had been recalled. "
            + "Mira Okonkwo, a safety researcher at the testing firm Gantry, told reporters that a "
            + "gripper had failed twice. \u201CThe arm dropped a crate on its first run,\u201D she said.";
    List<Attribution> found = linked(text);
    assertThat(found).hasSize(3);
    assertThat(found.get(2).sourceText()).startsWith("Mira Okonkwo");
    assertThat(found.get(2).sourceEntity()).isEqualTo("Mira Okonkwo");
  }

  @Test
  void theCompanyWithItsHomeTownBeforeItRefersToTheLastOrganisationThatSpoke() {
    String text =
        "Tallow Robotics, the Harwick company behind the robots, said on Monday that it would "
            + "replace every gripper. In a letter to customers, the Harwick company said the "
            + "recall would take six weeks.";
    List<Attribution> found = linked(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).source().of(text)).isEqualTo("the Harwick company");
    assertThat(found.get(1).sourceEntity()).isEqualTo("Tallow Robotics");
  }

  @Test
  void theCompanyStaysUnresolvedWhenNoOrganisationHasSpoken() {
    String text = "Mira Okonkwo said the arm failed. The company said the recall would take weeks.";
    List<Attribution> found = linked(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).sourceText()).isEqualTo("The company");
  }

  private List<Attribution> linked(String text) {
    var sentences = splitter.split(text, "en");
    var mentions = entities.find(text, sentences);
    return linker.link(
        finder.find(text, sentences, mentions), mentions, new EntityMerger().merge(mentions));
  }
}
