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

  @Test
  void mentionGenderReadsAKinshipNounSetBeforeTheName() {
    String text = "Her late husband, Robert, kept the light.";
    NamedMention robert = new NamedMention("Robert", 18, 24, 0, EntityType.PERSON, null,
        List.of("Robert"));
    assertThat(PersonGender.ofMention(robert, text, true)).isEqualTo(Gender.MALE);
    String daughter = "with his daughter Amy.";
    NamedMention amy = new NamedMention("Amy", 18, 21, 0, EntityType.PERSON, null,
        List.of("Amy"));
    assertThat(PersonGender.ofMention(amy, daughter, false)).isEqualTo(Gender.FEMALE);
    String office = "the chairman, Kelly, said";
    NamedMention kelly = new NamedMention("Kelly", 14, 19, 0, EntityType.PERSON, null,
        List.of("Kelly"));
    assertThat(PersonGender.ofMention(kelly, office, false)).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void personCalledByAFirstNameAloneHasItsGender() {
    String text = "They met in London. Meghan said she was not protected. But Meghan stayed.";
    assertThat(PersonGender.ofFirstNameAlone(List.of(alone("Meghan", text, 20),
        alone("Meghan", text, 59)), text)).isEqualTo(Gender.FEMALE);
  }

  @Test
  void surnameAfterAnOfficeOrATitleSaysNothing() {
    String president = "Vice President Harris spoke.";
    assertThat(PersonGender.ofFirstNameAlone(List.of(alone("Harris", president, 15)), president))
        .isEqualTo(Gender.UNKNOWN);
    String senator = "Sen. Warren spoke.";
    assertThat(PersonGender.ofFirstNameAlone(List.of(alone("Warren", senator, 5)), senator))
        .isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void fullNameAmongTheMentionsLeavesTheFirstNameListToIt() {
    String text = "Kamala Harris spoke. Harris left.";
    assertThat(PersonGender.ofFirstNameAlone(List.of(
        new NamedMention("Kamala Harris", 0, 13, 0, EntityType.PERSON, null,
            List.of("Kamala", "Harris")), alone("Harris", text, 21)), text))
        .isEqualTo(Gender.UNKNOWN);
  }

  private static NamedMention alone(String word, String text, int begin) {
    assertThat(text.substring(begin, begin + word.length())).isEqualTo(word);
    return new NamedMention(word, begin, begin + word.length(), 0, EntityType.PERSON, null,
        List.of(word));
  }

  @Test
  void pronounAfterAPersonsVerbOfSayingGivesTheirGender() {
    String text = "Clinton told reporters on Tuesday that she would win. Clinton said she was ready.";
    assertThat(PersonGender.saidOfThemselves(List.of(alone("Clinton", text, 0),
        alone("Clinton", text, 54)), text)).isEqualTo(Gender.FEMALE);
  }

  @Test
  void pronounsOfBothGendersAfterAPersonSayNothing() {
    String text = "Lee said he would go. Lee said she had asked him to.";
    assertThat(PersonGender.saidOfThemselves(List.of(alone("Lee", text, 0),
        alone("Lee", text, 22)), text)).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void oneMentionOfAFirstNameAloneSaysNothing() {
    String text = "Clinton spoke.";
    assertThat(PersonGender.ofFirstNameAlone(List.of(alone("Clinton", text, 0)), text))
        .isEqualTo(Gender.UNKNOWN);
  }
}
