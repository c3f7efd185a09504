package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityClustererTest {

  private final List<NamedMention> mentions = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private void name(String text, EntityType type) {
    name(text, type, null);
  }

  private void name(String name, EntityType type, String subtype) {
    titled("", name, type, subtype);
  }

  /** A mention written after {@code before} in the text, which is no part of NER's mention. */
  private void titled(String before, String name, EntityType type, String subtype) {
    text.append(" said. ").append(before);
    int offset = text.length();
    text.append(name);
    mentions.add(new NamedMention(name, offset, offset + name.length(), mentions.size(), type,
        subtype, Arrays.asList(name.split(" "))));
  }

  private List<EntityCluster> cluster() {
    return new EntityClusterer().cluster(mentions, text.toString());
  }

  private static List<String> forms(EntityCluster c) {
    return c.mentions().stream().map(NamedMention::text).toList();
  }

  @Test
  void joinsLaterSurnameToFullName() {
    name("Yasukazu Hamada", EntityType.PERSON);
    name("Hamada", EntityType.PERSON);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(1);
    assertThat(clusters.get(0).name()).isEqualTo("Yasukazu Hamada");
    assertThat(forms(clusters.get(0))).containsExactly("Yasukazu Hamada", "Hamada");
  }

  @Test
  void titledSurnameJoinsThePersonOfItsGender() {
    name("Margaret Ellison", EntityType.PERSON);
    name("David Ellison", EntityType.PERSON);
    titled("Ms. ", "Ellison", EntityType.PERSON, null);
    titled("Ms. ", "Ellison", EntityType.PERSON, null);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(0))).containsExactly("Margaret Ellison", "Ellison", "Ellison");
  }

  @Test
  void titlesOfBothSexesJoinEachThePersonOfItsOwn() {
    name("Margaret Ellison", EntityType.PERSON);
    name("David Ellison", EntityType.PERSON);
    titled("Mr. ", "Ellison", EntityType.PERSON, null);
    titled("Mrs. ", "Ellison", EntityType.PERSON, null);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(0))).containsExactly("Margaret Ellison", "Ellison");
    assertThat(forms(clusters.get(1))).containsExactly("David Ellison", "Ellison");
  }

  @Test
  void titleAgreeingWithNobodyKeepsTheNearestPerson() {
    name("Margaret Ellison", EntityType.PERSON);
    name("Anne Ellison", EntityType.PERSON);
    titled("Mr. ", "Ellison", EntityType.PERSON, null);
    assertThat(forms(cluster().get(1))).containsExactly("Anne Ellison", "Ellison");
  }

  @Test
  void titleAgreeingWithNobodyNamedAsTheOtherSexByTheTextNamesSomeoneElse() {
    titled("the first lady, ", "Michelle Obama", EntityType.PERSON, null);
    titled("Mr. ", "Obama", EntityType.PERSON, null);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(1))).containsExactly("Obama");
  }

  @Test
  void titleAgreeingWithNobodyNamesSomeoneElseWhenBothSexesAreTitled() {
    // "Mr. Obama" in a story that names only Michelle Obama in full is the president
    name("Michelle Obama", EntityType.PERSON);
    titled("Mr. ", "Obama", EntityType.PERSON, null);
    titled("Mrs. ", "Obama", EntityType.PERSON, null);
    titled("Mr. ", "Obama", EntityType.PERSON, null);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(0))).containsExactly("Michelle Obama", "Obama");
    assertThat(forms(clusters.get(1))).containsExactly("Obama", "Obama");
  }

  @Test
  void joinsShortNameOfSeveralWordsToTheNameItEnds() {
    name("Andrés Manuel López Obrador", EntityType.PERSON);
    name("López Obrador", EntityType.PERSON);
    name("Ursula von der Leyen", EntityType.PERSON);
    name("von der Leyen", EntityType.PERSON);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(0))).containsExactly("Andrés Manuel López Obrador",
        "López Obrador");
    assertThat(forms(clusters.get(1))).containsExactly("Ursula von der Leyen", "von der Leyen");
  }

  @Test
  void fullNameStaysApartFromAHeadingThatEndsInIt() {
    name("Crooked Hillary Clinton", EntityType.PERSON);
    name("Hillary Clinton", EntityType.PERSON);
    name("Clinton", EntityType.PERSON);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(1))).containsExactly("Hillary Clinton", "Clinton");
  }

  @Test
  void capitalisedParticleBeginsAShortNameThatJoins() {
    name("Chandler Van Voorhis", EntityType.PERSON);
    name("Van Voorhis", EntityType.PERSON);
    assertThat(cluster()).hasSize(1);
  }

  @Test
  void joinsSpanishFirstSurnameInsideALongerName() {
    name("Pedro Sánchez Pérez-Castejón", EntityType.PERSON);
    name("Sánchez", EntityType.PERSON);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(1);
    assertThat(forms(clusters.get(0))).containsExactly("Pedro Sánchez Pérez-Castejón", "Sánchez");
  }

  @Test
  void innerWordThatIsAFirstNameJoinsNobody() {
    name("Martin Luther King", EntityType.PERSON);
    name("Luther", EntityType.PERSON);
    assertThat(cluster()).hasSize(2);
  }

  @Test
  void joinsFamilyNameWrittenFirst() {
    name("Kim Jong Un", EntityType.PERSON);
    name("Kim", EntityType.PERSON);
    assertThat(cluster()).singleElement().extracting(EntityCluster::name).isEqualTo("Kim Jong Un");
  }

  @Test
  void surnameJoinsTheNearestPersonNamedBefore() {
    name("John Smith", EntityType.PERSON);
    name("Mary Smith", EntityType.PERSON);
    name("Smith", EntityType.PERSON);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(1))).containsExactly("Mary Smith", "Smith");
  }

  @Test
  void surnameMistypedAsPlaceStillJoinsPersonNamedBefore() {
    name("Lloyd Austin", EntityType.PERSON);
    name("Austin", EntityType.LOCATION, "CITY");
    assertThat(cluster()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(EntityType.PERSON);
      assertThat(forms(c)).containsExactly("Lloyd Austin", "Austin");
    });
  }

  @Test
  void placeNamedBeforeAnyPersonStaysAPlace() {
    name("Austin", EntityType.LOCATION, "CITY");
    name("Lloyd Austin", EntityType.PERSON);
    assertThat(cluster()).hasSize(2);
  }

  @Test
  void joinsAcronymToTheNameItSpells() {
    name("United States", EntityType.LOCATION, "COUNTRY");
    name("US", EntityType.LOCATION, "COUNTRY");
    name("U.S.", EntityType.LOCATION, "COUNTRY");
    assertThat(cluster()).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("United States");
      assertThat(c.subtype()).isEqualTo("COUNTRY");
      assertThat(c.mentions()).hasSize(3);
    });
  }

  @Test
  void acronymSkipsFunctionWordsAndPossessives() {
    name("Democratic People 's Republic of Korea", EntityType.LOCATION, "COUNTRY");
    name("DPRK", EntityType.ORGANIZATION);
    assertThat(cluster()).singleElement().extracting(EntityCluster::type)
        .isEqualTo(EntityType.LOCATION);
  }

  @Test
  void sameNameInDifferentCaseIsOneEntity() {
    name("NATO", EntityType.ORGANIZATION);
    name("Nato", EntityType.ORGANIZATION);
    assertThat(cluster()).hasSize(1);
  }

  @Test
  void entitiesComeInOrderOfFirstMention() {
    name("Tokyo", EntityType.LOCATION, "CITY");
    name("Seoul", EntityType.LOCATION, "CITY");
    assertThat(cluster()).extracting(EntityCluster::name).containsExactly("Tokyo", "Seoul");
  }

  @Test
  void acronymLettersNeedCapitals() {
    assertThat(EntityClusterer.acronymLetters("U.N.")).isEqualTo("UN");
    assertThat(EntityClusterer.acronymLetters("Un")).isNull();
    assertThat(EntityClusterer.acronymLetters("ABCDEFG")).isNull();
  }

  @Test
  void namesTheEntityInTheStorysCaseNotTheHeadlines() {
    name("PFIZER", EntityType.ORGANIZATION);
    name("Pfizer", EntityType.ORGANIZATION);
    assertThat(cluster()).singleElement().extracting(EntityCluster::name).isEqualTo("Pfizer");
  }

  @Test
  void companyShortNameJoinsTheCompanyNamedInFull() {
    name("Norbury Systems Inc.", EntityType.ORGANIZATION);
    name("Norbury", EntityType.ORGANIZATION);
    name("Norbury Systems", EntityType.ORGANIZATION);
    assertThat(cluster()).singleElement().extracting(EntityCluster::name)
        .isEqualTo("Norbury Systems Inc.");
  }

  @Test
  void companyShortNameJoinsTheCompanyNamedLastBeforeIt() {
    name("Corvane Bank Corp.", EntityType.ORGANIZATION);
    name("Corvane Shipping Co.", EntityType.ORGANIZATION);
    name("Corvane", EntityType.ORGANIZATION);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(1))).containsExactly("Corvane Shipping Co.", "Corvane");
  }

  @Test
  void companyShortNameOpeningAnotherOrganisationsNameStaysApart() {
    name("Halden Express Co.", EntityType.ORGANIZATION);
    name("Halden Airlines", EntityType.ORGANIZATION);
    name("Halden", EntityType.ORGANIZATION);
    assertThat(cluster()).hasSize(3);
  }

  @Test
  void newspapersLastWordJoinsTheNewspaperNamedInFull() {
    name("Harwick Post", EntityType.ORGANIZATION);
    name("Post", EntityType.ORGANIZATION);
    assertThat(cluster()).singleElement().extracting(EntityCluster::name)
        .isEqualTo("Harwick Post");
  }

  @Test
  void newspapersLastWordJoinsTheNewspaperNamedLastBeforeIt() {
    name("Financial Times", EntityType.ORGANIZATION);
    name("Lisbury Times", EntityType.ORGANIZATION);
    name("Times", EntityType.ORGANIZATION);
    List<EntityCluster> clusters = cluster();
    assertThat(clusters).hasSize(2);
    assertThat(forms(clusters.get(1))).containsExactly("Lisbury Times", "Times");
  }

  @Test
  void lastWordThatIsNoNewspapersStaysApart() {
    name("White House", EntityType.ORGANIZATION);
    name("House", EntityType.ORGANIZATION);
    assertThat(cluster()).hasSize(2);
  }

  @Test
  void newspapersLastWordNamingAPersonStaysApart() {
    name("Harwick Post", EntityType.ORGANIZATION);
    name("Post", EntityType.PERSON);
    assertThat(cluster()).hasSize(2);
  }

  @Test
  void shortNameOfANameWithoutACompanySuffixStaysApart() {
    name("Norbury Research Council", EntityType.ORGANIZATION);
    name("Norbury", EntityType.ORGANIZATION);
    assertThat(cluster()).hasSize(2);
  }

  @Test
  void acronymSpellsACompanyNameWithoutItsSuffix() {
    name("Intercontinental Business Machines Corp.", EntityType.ORGANIZATION);
    name("IBM", EntityType.ORGANIZATION);
    assertThat(cluster()).singleElement().extracting(EntityCluster::name)
        .isEqualTo("Intercontinental Business Machines Corp.");
  }

  @Test
  void surnameAfterACourtesyTitleJoinsThePersonNamedInFull() {
    name("Michael Slater", EntityType.PERSON);
    name("Mr. Slater", EntityType.PERSON);
    assertThat(cluster()).singleElement().extracting(EntityCluster::name)
        .isEqualTo("Michael Slater");
  }
}
