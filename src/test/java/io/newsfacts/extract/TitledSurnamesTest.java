package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rank or office written out before the surname of a person the article named in full. */
class TitledSurnamesTest {

  @Test
  void aWrittenOutRankBeforeAKnownSurnameIsThatPerson() {
    String text = "Lieut. Gen. Arthur E. Williams rejected it. General Williams said so.";
    List<NamedMention> out = TitledSurnames.rankBeforeSurname(text, List.of(
        NamedMentions.at(text, "Arthur E. Williams", EntityType.PERSON, null),
        NamedMentions.at(text, "General Williams", EntityType.ORGANIZATION, null)));
    assertThat(out.get(1).type()).isEqualTo(EntityType.PERSON);
    assertThat(out.get(1).text()).isEqualTo("Williams");
    assertThat(out.get(1).begin()).isEqualTo(text.indexOf("Williams said"));
  }

  @Test
  void aCompanyNamedLikeARankStaysACompany() {
    String text = "Mary Barra spoke. General Motors said so. Representative Smith agreed.";
    List<NamedMention> out = TitledSurnames.rankBeforeSurname(text, List.of(
        NamedMentions.at(text, "Mary Barra", EntityType.PERSON, null),
        NamedMentions.at(text, "General Motors", EntityType.ORGANIZATION, null),
        NamedMentions.at(text, "Representative Smith", EntityType.ORGANIZATION, null)));
    assertThat(out.get(1).text()).isEqualTo("General Motors");
    assertThat(out.get(1).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(out.get(2).text()).isEqualTo("Representative Smith"); // no Smith named in full
  }

  @Test
  void aRankBeforeAFirstNameNamesNobodyBySurname() {
    String text = "Pete Buttigieg spoke. Mayor Pete said so.";
    List<NamedMention> out = TitledSurnames.rankBeforeSurname(text, List.of(
        NamedMentions.at(text, "Pete Buttigieg", EntityType.PERSON, null),
        NamedMentions.at(text, "Mayor Pete", EntityType.PERSON, null)));
    assertThat(out.get(1).text()).isEqualTo("Mayor Pete");
  }

  @Test
  void aCompanysOneWordNameAfterAPersonsRankIsThatPerson() {
    String text = "President Ford signed it. Mayor Bloomberg agreed. Ford Motor said so.";
    List<NamedMention> out = TitledSurnames.rankBeforeSurname(text, List.of(
        NamedMentions.at(text, "Ford", EntityType.ORGANIZATION, null),
        NamedMentions.at(text, "Bloomberg", EntityType.ORGANIZATION, null),
        NamedMentions.at(text, "Ford Motor", EntityType.ORGANIZATION, null)));
    assertThat(out).extracting(NamedMention::type).containsExactly(EntityType.PERSON,
        EntityType.PERSON, EntityType.ORGANIZATION);
  }
}
