package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unnamed spokespeople as antecedents of "he"/"she", on texts of our own with names marked by hand. */
class DescribedSpokespeopleTest {

  private static EntityCluster entity(String text, EntityType type, String name) {
    List<NamedMention> mentions = new ArrayList<>();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.add(new NamedMention(name, at, at + name.length(), 0, type, null,
          Arrays.asList(name.split(" "))));
    }
    return new EntityCluster(name, type, null, mentions);
  }

  private static DescribedSpokespeople.Described before(String text, String pronoun,
      PersonGender.Gender wanted, EntityCluster... entities) {
    return DescribedSpokespeople.find(text, List.of(entities), List.of())
        .nearestBefore(text.lastIndexOf(pronoun), wanted);
  }

  @Test
  void spokespersonSpeaksForTheOrganisationNamedInTheDescription() {
    String text = "We haven't changed plans, said a Norbury Systems spokesman. It is no option, he said.";
    EntityCluster norbury = entity(text, EntityType.ORGANIZATION, "Norbury Systems");
    assertThat(before(text, "he said", PersonGender.Gender.MALE, norbury).speaksFor())
        .isSameAs(norbury);
  }

  @Test
  void spokespersonForAnOrganisationAfterTheHead() {
    String text = "A spokeswoman for the Halden Ministry of Transport said the bridge was closed. "
        + "It will reopen soon, she said.";
    EntityCluster ministry = entity(text, EntityType.ORGANIZATION, "Halden Ministry of Transport");
    assertThat(before(text, "she said", PersonGender.Gender.FEMALE, ministry).speaksFor())
        .isSameAs(ministry);
  }

  @Test
  void theSpokeswomanTakesUpTheOneDescribedBefore() {
    String text = "A Corvane Inc. spokeswoman said shipments stopped. The plant will reopen, the "
        + "spokeswoman said. It is not a big problem, she said.";
    EntityCluster corvane = entity(text, EntityType.ORGANIZATION, "Corvane Inc.");
    DescribedSpokespeople.Described d = before(text, "she said", PersonGender.Gender.FEMALE,
        corvane);
    assertThat(text.substring(d.begin(), d.end())).isEqualTo("the spokeswoman");
    assertThat(d.speaksFor()).isSameAs(corvane);
  }

  @Test
  void pronounOfTheOtherGenderSkipsTheSpokesperson() {
    String text = "A Corvane spokeswoman said shipments stopped. It is not over, he said.";
    assertThat(before(text, "he said", PersonGender.Gender.MALE,
        entity(text, EntityType.ORGANIZATION, "Corvane"))).isNull();
  }

  @Test
  void descriptionBesideANameIsThatPersonsRole() {
    String apposition = "Tom Hale, a spokesman for Corvane, said shipments stopped. It is over, he said.";
    assertThat(before(apposition, "he said", PersonGender.Gender.MALE,
        entity(apposition, EntityType.PERSON, "Tom Hale"),
        entity(apposition, EntityType.ORGANIZATION, "Corvane"))).isNull();
    String title = "Corvane spokesman Tom Hale said shipments stopped. It is over, he said.";
    assertThat(before(title, "he said", PersonGender.Gender.MALE,
        entity(title, EntityType.PERSON, "Tom Hale"),
        entity(title, EntityType.ORGANIZATION, "Corvane"))).isNull();
  }

  @Test
  void unnamedSpokespersonIsStillAnAntecedentWithNoEntity() {
    String text = "A hospital spokesman said the ward might never open. We will look again, he said.";
    DescribedSpokespeople.Described d = before(text, "he said", PersonGender.Gender.MALE);
    assertThat(text.substring(d.begin(), d.end())).isEqualTo("A hospital spokesman");
    assertThat(d.speaksFor()).isNull();
  }

  @Test
  void spokesmanForTheCompanySpeaksForTheCompanyNamedBefore() {
    String text = "Savane Corp. lost money. A spokesman for the Stamford, Conn.-based company said "
        + "costs rose. It was unusual, he said.";
    EntityCluster savane = entity(text, EntityType.ORGANIZATION, "Savane Corp.");
    assertThat(before(text, "he said", PersonGender.Gender.MALE, savane).speaksFor())
        .isSameAs(savane);
  }

  @Test
  void spokespersonInsideAQuotationIsNotDescribedByTheWriter() {
    String text = "\"Ask the spokesman,\" Ann Lee said. It is over, he said.";
    QuoteFinder.Found quote = new QuoteFinder.Found(0, 1, 18, 19);
    assertThat(DescribedSpokespeople.find(text, List.of(), List.of(quote))
        .nearestBefore(text.lastIndexOf("he said"), PersonGender.Gender.MALE)).isNull();
  }
}
