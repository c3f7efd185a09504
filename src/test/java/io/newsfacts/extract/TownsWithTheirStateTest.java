package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A town named after a person, written with its state or country after a comma. */
class TownsWithTheirStateTest {

  private static NamedMention mention(String text, String words, EntityType type,
      String subtype) {
    int begin = text.indexOf(words);
    return new NamedMention(words, begin, begin + words.length(), 0, type, subtype,
        List.of(words.split(" ")));
  }

  @Test
  void aPersonsNameAfterInWithItsStateIsATown() {
    String text = "Residents in Davenport, Iowa, were angry.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        mention(text, "Davenport", EntityType.PERSON, null),
        mention(text, "Iowa", EntityType.LOCATION, "STATE_OR_PROVINCE")));
    assertThat(out.get(0).type()).isEqualTo(EntityType.LOCATION);
    assertThat(out.get(0).subtype()).isEqualTo("CITY");
  }

  @Test
  void aPersonWithoutAPrepositionOfPlaceStaysAPerson() {
    String text = "The senator, Grassley, Iowa's senior member, spoke. She met Jackson, Mississippi.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        mention(text, "Grassley", EntityType.PERSON, null),
        mention(text, "Iowa", EntityType.LOCATION, "STATE_OR_PROVINCE"),
        mention(text, "Jackson", EntityType.PERSON, null),
        mention(text, "Mississippi", EntityType.LOCATION, null)));
    assertThat(out.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(out.get(2).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aNameAfterInWithNoRegionAfterItStaysAPerson() {
    String text = "They believe in Lincoln, Douglas and Grant.";
    List<NamedMention> out = TownsWithTheirState.retyped(text, List.of(
        mention(text, "Lincoln", EntityType.PERSON, null),
        mention(text, "Douglas", EntityType.PERSON, null)));
    assertThat(out.get(0).type()).isEqualTo(EntityType.PERSON);
  }
}
