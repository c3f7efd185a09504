package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Party-and-state designations after a name, and the epithets that refer back to them. */
class PartyDesignationTest {

  @Test
  void readsTheDesignationInEachFormNewsSetsItAfterAName() {
    assertThat(PartyDesignation.ofDesignation(", D-Ga., said"))
        .isEqualTo(new PartyDesignation.Party('D', "Georgia"));
    assertThat(PartyDesignation.ofDesignation(" (R-N.Y.) said"))
        .isEqualTo(new PartyDesignation.Party('R', "New York"));
    assertThat(PartyDesignation.ofDesignation(", R-Texas, said"))
        .isEqualTo(new PartyDesignation.Party('R', "Texas"));
    assertThat(PartyDesignation.ofDesignation(" (I-VT)"))
        .isEqualTo(new PartyDesignation.Party('I', "Vermont"));
  }

  @Test
  void readsTheEpithetWithAStateOfOneOrTwoWords() {
    assertThat(PartyDesignation.ofEpithet("the Georgia Democrat"))
        .isEqualTo(new PartyDesignation.Party('D', "Georgia"));
    assertThat(PartyDesignation.ofEpithet("The New York Republican"))
        .isEqualTo(new PartyDesignation.Party('R', "New York"));
    assertThat(PartyDesignation.ofEpithet("the Vermont independent"))
        .isEqualTo(new PartyDesignation.Party('I', "Vermont"));
  }

  @Test
  void aDescriptionWithoutAStateOrANameWithoutADesignationIsNone() {
    assertThat(PartyDesignation.ofEpithet("the senior Democrat")).isNull();
    assertThat(PartyDesignation.ofEpithet("the Democrat")).isNull();
    assertThat(PartyDesignation.ofDesignation(", 45, said")).isNull();
    assertThat(PartyDesignation.ofDesignation(" said on Monday")).isNull();
  }
}
