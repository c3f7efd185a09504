package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of our own; words in [TYPE ...] brackets are the mentions NER gave. */
class EntityCuesTest {

  private final MarkedSentences article = new MarkedSentences();

  private void sentence(String line) {
    article.add(line);
  }

  private List<String> corrected() {
    return MarkedSentences.described(
        new EntityCues().apply(article.text(), article.sentences(), article.names()));
  }

  @Test
  void aNameAfterACompanyNounIsAnOrganisationEverywhere() {
    sentence("Digital bank [PER Revolut] applied for a licence .");
    sentence("[PER Revolut] has 15 million customers .");
    assertThat(corrected()).containsExactly("Revolut/ORGANIZATION", "Revolut/ORGANIZATION");
  }

  @Test
  void aSpokesmanSpeaksForAnOrganisation() {
    sentence("A [LOC Nasdaq] spokesman declined to comment .");
    assertThat(corrected()).containsExactly("Nasdaq/ORGANIZATION");
  }

  @Test
  void aFullPersonNameIsNotRetyped() {
    sentence("The company [PER Jane Smith] founded grew .");
    assertThat(corrected()).containsExactly("Jane Smith/PERSON");
  }

  @Test
  void aBillIsALawWhateverNerGuessed() {
    sentence("MPs debated the [ORG Internal Market Bill] on Monday .");
    assertThat(corrected()).containsExactly("Internal Market Bill/MISC/LAW");
  }

  @Test
  void aCupIsAnEventInCapitalsToo() {
    sentence("SOCCER - [ORG RYDER CUP] TEAMS NAMED");
    assertThat(corrected()).containsExactly("RYDER CUP/MISC/EVENT");
  }

  @Test
  void aNamedDialogueIsAnEvent() {
    sentence("Ministers spoke at the [ORG Shangri-La Dialogue] .");
    assertThat(corrected()).containsExactly("Shangri-La Dialogue/MISC/EVENT");
  }

  @Test
  void aGlacierIsAPlace() {
    sentence("The [ORG Rhone Glacier] lost a metre .");
    assertThat(corrected()).containsExactly("Rhone Glacier/LOCATION");
  }

  @Test
  void aBankCutBeforeItsPlaceIsJoinedToIt() {
    sentence("The [ORG Bank] of [LOC England] held rates .");
    assertThat(corrected()).containsExactly("Bank of England/ORGANIZATION");
  }

  @Test
  void aCompanyAndAPlaceFurtherOnStaySeparate() {
    sentence("[ORG Barclays] of [LOC Britain] rose .");
    assertThat(corrected()).containsExactly("Barclays/ORGANIZATION", "Britain/LOCATION");
  }

  @Test
  void aCompanyNounOpeningTheSentenceIsNotPartOfTheName() {
    sentence("[ORG Drugmaker Regeneron] said its cocktail works .");
    assertThat(corrected()).containsExactly("Regeneron/ORGANIZATION");
  }

  @Test
  void rivalOpeningTheSentenceIsNotPartOfTheName() {
    sentence("[MISC Rival Airbus] sold more jets .");
    assertThat(corrected()).containsExactly("Airbus/MISC");
  }

  @Test
  void aNameEndingInACompanyHeadIsAnOrganisation() {
    sentence("Shares of [LOC PacWest Bancorp] and [PER Acme Holdings] fell .");
    assertThat(corrected())
        .containsExactly("PacWest Bancorp/ORGANIZATION", "Acme Holdings/ORGANIZATION");
  }

  @Test
  void aPlaceBeforeANewspapersNameplateIsThePaper() {
    sentence("Gov. [PER Bill Clinton] told the [LOC Arkansas Gazette] he backed the talks .");
    sentence("[PER Jim Courier] beat [LOC Denver] .");
    assertThat(corrected()).containsExactly("Bill Clinton/PERSON",
        "Arkansas Gazette/ORGANIZATION", "Jim Courier/PERSON", "Denver/LOCATION");
  }

  @Test
  void aPartyOfAStateWrittenOutIsAMemberAndAState() {
    sentence("Senator [PER Sam Nunn] , [ORG Democrat of Georgia] , and [ORG Republican of New York]"
        + " agreed .");
    assertThat(corrected()).containsExactly("Sam Nunn/PERSON", "Democrat/MISC",
        "Georgia/LOCATION/STATE_OR_PROVINCE", "Republican/MISC",
        "New York/LOCATION/STATE_OR_PROVINCE");
  }

  @Test
  void aLeagueIsAnEvent() {
    sentence("They went top of the [ORG Premier League] on Sunday .");
    assertThat(corrected()).containsExactly("Premier League/MISC/EVENT");
  }

  @Test
  void aCityBeforeAnUntaggedEventHeadIsPartOfTheEvent() {
    sentence("The [LOC Tokyo] Olympics were postponed .");
    assertThat(corrected()).containsExactly("Tokyo Olympics/MISC/EVENT");
  }

  @Test
  void aNameInAListOfShippingLinesIsAnOrganisation() {
    sentence("Some shipping lines , including [PER Maersk] , diverted cargo .");
    assertThat(corrected()).containsExactly("Maersk/ORGANIZATION");
  }

  @Test
  void namesAfterSuchAsAndAPluralOfCompaniesAreOrganisations() {
    sentence("Chipmakers such as [PER Intel] and [LOC Micron] will gain .");
    assertThat(corrected()).containsExactly("Intel/ORGANIZATION", "Micron/ORGANIZATION");
  }

  @Test
  void peopleInAListOfInvestorsStayPeople() {
    sentence("Investors such as [PER Soros] sold .");
    assertThat(corrected()).containsExactly("Soros/PERSON");
  }

  @Test
  void namesBeforeRegionsArePlaces() {
    sentence("Glaciers in the [LOC Valais] and [PER Graubunden] regions shrank .");
    assertThat(corrected()).containsExactly("Valais/LOCATION", "Graubunden/LOCATION");
  }

  @Test
  void anAdjectiveBeforeRegionStaysMisc() {
    sentence("Police in the [MISC Basque] region said .");
    assertThat(corrected()).containsExactly("Basque/MISC");
  }

  @Test
  void citiesInAResultAreTheirTeams() {
    sentence("[CITY Denver] beat [CITY Miami] 94-89 on Thursday .");
    assertThat(corrected()).containsExactly("Denver/ORGANIZATION", "Miami/ORGANIZATION");
  }

  @Test
  void countriesInAResultStayPlacesAsCoNllHasNationalTeams() {
    sentence("[COUNTRY Italy] beat [COUNTRY England] 2-1 .");
    assertThat(corrected()).containsExactly("Italy/LOCATION/COUNTRY", "England/LOCATION/COUNTRY");
  }

  @Test
  void aPlaceTheListsDoNotKnowAsACityStaysAPlaceInAResult() {
    sentence("[LOC Ukraine] beat [LOC Northern Ireland] 1-0 .");
    assertThat(corrected()).containsExactly("Ukraine/LOCATION", "Northern Ireland/LOCATION");
  }

  @Test
  void aCityWithoutAScoreStaysAPlace() {
    sentence("Rain beat down on [CITY Denver] .");
    assertThat(corrected()).containsExactly("Denver/LOCATION/CITY");
  }

  @Test
  void aCityAndTheGamesItHostsAreOneEvent() {
    sentence("The [LOC Tokyo] [MISC Olympics] were postponed .");
    assertThat(corrected()).containsExactly("Tokyo Olympics/MISC/EVENT");
  }

  @Test
  void placesSeparatedByACommaStayTwo() {
    sentence("He lives in [LOC Paris] , [COUNTRY France] .");
    assertThat(corrected()).containsExactly("Paris/LOCATION", "France/LOCATION/COUNTRY");
  }

  @Test
  void whatHasSharesIsACompany() {
    sentence("Shares of [LOC First Republic Bank] and [PER PacWest] fell .");
    assertThat(corrected())
        .containsExactly("First Republic Bank/ORGANIZATION", "PacWest/ORGANIZATION");
  }

  @Test
  void sharesInAPlaceAreTradedThere() {
    sentence("Shares in [LOC Tokyo] fell .");
    assertThat(corrected()).containsExactly("Tokyo/LOCATION");
  }

  @Test
  void aCapitalsHeadlineIsNoEventAfterAPlace() {
    sentence("TENNIS - [LOC SPAIN] , [LOC U.S.] TEAMS OPEN ON ROAD");
    assertThat(corrected()).containsExactly("SPAIN/LOCATION", "U.S./LOCATION");
  }

  @Test
  void aMiscAdjectiveAfterSharesOfStaysMisc() {
    sentence("Shares of [MISC France-registered] company rose .");
    assertThat(corrected()).containsExactly("France-registered/MISC");
  }

  @Test
  void aCoinedExitTakenForAPlaceIsAnEvent() {
    sentence("Fishing rights were the last hurdle of the [LOC Grexit] talks .");
    assertThat(corrected()).containsExactly("Grexit/MISC/EVENT");
  }

  @Test
  void aNameEndingInExitWithoutACountryShapeIsLeftAlone() {
    sentence("[ORG Exit] , the band , played in [CITY Leeds] .");
    assertThat(corrected()).containsExactly("Exit/ORGANIZATION", "Leeds/LOCATION/CITY");
  }
}
