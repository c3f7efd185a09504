package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape rules on hand-tagged sentences of our own: word/POS or word/POS/NER per token. */
class NameRulesTest {

  private String text;

  private List<CoreLabel> sentence(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (String item : tagged.split(" ")) {
      String[] parts = item.split("/");
      if (sb.length() > 0) {
        sb.append(' ');
      }
      CoreLabel token = new CoreLabel();
      token.setWord(parts[0]);
      token.setValue(parts[0]);
      token.setTag(parts[1]);
      token.setNER(parts.length > 2 ? parts[2] : "O");
      token.setBeginPosition(sb.length());
      sb.append(parts[0]);
      token.setEndPosition(sb.length());
      tokens.add(token);
    }
    text = sb.toString();
    return tokens;
  }

  private List<String> names(String tagged) {
    List<CoreLabel> tokens = sentence(tagged);
    return new NameRules(text).find(tokens, 0).stream()
        .map(m -> m.text() + "/" + m.type() + "/" + m.subtype())
        .toList();
  }

  @Test
  void aBillTitleIsALaw() {
    assertThat(names("Johnson/NNP/PERSON defended/VBD the/DT Internal/NNP Market/NNP Bill/NNP ./."))
        .containsExactly("Internal Market Bill/MISC/LAW");
  }

  @Test
  void anActInCapitalsIsALaw() {
    assertThat(names("Congress/NNP/ORGANIZATION passed/VBD the/DT CARES/NNP Act/NNP ./."))
        .containsExactly("CARES Act/MISC/LAW");
  }

  @Test
  void aNamedSummitIsAnEvent() {
    assertThat(names("Leaders/NNS met/VBD at/IN the/DT Shangri-La/NNP Dialogue/NNP ./."))
        .containsExactly("Shangri-La Dialogue/MISC/EVENT");
  }

  @Test
  void aHeadWordFollowedByMoreNameIsNoEvent() {
    assertThat(names("She/PRP studied/VBD at/IN the/DT Distance/NNP Open/NNP University/NNP ./."))
        .isEmpty();
  }

  @Test
  void aNameBeforeAnAircraftNounIsAProduct() {
    assertThat(names("The/DT airline/NN grounded/VBD its/PRP$ Dreamliner/NNP jets/NNS ./."))
        .containsExactly("Dreamliner/MISC/PRODUCT");
  }

  @Test
  void aModelNameWithNumbersIsAProduct() {
    assertThat(names("It/PRP sells/VBZ the/DT Galaxy/NNP S20/NNP phone/NN ./."))
        .containsExactly("Galaxy S20/MISC/PRODUCT");
  }

  @Test
  void aNameBeforeAnOutbreakIsADisease() {
    assertThat(names("The/DT COVID-19/NNP pandemic/NN hit/VBD travel/NN ./."))
        .containsExactly("COVID-19/MISC/DISEASE");
  }

  @Test
  void aTaggedMakerBeforeTheNounIsLeftToNer() {
    assertThat(names("The/DT Boeing/NNP/ORGANIZATION jets/NNS were/VBD grounded/VBN ./."))
        .isEmpty();
  }

  @Test
  void aSentenceStartIsNotTakenForAName() {
    assertThat(names("Vaccine/NN makers/NNS said/VBD so/RB ./.")).isEmpty();
    assertThat(names("Cheap/JJ phones/NNS sold/VBD well/RB ./.")).isEmpty();
  }

  @Test
  void aLowercaseNameBeforeTheNounIsNotTaken() {
    assertThat(names("A/DT new/JJ flu/NN virus/NN spread/VBD ./.")).isEmpty();
  }

  @Test
  void creditedAgencyInCapitals() {
    assertThat(names("Smoke/NN rises/VBZ ./. Photo/NN :/: AFP/NNP"))
        .containsExactly("AFP/ORGANIZATION/null");
  }

  @Test
  void aWireDatelineOpensWithItsPlace() {
    assertThat(NameRules.datelinePlace(sentence(
        "SEATTLE/NNP/ORGANIZATION (/-LRB- Reuters/NNP/ORGANIZATION )/-RRB- -/: Boeing/NNP won/VBD")))
        .isEqualTo(1);
    assertThat(NameRules.datelinePlace(sentence(
        "NEW/NNP YORK/NNP (/-LRB- AP/NNP )/-RRB- -/: Stocks/NNS rose/VBD"))).isEqualTo(2);
    assertThat(NameRules.datelinePlace(sentence("LONDON/NNP 1996-08-30/CD"))).isEqualTo(1);
  }

  @Test
  void aSportsHeadlineIsNoDateline() {
    assertThat(NameRules.datelinePlace(sentence("SOCCER/NN -/: LIVERPOOL/NNP BEAT/VBD CHELSEA/NNP")))
        .isZero();
    assertThat(NameRules.datelinePlace(sentence("The/DT IMF/NNP (/-LRB- fund/NN )/-RRB-")))
        .isZero();
  }

  @Test
  void miscSubtypeComesFromTheHeadWord() {
    assertThat(NameRules.miscSubtype(List.of("World", "Cup"))).isEqualTo("EVENT");
    assertThat(NameRules.miscSubtype(List.of("Paris", "Accord"))).isEqualTo("LAW");
    assertThat(NameRules.miscSubtype(List.of("Bitcoin"))).isNull();
  }

  @Test
  void aModelCodeBeforeAnAircraftNounIsAProduct() {
    assertThat(names("Emirates/NNP/ORGANIZATION ordered/VBD 30/CD/NUMBER 777X/NNP jets/NNS ./."))
        .containsExactly("777X/MISC/PRODUCT");
  }

  @Test
  void aCountBeforeAModelCodeIsNotPartOfIt() {
    assertThat(names("It/PRP sold/VBD 500/CD/NUMBER A321XLR/NNP aircraft/NN ./."))
        .containsExactly("A321XLR/MISC/PRODUCT");
  }

  @Test
  void coordinatedModelsBeforeTheNounAreProducts() {
    assertThat(names("Tesla/NNP/ORGANIZATION cut/VBD its/PRP$ Model/NNP/TITLE Y/NNP and/CC "
        + "Model/NNP/TITLE 3/CD/NUMBER cars/NNS ./."))
        .containsExactlyInAnyOrder("Model 3/MISC/PRODUCT", "Model Y/MISC/PRODUCT");
  }

  @Test
  void aCodeRightAfterACueNounIsAProduct() {
    assertThat(names("Its/PRP$ antibody/NN cocktail/NN REGEN-COV/NNP works/VBZ ./."))
        .containsExactly("REGEN-COV/MISC/PRODUCT");
  }

  @Test
  void aNameAndItsModelCodeAreAProductWithoutACueNoun() {
    assertThat(names("Samsung/NNP/ORGANIZATION '/POS Galaxy/NNP S20/NNP sold/VBD well/RB ./."))
        .containsExactly("Galaxy S20/MISC/PRODUCT");
  }

  @Test
  void aPlainCountBeforeACueNounIsNoName() {
    assertThat(names("They/PRP bought/VBD 10/CD/NUMBER jets/NNS and/CC 4/CD/NUMBER cars/NNS ./."))
        .isEmpty();
  }

  @Test
  void anUntaggedNameAfterStartUpIsAnOrganisation() {
    assertThat(names("Microsoft/NNP/ORGANIZATION backed/VBD the/DT start-up/NN OpenAI/NNP ./."))
        .containsExactly("OpenAI/ORGANIZATION/null");
  }

  @Test
  void anUntaggedNameWithACompanyInAppositionIsAnOrganisation() {
    assertThat(names("It/PRP invested/VBD in/IN OpenAI/NNP ,/, the/DT start-up/NN behind/IN "
        + "it/PRP ./."))
        .containsExactly("OpenAI/ORGANIZATION/null");
  }

  @Test
  void aTitleAfterACompanyNounIsNoName() {
    assertThat(names("The/DT company/NN Chairman/NNP/TITLE resigned/VBD ./.")).isEmpty();
  }

  @Test
  void aShipAfterAircraftCarrierIsNoOrganisation() {
    assertThat(names("Planes/NNS on/IN the/DT aircraft/NN carrier/NN Enterprise/NNP ./."))
        .isEmpty();
  }

  @Test
  void aCodeBeforeSummitIsAnEvent() {
    assertThat(names("Delegates/NNS left/VBD the/DT COP29/NN summit/NN ./."))
        .containsExactly("COP29/MISC/EVENT");
  }

  @Test
  void aCodeInAppositionAfterSummitIsAnEvent() {
    assertThat(names("The/DT next/JJ summit/NN ,/, G30/NN ,/, is/VBZ in/IN May/NNP/DATE ./."))
        .containsExactly("G30/MISC/EVENT");
  }

  @Test
  void aCodeWithoutAMeetingNounIsNoName() {
    assertThat(names("Profit/NN rose/VBD in/IN H1/NN and/CC M3/NN grew/VBD ./.")).isEmpty();
  }

  @Test
  void anUntaggedCoinedExitIsAnEvent() {
    assertThat(names("Polls/NNS on/IN Swexit/NNP tightened/VBD ./."))
        .containsExactly("Swexit/MISC/EVENT");
  }
}
