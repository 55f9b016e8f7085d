package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Entity;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
  private final EntityMerger merger = new EntityMerger();

  @Test
  void anAcronymJoinsTheOneNameWhoseInitialsItSpells() {
    List<Entity> entities =
        merge(
            EntityType.ORGANIZATION,
            "Hayat Tahrir al-Sham",
            "HTS",
            "Syrian Democratic Forces",
            "SDF");

    assertThat(entities).hasSize(2);
    assertThat(entities)
        .anySatisfy(e -> assertThat(e.aliases()).containsExactly("HTS"))
        .anySatisfy(e -> assertThat(e.aliases()).containsExactly("SDF"));
  }

  @Test
  void anAcronymThatTwoNamesCouldSpellStaysAlone() {
    assertThat(
            merge(
                EntityType.ORGANIZATION, "Syrian Defence Force", "Syrian Democratic Forces", "SDF"))
        .hasSize(3);
  }

  @Test
  void aLoneSurnameJoinsTheOnePersonItEnds() {
    assertThat(merge(EntityType.PERSON, "Dmitry Peskov", "Peskov"))
        .singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Dmitry Peskov"));
  }

  @Test
  void aLoneGivenNameJoinsTheOnePersonItBegins() {
    assertThat(merge(EntityType.PERSON, "Bashar al-Assad", "Hafez al-Assad", "Bashar"))
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Bashar al-Assad", "Hafez al-Assad");
  }

  @Test
  void aGivenNameTwoPeopleShareOrThatIsNoPersonsStaysAlone() {
    assertThat(merge(EntityType.PERSON, "Vladimir Putin", "Vladimir Solovyov", "Vladimir"))
        .hasSize(3);
    List<EntityMention> mentions =
        List.of(
            mention("Jordan Peterson", EntityType.PERSON), mention("Jordan", EntityType.LOCATION));
    assertThat(merger.merge(mentions)).hasSize(2);
  }

  @Test
  void aLonePlaceNameDoesNotJoinALongerPlaceName() {
    assertThat(merge(EntityType.LOCATION, "South Sudan", "Sudan")).hasSize(2);
  }

  @Test
  void twoPeopleOfOneFamilyStayApart() {
    assertThat(merge(EntityType.PERSON, "Bashar al-Assad", "Hafez al-Assad", "Bashar Assad"))
        .hasSize(2);
  }

  @Test
  void anUntypedSurnameJoinsThePersonWhoDominatesTheStory() {
    List<EntityMention> mentions = new ArrayList<>();
    for (String name : List.of("Bashar al-Assad", "Bashar al-Assad", "Bashar Assad")) {
      mentions.add(mention(name, EntityType.PERSON));
    }
    mentions.add(mention("Hafez al-Assad", EntityType.PERSON));
    mentions.add(mention("Assad", EntityType.OTHER));
    mentions.add(mention("Assad", EntityType.OTHER));

    List<Entity> entities = merger.merge(mentions);

    assertThat(entities)
        .extracting(Entity::name)
        .containsExactly("Bashar al-Assad", "Hafez al-Assad");
    assertThat(entities.get(0).aliases()).contains("Assad");
  }

  @Test
  void anUntypedWordDoesNotJoinANameThatIsNoPersons() {
    List<EntityMention> mentions =
        List.of(
            mention("Vetrana Chemical Works", EntityType.ORGANIZATION),
            mention("Works", EntityType.OTHER));
    assertThat(merger.merge(mentions)).hasSize(2);
  }

  @Test
  void anUntypedPlaceNameDoesNotJoinAPersonNamedAfterIt() {
    List<EntityMention> mentions =
        List.of(
            mention("George Washington", EntityType.PERSON),
            mention("Washington", EntityType.OTHER));
    assertThat(merger.merge(mentions)).hasSize(2);
  }

  @Test
  void aDemonymJoinsItsCountryAndNeverNamesIt() {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mentions.add(mention("Russian", EntityType.OTHER));
    }
    mentions.add(mention("Russia", EntityType.LOCATION));
    mentions.add(mention("Syrian", EntityType.OTHER));
    mentions.add(mention("Syria", EntityType.LOCATION));

    assertThat(merger.merge(mentions))
        .extracting(Entity::name, Entity::aliases, Entity::mentions)
        .containsExactly(
            Tuple.tuple("Russia", List.of("Russian"), 4),
            Tuple.tuple("Syria", List.of("Syrian"), 2));
  }

  @Test
  void aDemonymJoinsTheCountryByTheNameTheStoryMostUses() {
    List<EntityMention> mentions =
        List.of(
            mention("U.S.", EntityType.LOCATION),
            mention("U.S.", EntityType.LOCATION),
            mention("United States", EntityType.LOCATION),
            mention("American", EntityType.OTHER));

    assertThat(merger.merge(mentions))
        .extracting(Entity::name)
        .containsExactly("U.S.", "United States");
    assertThat(merger.merge(mentions).get(0).aliases()).containsExactly("American");
  }

  @Test
  void aDemonymWhoseCountryTheStoryNeverNamesStaysItsOwnEntity() {
    assertThat(merge(EntityType.OTHER, "Russian", "Turkey"))
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Russian", "Turkey");
  }

  @Test
  void aDemonymOfTwoCountriesJoinsNeither() {
    assertThat(merge(EntityType.LOCATION, "Korean", "South Korea", "North Korea")).hasSize(3);
  }

  private static EntityMention mention(String name, EntityType type) {
    return new EntityMention(new Span(0, name.length()), name, type, 0);
  }

  private List<Entity> merge(EntityType type, String... names) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      mentions.add(new EntityMention(new Span(0, names[i].length()), names[i], type, i));
    }
    return merger.merge(mentions);
  }
}
