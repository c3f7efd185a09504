package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A town named after a person, written with its state or country after a comma. */
class TownsWithTheirStateTest {

  @Test
  void aPersonsNameAfterInWithItsStateIsATown() {
    String text = "Residents in Davenport, Iowa, were angry.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        NamedMentions.at(text, "Davenport", EntityType.PERSON, null),
        NamedMentions.at(text, "Iowa", EntityType.LOCATION, "STATE_OR_PROVINCE")));
    assertThat(out.get(0).type()).isEqualTo(EntityType.LOCATION);
    assertThat(out.get(0).subtype()).isEqualTo("CITY");
  }

  @Test
  void aPersonWithoutAPrepositionOfPlaceStaysAPerson() {
    String text = "The senator, Grassley, Iowa's senior member, spoke. She met Jackson, "
        + "Mississippi.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        NamedMentions.at(text, "Grassley", EntityType.PERSON, null),
        NamedMentions.at(text, "Iowa", EntityType.LOCATION, "STATE_OR_PROVINCE"),
        NamedMentions.at(text, "Jackson", EntityType.PERSON, null),
        NamedMentions.at(text, "Mississippi", EntityType.LOCATION, null)));
    assertThat(out.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(out.get(2).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aNameAfterInWithNoRegionAfterItStaysAPerson() {
    String text = "They believe in Lincoln, Douglas and Grant.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        NamedMentions.at(text, "Lincoln", EntityType.PERSON, null),
        NamedMentions.at(text, "Douglas", EntityType.PERSON, null)));
    assertThat(out.get(0).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aNameAfterAPersonsAgeAndOfIsTheirHomeTown() {
    String text = "Peter Holmes, 52, of Leeds, admitted fraud. Ann Lee, 34, from Jackson, wept.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        NamedMentions.at(text, "Peter Holmes", EntityType.PERSON, null),
        NamedMentions.at(text, "Leeds", EntityType.ORGANIZATION, null),
        NamedMentions.at(text, "Ann Lee", EntityType.PERSON, null),
        NamedMentions.at(text, "Jackson", EntityType.PERSON, null)));
    assertThat(out.get(1).type()).isEqualTo(EntityType.LOCATION);
    assertThat(out.get(1).subtype()).isEqualTo("CITY");
    assertThat(out.get(3).type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aCompanyAfterAPersonsNameWithoutAnAgeStaysACompany() {
    String text = "Peter Holmes, of Acme, admitted fraud.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        NamedMentions.at(text, "Peter Holmes", EntityType.PERSON, null),
        NamedMentions.at(text, "Acme", EntityType.ORGANIZATION, null)));
    assertThat(out.get(1).type()).isEqualTo(EntityType.ORGANIZATION);
  }
}
