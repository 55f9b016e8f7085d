package dev.newsdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginNamesTest {
  @Test
  void anAppositiveOrAParticipleAfterTheSourceIsNotPartOfItsName() {
    assertThat(OriginNames.display("Harbour Board, the authority that runs the port,"))
        .isEqualTo("Harbour Board");
    assertThat(OriginNames.display("the port workers, represented by their union leader Ada Voss,"))
        .isEqualTo("port workers");
    assertThat(OriginNames.display("Mayor Irina Valchuk, speaking at the bridge"))
        .isEqualTo("Mayor Irina Valchuk");
  }

  @Test
  void aPersonKeepsTheBodyTheirAppositiveSaysTheySpeakFor() {
    assertThat(OriginNames.display("Mira Okonkwo, a safety researcher at the testing firm Gantry,"))
        .isEqualTo("Mira Okonkwo (Gantry)");
    assertThat(OriginNames.display("Ada Voss, a spokeswoman for the Ministry of Harbours"))
        .isEqualTo("Ada Voss (Ministry of Harbours)");
    assertThat(OriginNames.key("Mira Okonkwo, a safety researcher at the testing firm Gantry,"))
        .contains("gantry");
    assertThat(OriginNames.display("Harbour Board, the authority that runs the port,"))
        .isEqualTo("Harbour Board");
  }

  @Test
  void aNameKeepsTheOfAndForTheThatJoinItsWords() {
    assertThat(OriginNames.display("The Centre for the Study of River Towns"))
        .isEqualTo("Centre for the Study of River Towns");
    assertThat(OriginNames.display("a spokesman for the Ministry of Harbours"))
        .isEqualTo("Ministry of Harbours");
    assertThat(OriginNames.display("officials of Lestovia")).isEqualTo("Lestovia");
  }

  @Test
  void aDayIsNeverASourceButANameThatStartsLikeOneIs() {
    assertThat(OriginNames.isTimeWord("Saturday")).isTrue();
    assertThat(OriginNames.isTimeWord("on Monday")).isTrue();
    assertThat(OriginNames.isTimeWord("Sunday Times")).isFalse();
    assertThat(OriginNames.isTimeWord("Mayor Irina Valchuk")).isFalse();
    assertThat(OriginNames.display("Satellite images from Saturday")).isEqualTo("Satellite images");
    assertThat(OriginNames.display("the Harbour Times on Monday")).isEqualTo("Harbour Times");
  }

  @Test
  void aStatementWhoseSourceIsADayTracesToItsReporterAsIfUnattributed() {
    Outlets none = new Outlets(java.util.List.of());
    assertThat(ClaimGrouper.root("Saturday", null, null, none)).isNull();
    assertThat(ClaimGrouper.root("Saturday", null, "Harbour Times", none))
        .isEqualTo(new ClaimGrouper.Root("Harbour Times", null));
  }
}
