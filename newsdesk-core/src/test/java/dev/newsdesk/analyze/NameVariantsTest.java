package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings compared as {@link EntityMerger} compares them: by their particle keys. */
class NameVariantsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "Khmeimim, Hmeimim",
    "Khmeimim, Kheimin",
    "Hmeimim, Kheimin",
    "Khmeimim Air Base, Hmeimim airbase",
    "Türk, Turk",
    "CNN Türk, CNN Turk",
    "Bashar al-Assad, Bashar Assad",
    "Bashar al-Assad, Bashar al Assad",
    "Bashar al-Assad, Bashar al-Asad",
    "al-Assad, Assad",
    "Assad's, al-Assad",
    "Yevgeny, Evgeni",
    "Yevgeny, Evgeniy",
    "Yevgeny Khorvatsky, Evgeni Horvatski",
    "Yevgeny Khorvatsky, Yevgeniy Khorvatskiy",
    "Tartus, Tartous",
    "Latakia, Lattakia",
    "Deir ez-Zor, Deir al-Zour",
    "Hama, Hamah",
    "Islamic State group, Islamic State"
  })
  void spellingsOfOneNameMerge(String one, String other) {
    assertThat(sameName(one, other)).isTrue();
    assertThat(sameName(other, one)).isTrue();
  }

  @ParameterizedTest(name = "{0} <> {1}")
  @CsvSource({
    "Bashar al-Assad, Hafez al-Assad",
    "Tartus, Latakia",
    "Hamas, Homs",
    "Hafez, Bashar",
    "Yevgeny Khorvatsky, Khorvatsky",
    "Skarn, Halvik",
    "Tartus, Tartu"
  })
  void differentNamesStayApart(String one, String other) {
    assertThat(sameName(one, other)).isFalse();
    assertThat(sameName(other, one)).isFalse();
  }

  private static boolean sameName(String a, String b) {
    return NameVariants.sameName(NameVariants.particleKey(a), NameVariants.particleKey(b));
  }
}
