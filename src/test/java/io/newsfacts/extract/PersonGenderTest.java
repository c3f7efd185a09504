package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.extract.PersonGender.Gender;
import io.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonGenderTest {

  @Test
  void titleBeforeTheNameDecides() {
    assertThat(PersonGender.of(List.of("Reed"), "Ms.")).isEqualTo(Gender.FEMALE);
    assertThat(PersonGender.of(List.of("Rubio"), "Mr")).isEqualTo(Gender.MALE);
  }

  @Test
  void firstNameFromCoreNlpsListWhenNoTitle() {
    assertThat(PersonGender.of(List.of("Maria", "Lopez"), "said")).isEqualTo(Gender.FEMALE);
    assertThat(PersonGender.of(List.of("John", "Carter"), null)).isEqualTo(Gender.MALE);
  }

  @Test
  void surnameAloneOrNameGivenToBothSaysNothing() {
    assertThat(PersonGender.of(List.of("Lopez"), null)).isEqualTo(Gender.UNKNOWN);
    assertThat(PersonGender.of(List.of("Jordan", "Price"), null)).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void titleOnlyIgnoresTheFirstNameList() {
    assertThat(PersonGender.byTitle(List.of("Lindsey", "Graham"), null)).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void kinshipNounGivesGenderButAnOfficeDoesNot() {
    assertThat(PersonGender.ofNoun("mother")).isEqualTo(Gender.FEMALE);
    assertThat(PersonGender.ofNoun("Husband")).isEqualTo(Gender.MALE);
    assertThat(PersonGender.ofNoun("chairman")).isEqualTo(Gender.UNKNOWN);
    assertThat(PersonGender.ofNoun("women")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void mentionGenderReadsTheTitleWrittenBeforeIt() {
    String text = "said Ms. Ellison";
    NamedMention m = new NamedMention("Ellison", 9, 16, 0, EntityType.PERSON, null,
        List.of("Ellison"));
    assertThat(PersonGender.ofMention(m, text, true)).isEqualTo(Gender.FEMALE);
  }
}
