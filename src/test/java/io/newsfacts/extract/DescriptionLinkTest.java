package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Descriptions linked to the name the article gave them to; no models, texts of our own. */
class DescriptionLinkTest {

  private static EntityCluster entity(String text, String name, EntityType type) {
    List<NamedMention> mentions = new ArrayList<>();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.add(new NamedMention(name, at, at + name.length(), 0, type, null,
          List.of(name.split(" "))));
    }
    return new EntityCluster(name, type, null, mentions);
  }

  private static EntityCluster link(String text, List<EntityCluster> entities, String phrase,
      String head) {
    int at = text.lastIndexOf(phrase);
    return new DescriptionLink(text, entities, new QuoteFinder().find(text)).link(at, at + phrase.length(), head);
  }

  @Test
  void titleRightBeforeTheNameLinks() {
    String t = "Defense Secretary Lloyd Austin landed on Monday. The secretary said little.";
    EntityCluster austin = entity(t, "Lloyd Austin", EntityType.PERSON);
    assertThat(link(t, List.of(austin), "The secretary", "secretary")).isSameAs(austin);
  }

  @Test
  void appositionHeadLinks() {
    String t = "The Harbor Gazette, the town's oldest daily, ran the story. The daily stood by it.";
    EntityCluster gazette = entity(t, "Harbor Gazette", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(gazette), "The daily", "daily")).isSameAs(gazette);
  }

  @Test
  void clauseAfterACommaIsNoApposition() {
    String t = "Two objectors, Ann Ruiz and Lee Park, had filed a complaint with the board, "
        + "and the board said no.";
    EntityCluster park = entity(t, "Lee Park", EntityType.PERSON);
    assertThat(link(t, List.of(park), "the board", "board")).isNull();
  }

  @Test
  void wordSeveralWordsBeforeTheNameIsNoTitle() {
    String t = "The governor spoke of Maria Chen at length. The governor said she would run.";
    EntityCluster chen = entity(t, "Maria Chen", EntityType.PERSON);
    assertThat(link(t, List.of(chen), "The governor", "governor")).isNull();
  }

  @Test
  void descriptionOpeningTheNextSentenceContinuesItsSubject() {
    String t = "Tom Hadley warned on Monday that the sector faces cuts.\n\nSpeaking in the "
        + "Commons, the Conservative MP said more.";
    EntityCluster hadley = entity(t, "Tom Hadley", EntityType.PERSON);
    assertThat(link(t, List.of(hadley), "the Conservative MP", "MP")).isSameAs(hadley);
  }

  @Test
  void descriptionAfterAnotherPersonNamedIsNobodysYet() {
    String t = "Tom Hadley warned that Ann Ruiz would lose her seat. The MP said more.";
    EntityCluster hadley = entity(t, "Tom Hadley", EntityType.PERSON);
    EntityCluster ruiz = entity(t, "Ann Ruiz", EntityType.PERSON);
    assertThat(link(t, List.of(hadley, ruiz), "The MP", "MP")).isNull();
  }

  @Test
  void nameThatIsNotTheSubjectBeforeIsNotContinued() {
    String t = "A report by Tom Hadley found cuts. The MP said more.";
    EntityCluster hadley = entity(t, "Tom Hadley", EntityType.PERSON);
    assertThat(link(t, List.of(hadley), "The MP", "MP")).isNull();
    String possessive = "Tom Hadley's aide found cuts. The MP said more.";
    EntityCluster owner = entity(possessive, "Tom Hadley", EntityType.PERSON);
    assertThat(link(possessive, List.of(owner), "The MP", "MP")).isNull();
  }

  @Test
  void descriptionAfterAClauseIsNotContinued() {
    String t = "Tom Hadley met the board. But Hadley had little time to speak, the people said.";
    EntityCluster hadley = entity(t, "Hadley", EntityType.PERSON);
    assertThat(link(t, List.of(hadley), "the people", "people")).isNull();
    String clause = "Tom Hadley met the board. It voted against him when asked, the MP said.";
    EntityCluster named = entity(clause, "Tom Hadley", EntityType.PERSON);
    assertThat(link(clause, List.of(named), "the MP", "MP")).isNull();
  }

  @Test
  void descriptionAfterAQuotationIsNotContinued() {
    // a reaction: "Trump said … . “Nothing he said helps,” the Florida senator said."
    String t = "Tom Hadley spoke on Monday. \u201cNothing he said helps,\u201d the senator said.";
    EntityCluster hadley = entity(t, "Tom Hadley", EntityType.PERSON);
    assertThat(link(t, List.of(hadley), "the senator", "senator")).isNull();
  }

  @Test
  void thingDescribedIsNoPersonContinued() {
    String t = "Tom Hadley published the figures. The report said cuts were due.";
    EntityCluster hadley = entity(t, "Tom Hadley", EntityType.PERSON);
    assertThat(link(t, List.of(hadley), "The report", "report")).isNull();
  }

  @Test
  void indefiniteDescriptionIntroducesSomeoneNew() {
    String t = "Deputy Minister Paul Ose spoke. A minister said otherwise.";
    EntityCluster ose = entity(t, "Paul Ose", EntityType.PERSON);
    assertThat(link(t, List.of(ose), "A minister", "minister")).isNull();
  }

  @Test
  void spokesmanForAnOrganisationLinksToIt() {
    String t = "A spokesman for the Lakeside Water Board declined to comment.";
    EntityCluster board = entity(t, "Lakeside Water Board", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(board), "A spokesman for the Lakeside Water Board", "spokesman"))
        .isSameAs(board);
  }

  @Test
  void theCompanyIsTheCompanyNamedLastBeforeIt() {
    String t = "Corvane Inc. lost money. Its rival Norbury Systems Co. did not. The company said "
        + "little.";
    EntityCluster corvane = entity(t, "Corvane Inc.", EntityType.ORGANIZATION);
    EntityCluster norbury = entity(t, "Norbury Systems Co.", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(corvane, norbury), "The company", "company")).isSameAs(norbury);
  }

  @Test
  void theCompanyLinksToNoOrganisationWithoutACompanySuffix() {
    String t = "The Halden Council met. The company said little.";
    EntityCluster council = entity(t, "Halden Council", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(council), "The company", "company")).isNull();
  }

  @Test
  void companySpokesmanSpeaksForTheCompanyNamedBefore() {
    String t = "Corvane Inc. shut a plant. A company spokesman said it would reopen.";
    EntityCluster corvane = entity(t, "Corvane Inc.", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(corvane), "A company spokesman", "spokesman")).isSameAs(corvane);
  }

  @Test
  void abbreviatedTitleLinksTheWordItStandsFor() {
    String t = "Sen. Sam Nunn met the president. The senator said it went well.";
    EntityCluster nunn = entity(t, "Sam Nunn", EntityType.PERSON);
    assertThat(link(t, List.of(nunn), "The senator", "senator")).isSameAs(nunn);
  }

  @Test
  void representativeIsTheCongresswoman() {
    String t = "Rep. Pat Schroeder criticized the plan. The congresswoman called it a giveaway.";
    EntityCluster schroeder = entity(t, "Pat Schroeder", EntityType.PERSON);
    assertThat(link(t, List.of(schroeder), "The congresswoman", "congresswoman"))
        .isSameAs(schroeder);
  }

  @Test
  void theSpokesmanIsThePersonTitledSpokesmanBefore() {
    String t = "Pentagon spokesman Pete Williams spoke on Monday. The spokesman said no more.";
    EntityCluster williams = entity(t, "Pete Williams", EntityType.PERSON);
    assertThat(link(t, List.of(williams), "The spokesman", "spokesman")).isSameAs(williams);
  }

  @Test
  void aSpokesmanIsNoPersonNamedBefore() {
    String t = "Pentagon spokesman Pete Williams spoke on Monday. A spokesman said no more.";
    EntityCluster williams = entity(t, "Pete Williams", EntityType.PERSON);
    assertThat(link(t, List.of(williams), "A spokesman", "spokesman")).isNull();
  }

  @Test
  void capitalisedModifierMustBeWrittenNearTheName() {
    String t = "Marco Rubio spoke beside Sen. Joni Ernst, R-Iowa. The Florida senator said more.";
    EntityCluster ernst = entity(t, "Joni Ernst", EntityType.PERSON);
    assertThat(link(t, List.of(ernst), "The Florida senator", "senator")).isNull();
  }

  @Test
  void capitalisedModifierWrittenInTheTitleLinks() {
    String t = "Florida Sen. Ana Diaz spoke on Monday. The Florida senator said more.";
    EntityCluster diaz = entity(t, "Ana Diaz", EntityType.PERSON);
    assertThat(link(t, List.of(diaz), "The Florida senator", "senator")).isSameAs(diaz);
  }

  @Test
  void anOfficialDescribedByAnOrganisationSpeaksForIt() {
    String t = "Harlow Mills cut jobs. A Harlow Mills officer said more would go. A Harlow Mills "
        + "executive agreed.";
    EntityCluster mills = entity(t, "Harlow Mills", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(mills), "A Harlow Mills officer", "officer")).isSameAs(mills);
    assertThat(link(t, List.of(mills), "A Harlow Mills executive", "executive")).isSameAs(mills);
  }

  @Test
  void aFormerOfficialOrOneDescribedByAPersonSpeaksForNoOne() {
    String t = "Harlow Mills cut jobs. A former Harlow Mills executive said so. A Ruth Adler "
        + "campaign official said no.";
    EntityCluster mills = entity(t, "Harlow Mills", EntityType.ORGANIZATION);
    EntityCluster adler = entity(t, "Ruth Adler", EntityType.PERSON);
    assertThat(link(t, List.of(mills, adler), "A former Harlow Mills executive", "executive"))
        .isNull();
    assertThat(link(t, List.of(mills, adler), "A Ruth Adler campaign official", "official"))
        .isNull();
  }

  @Test
  void appositionBeforeTheNameLinks() {
    String t = "The Mayor of Greater Harwich, Anne Burle, went further. The mayor said no.";
    EntityCluster burle = entity(t, "Anne Burle", EntityType.PERSON);
    assertThat(link(t, List.of(burle), "The mayor", "mayor")).isSameAs(burle);
  }

  @Test
  void possessiveAppositionBeforeTheNameLinks() {
    String t = "He denied it. His lawyer, Sam Ortega, called it a smear. The lawyer said more.";
    EntityCluster ortega = entity(t, "Sam Ortega", EntityType.PERSON);
    assertThat(link(t, List.of(ortega), "The lawyer", "lawyer")).isSameAs(ortega);
  }

  @Test
  void phraseBeforeACommaOpenedByAVerbIsNoApposition() {
    String t = "Asked about the mayor, Anne Burle said nothing. The mayor said no.";
    EntityCluster burle = entity(t, "Anne Burle", EntityType.PERSON);
    assertThat(link(t, List.of(burle), "The mayor", "mayor")).isNull();
  }

  @Test
  void institutionIsTheOrganisationWhoseNameItHeads() {
    String t = "The National Storm Center said winds eased. Later the center said more.";
    EntityCluster center = entity(t, "National Storm Center", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(center), "the center", "center")).isSameAs(center);
  }

  @Test
  void aTitleDoesNotReachBackOverAnotherName() {
    String t = "Ohio Gov. John Kasich shook hands with former Florida Gov. Jeb Bush. The Ohio "
        + "governor said no.";
    EntityCluster kasich = entity(t, "John Kasich", EntityType.PERSON);
    EntityCluster bush = entity(t, "Jeb Bush", EntityType.PERSON);
    assertThat(link(t, List.of(kasich, bush), "The Ohio governor", "governor")).isSameAs(kasich);
  }

  @Test
  void aBodysNameInTheTitleIsPartOfIt() {
    String t = "PAHO Director Carissa Etienne spoke on Monday. The PAHO Director urged more tests.";
    EntityCluster paho = entity(t, "PAHO", EntityType.ORGANIZATION);
    EntityCluster etienne = entity(t, "Carissa Etienne", EntityType.PERSON);
    assertThat(link(t, List.of(paho, etienne), "The PAHO Director", "Director"))
        .isSameAs(etienne);
  }

  @Test
  void aStatesPartymanIsTheOneNamedWithThatPartyAndState() {
    String t = "Sen. Sam Nunn, D-Ga., and Sen. Bob Dole, R-Kan., met. Rep. Ann Cole (D-N.Y.) "
        + "came too. The Georgia Democrat said no. The New York Democrat agreed.";
    EntityCluster nunn = entity(t, "Sam Nunn", EntityType.PERSON);
    EntityCluster dole = entity(t, "Bob Dole", EntityType.PERSON);
    EntityCluster cole = entity(t, "Ann Cole", EntityType.PERSON);
    List<EntityCluster> all = List.of(nunn, dole, cole);
    assertThat(link(t, all, "The Georgia Democrat", "Democrat")).isSameAs(nunn);
    assertThat(link(t, all, "The New York Democrat", "Democrat")).isSameAs(cole);
    assertThat(link(t + " The Kansas Democrat left.", all, "The Kansas Democrat", "Democrat"))
        .isNull();
  }

  @Test
  void theAgencyIsAGovernmentAgencyNamedAnAdministrationOrAService() {
    String t = "The Federal Road Safety Administration opened a review. The agency said more. "
        + "The Coast Service agreed, the agency said.";
    EntityCluster roads = entity(t, "Federal Road Safety Administration",
        EntityType.ORGANIZATION);
    EntityCluster coast = entity(t, "Coast Service", EntityType.ORGANIZATION);
    int first = t.indexOf("The agency");
    assertThat(new DescriptionLink(t, List.of(roads, coast), List.of()).link(first, first + 10, "agency"))
        .isSameAs(roads);
    assertThat(link(t, List.of(roads, coast), "the agency", "agency")).isSameAs(coast);
  }

  @Test
  void theAgencyIsNotAnEarlierAgencyWhenAnotherBodyWasNamedSince() {
    String t = "The Market Trading Commission fined the firm. Officials at Harbor Enforcement "
        + "Investigations were concerned. In a memo, the agency suggested an end.";
    EntityCluster commission = entity(t, "Market Trading Commission", EntityType.ORGANIZATION);
    EntityCluster harbor = entity(t, "Harbor Enforcement Investigations",
        EntityType.ORGANIZATION);
    assertThat(link(t, List.of(commission, harbor), "the agency", "agency")).isNull();
  }

  @Test
  void theAgencyIsStillANameHeadedAgencyThoughAnotherBodyWasNamedSince() {
    String t = "The official Harbor News Agency reported the visits. Teams from the Relief Council "
        + "toured two sites, the agency reported.";
    EntityCluster news = entity(t, "Harbor News Agency", EntityType.ORGANIZATION);
    EntityCluster council = entity(t, "Relief Council", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(news, council), "the agency", "agency")).isSameAs(news);
  }

  @Test
  void theAgencyIsNoCompanyOrCommittee() {
    String t = "The Harlow Mining Corporation and the Budget Committee met. The agency said no.";
    EntityCluster mining = entity(t, "Harlow Mining Corporation", EntityType.ORGANIZATION);
    EntityCluster committee = entity(t, "Budget Committee", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(mining, committee), "The agency", "agency")).isNull();
  }

  @Test
  void institutionHeadsANameBeforeOf() {
    String t = "The Ministry of Fisheries and the Coast Board met. The ministry said no.";
    EntityCluster ministry = entity(t, "Ministry of Fisheries", EntityType.ORGANIZATION);
    EntityCluster board = entity(t, "Coast Board", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(ministry, board), "The ministry", "ministry")).isSameAs(ministry);
  }

  @Test
  void institutionWithACapitalisedWordNotInTheNameIsAnother() {
    String t = "The House Budget Committee met. The Senate committee said no.";
    EntityCluster house = entity(t, "House Budget Committee", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(house), "The Senate committee", "committee")).isNull();
  }

  @Test
  void placeNamedLikeAnInstitutionIsNone() {
    String t = "Harlow State met. The state said no.";
    EntityCluster harlow = entity(t, "Harlow State", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(harlow), "The state", "state")).isNull();
  }

  @Test
  void institutionSpokesmanSpeaksForTheOrganisationItsWordHeads() {
    String t = "According to the Bureau of Tides, the river peaked. A bureau spokesman said so. "
        + "A ministry official said no.";
    EntityCluster bureau = entity(t, "Bureau of Tides", EntityType.ORGANIZATION);
    assertThat(link(t, List.of(bureau), "A bureau spokesman", "spokesman")).isSameAs(bureau);
    assertThat(link(t, List.of(bureau), "A ministry official", "official")).isNull();
  }

  @Test
  void anAgeDescriptionIsThePersonWhoseAgeWasGiven() {
    String t = "Robert Kline, 34, of Evanston, was charged. Ann Ross (29) saw it. The 34-year-old "
        + "said no. The 29-year-old said yes. The 51-year-old said nothing.";
    EntityCluster kline = entity(t, "Robert Kline", EntityType.PERSON);
    EntityCluster ross = entity(t, "Ann Ross", EntityType.PERSON);
    List<EntityCluster> both = List.of(kline, ross);
    assertThat(link(t, both, "The 34-year-old", "34-year-old")).isSameAs(kline);
    assertThat(link(t, both, "The 29-year-old", "29-year-old")).isSameAs(ross);
    assertThat(link(t, both, "The 51-year-old", "51-year-old")).isNull();
  }

  @Test
  void anAgeNotGivenBeforeIsTheSubjectOfTheSentenceBeforeTheQuotation() {
    String t = "Alan Brook praised his striker. \u2018He has a lot to learn,\u2019 the 52-year-old "
        + "said.";
    EntityCluster brook = entity(t, "Alan Brook", EntityType.PERSON);
    assertThat(link(t, List.of(brook), "the 52-year-old", "52-year-old")).isSameAs(brook);
    String wire = "Dean Parry, 19, made his debut. ``I just hoped. It went in,'' the teenager said.";
    EntityCluster parry = entity(wire, "Dean Parry", EntityType.PERSON);
    assertThat(link(wire, List.of(parry), "the teenager", "teenager")).isSameAs(parry);
    String straight = "Dean Parry made his debut.\n\n'It's a dream,' the youngster said.";
    EntityCluster debut = entity(straight, "Dean Parry", EntityType.PERSON);
    assertThat(link(straight, List.of(debut), "the youngster", "youngster")).isSameAs(debut);
  }

  @Test
  void theTeenagerIsFirstTheOneDescribedSo() {
    String t = "Dean Parry, a teenager, scored twice. Alan Brook praised him. "
        + "\u201cI just hoped,\u201d the teenager said.";
    EntityCluster parry = entity(t, "Dean Parry", EntityType.PERSON);
    EntityCluster brook = entity(t, "Alan Brook", EntityType.PERSON);
    assertThat(link(t, List.of(parry, brook), "the teenager", "teenager")).isSameAs(parry);
  }

  @Test
  void anAgeAfterAQuotationIsNobodysWhenTheSentenceBeforeNamesAnother() {
    String t = "Alan Brook praised Dean Parry. \u201cHe has a lot to learn,\u201d the "
        + "52-year-old said.";
    EntityCluster brook = entity(t, "Alan Brook", EntityType.PERSON);
    EntityCluster parry = entity(t, "Dean Parry", EntityType.PERSON);
    assertThat(link(t, List.of(brook, parry), "the 52-year-old", "52-year-old")).isNull();
    String reported = "Alan Brook spoke. He said \u201cno,\u201d the 52-year-old said.";
    EntityCluster spoke = entity(reported, "Alan Brook", EntityType.PERSON);
    assertThat(link(reported, List.of(spoke), "the 52-year-old", "52-year-old")).isNull();
  }

  @Test
  void aPersonOfANationAfterAQuotationIsTheSubjectJustBefore() {
    String t = "Thiago Silva scored twice on Saturday.\n\n\u201cIt was special,\u201d the "
        + "Brazilian said.";
    EntityCluster silva = entity(t, "Thiago Silva", EntityType.PERSON);
    assertThat(link(t, List.of(silva), "the Brazilian", "Brazilian")).isSameAs(silva);
  }

  @Test
  void aPersonOfANationAfterTheVerbTakesTheSubjectAfterTheirTitle() {
    String t = "Chelsea coach Mauricio Pochettino praised his captain. \u201cHe is an example,"
        + "\u201d said the Argentine.";
    EntityCluster chelsea = entity(t, "Chelsea", EntityType.ORGANIZATION);
    EntityCluster poch = entity(t, "Mauricio Pochettino", EntityType.PERSON);
    assertThat(link(t, List.of(chelsea, poch), "the Argentine", "Argentine")).isSameAs(poch);
  }

  @Test
  void aPersonOfANationIsNobodyWhenTwoPeopleWereNamedBefore() {
    String t = "Andy Murray beat Gael Monfils on Wednesday. \u2018I never gave up,\u2019 the Scot "
        + "said.";
    EntityCluster murray = entity(t, "Andy Murray", EntityType.PERSON);
    EntityCluster monfils = entity(t, "Gael Monfils", EntityType.PERSON);
    assertThat(link(t, List.of(murray, monfils), "the Scot", "Scot")).isNull();
  }

  @Test
  void aPeopleNamedByItsNationIsNoOnePerson() {
    assertThat(Demonyms.isPersonNoun("Frenchman")).isTrue();
    assertThat(Demonyms.isPersonNoun("Scot")).isTrue();
    assertThat(Demonyms.isPersonNoun("French")).isFalse();
    assertThat(Demonyms.isPersonNoun("Chinese")).isFalse();
    assertThat(Demonyms.isPersonNoun("Guardian")).isFalse();
  }

  @Test
  void aKinshipNounIsNotAPersonOfTheOtherSex() {
    String t = "John Hogan, 74, lost his home. \u201cI have lived here,\u201d the grandmother "
        + "said.";
    EntityCluster hogan = entity(t, "John Hogan", EntityType.PERSON);
    assertThat(link(t, List.of(hogan), "the grandmother", "grandmother")).isNull();
    String her = "Mary Hogan, 74, lost her home. \u201cI have lived here,\u201d the grandmother "
        + "said.";
    EntityCluster mary = entity(her, "Mary Hogan", EntityType.PERSON);
    assertThat(link(her, List.of(mary), "the grandmother", "grandmother")).isSameAs(mary);
  }

  @Test
  void aPossessedDescriptionIsTheOneSoDescribedBefore() {
    String t = "Her daughter, Carol Hayes, said the cause was heart failure. \u201cShe never "
        + "stopped,\u201d her daughter said.";
    EntityCluster carol = entity(t, "Carol Hayes", EntityType.PERSON);
    assertThat(link(t, List.of(carol), "her daughter", "daughter")).isSameAs(carol);
    String other = "His daughter, Carol Hayes, said the cause was heart failure. \u201cShe never "
        + "stopped,\u201d her daughter said.";
    EntityCluster named = entity(other, "Carol Hayes", EntityType.PERSON);
    assertThat(link(other, List.of(named), "her daughter", "daughter")).isNull();
  }
}
