package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Quote attribution patterns of news writing, each on a tiny article through the real pipeline. */
@Tag("models")
class AttributionTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2024-03-14"));
  }

  private static Quote quoteStarting(ArticleFacts facts, String prefix) {
    return facts.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + prefix + " in " + facts.quotes()));
  }

  private static String speakerEntityName(ArticleFacts facts, Quote quote) {
    assertThat(quote.speaker()).as("speaker of " + quote.text()).isNotNull();
    return facts.entities().stream().filter(e -> e.id().equals(quote.speaker().entityId()))
        .map(Entity::name).findFirst().orElse(null);
  }

  @Test
  void creditsSubjectOfSaidAfterQuote() {
    ArticleFacts f = run("Maria Lopez runs the port authority.\n\n"
        + "“We expect record traffic this summer,” Lopez said on Tuesday.");
    Quote q = quoteStarting(f, "We expect");
    assertThat(q.speaker().text()).isEqualTo("Lopez");
    assertThat(speakerEntityName(f, q)).isEqualTo("Maria Lopez");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void creditsInvertedSaidX() {
    ArticleFacts f = run("“The bridge will reopen in May,” said Daniel Okafor, the city engineer.");
    Quote q = quoteStarting(f, "The bridge");
    assertThat(speakerEntityName(f, q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void creditsSpeakerWhoToldANewsConference() {
    ArticleFacts f = run("Prime Minister Anna Berg told a news conference the plan “will cut "
        + "waiting times in half.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "will cut"))).isEqualTo("Anna Berg");
  }

  @Test
  void creditsAccordingTo() {
    ArticleFacts f = run("The storm was “the worst in a generation,” according to the "
        + "National Weather Service.");
    Quote q = quoteStarting(f, "the worst");
    assertThat(q.speaker().text()).isEqualTo("the National Weather Service");
    assertThat(q.cue()).isEqualTo("according to");
  }

  @Test
  void creditsInvertedSubjectOfAnyVerbAfterQuoteClosedByComma() {
    // quotative inversion: verb before its subject, outside every reporting-verb list
    ArticleFacts f = run("The council met on Monday.\n\n"
        + "\"Drivers should slow down near the schools,\" opined Harold Pike.");
    assertThat(speakerEntityName(f, quoteStarting(f, "Drivers"))).isEqualTo("Harold Pike");
  }

  @Test
  void creditsDocumentAfterInvertedVerbTheParserCallsAnObject() {
    ArticleFacts f = run("The campaign wrote to its donors.\n\n"
        + "\"Ours is the best organised team in the state,\" read the campaign's letter.");
    assertThat(quoteStarting(f, "Ours").speaker().text()).isEqualTo("the campaign's letter");
  }

  @Test
  void noInversionWhenVerbIsNotRightAfterTheQuote() {
    // "wrote" with its own subject before it is the ordinary order, read as before
    ArticleFacts f = run("\"Ours is the best organised team in the state,\" the letter's "
        + "author, Maria Lopez, wrote.");
    assertThat(speakerEntityName(f, quoteStarting(f, "Ours"))).isEqualTo("Maria Lopez");
  }

  @Test
  void creditsStatementAsSpeaker() {
    ArticleFacts f = run("The company “remains committed to the project”, the statement said.");
    assertThat(quoteStarting(f, "remains").speaker().text()).isEqualTo("the statement");
  }

  @Test
  void creditsSpeakerOfSaidInAStatementThat() {
    ArticleFacts f = run("The Health Ministry said in a statement that it “will not tolerate "
        + "delays.”");
    Quote q = quoteStarting(f, "will not");
    assertThat(q.speaker().text()).isEqualTo("The Health Ministry");
    assertThat(speakerEntityName(f, q)).isEqualTo("Health Ministry");
  }

  @Test
  void resolvesHeSaidToThePersonNamedBefore() {
    ArticleFacts f = run("Senator Tom Reyes spoke after the vote.\n\n"
        + "“This is a good day for farmers,” he said.");
    Quote q = quoteStarting(f, "This is a good day");
    assertThat(q.speaker().text()).isEqualTo("he");
    assertThat(speakerEntityName(f, q)).isEqualTo("Tom Reyes");
  }

  @Test
  void creditsPartialQuoteInsideReportedSpeech() {
    ArticleFacts f = run("Viktor Hale met reporters on Monday.\n\n"
        + "Hale last week called the deal an “historic” step.");
    assertThat(speakerEntityName(f, quoteStarting(f, "historic"))).isEqualTo("Viktor Hale");
  }

  @Test
  void unnamedSpeakerKeepsItsWordsWithoutEntity() {
    ArticleFacts f = run("A senior defense official said the talks were “productive and frank.”");
    Quote q = quoteStarting(f, "productive");
    assertThat(q.speaker().text()).isEqualTo("A senior defense official");
    assertThat(q.speaker().entityId()).isNull();
  }

  @Test
  void multiParagraphQuoteIsOneQuotePerParagraphEachWithItsSpeaker() {
    ArticleFacts f = run("Coach Sara Lind was blunt after the loss.\n\n"
        + "“We were not ready,” Lind said. “Nobody was sharp.\n\n"
        + "“We have to start again on Monday.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We were not ready"))).isEqualTo("Sara Lind");
    Quote continued = quoteStarting(f, "Nobody was sharp");
    assertThat(continued.text()).isEqualTo("Nobody was sharp.");
    assertThat(speakerEntityName(f, continued)).isEqualTo("Sara Lind");
    Quote next = quoteStarting(f, "We have to start again");
    assertThat(next.text()).isEqualTo("We have to start again on Monday.");
    assertThat(speakerEntityName(f, next)).isEqualTo("Sara Lind");
  }

  @Test
  void headingInQuotationMarksGetsNoSpeaker() {
    ArticleFacts f = run("Officials met on Friday, the ministry said.\n\n“Grave Danger”\n\n"
        + "The report was published later.");
    assertThat(quoteStarting(f, "Grave Danger").speaker()).isNull();
  }

  @Test
  void quoteAfterIntroducingColonIsCredited() {
    ArticleFacts f = run("Mayor Ellen Park put it simply:\n\n“The city cannot wait.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "The city"))).isEqualTo("Ellen Park");
  }

  @Test
  void speakerOffsetsPointAtTheSpeakerWords() {
    ArticleFacts f = run("“Prices will fall,” economist Raj Patel said.");
    Quote q = quoteStarting(f, "Prices");
    String text = f.text();
    assertThat(text.substring(q.speaker().start(), q.speaker().end())).isEqualTo(q.speaker().text());
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
  }

  @Test
  void creditsDescriptionAfterSaidWhenTheParseGivesNoSubject() {
    ArticleFacts f = run("The singer thanked the crowd.\n\n"
        + "“Donald is an amazing leader,” said the 46-year-old.");
    assertThat(quoteStarting(f, "Donald is").speaker().text()).isEqualTo("the 46-year-old");
  }

  @Test
  void creditsSubjectOfTheActTheQuoteBelongsTo() {
    ArticleFacts f = run("Senator Hal Brooks spoke in Albany.\n\n"
        + "Brooks blamed the ban on “short-sighted politicians.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "short-sighted"))).isEqualTo("Hal Brooks");
  }

  @Test
  void pronounSkipsTheNearerPersonOfTheOtherGender() {
    ArticleFacts f = run("John Carter met Maria Lopez on Monday.\n\n"
        + "“The deal is done,” he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The deal"))).isEqualTo("John Carter");
  }

  @Test
  void creditsBritishSingleMarkQuotation() {
    ArticleFacts f = run("‘We are investing more than any government before us,’ Mark Harper "
        + "told the BBC on Sunday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "We are investing"))).isEqualTo("Mark Harper");
  }

  @Test
  void creditsWireArchiveQuotation() {
    ArticleFacts f = run("``We got most of what we asked for,'' said union steward Ed Kowalski.");
    assertThat(speakerEntityName(f, quoteStarting(f, "We got most"))).isEqualTo("Ed Kowalski");
  }

  @Test
  void creditsInvertedVerbOpeningTheSentence() {
    ArticleFacts f = run("Mark Ellis runs the harbour board.\n\n"
        + "Continued Ellis: “The dredging will be finished by June.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "The dredging"))).isEqualTo("Mark Ellis");
  }

  @Test
  void quoteParagraphAloneIsCreditedToTheSubjectOfTheParagraphBefore() {
    ArticleFacts f = run("Priya Natarajan praised the new library budget on Monday.\n\n"
        + "“It gives every school in the county a reading room.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "It gives"))).isEqualTo("Priya Natarajan");
  }

  @Test
  void quoteParagraphAloneIsCreditedToADescriptionTheArticleTiedToAName() {
    ArticleFacts f = run("Governor Ana Ruiz announced the arrest on Thursday.\n\n"
        + "Later, the governor also indicated that she will publish the report.\n\n"
        + "“The people of the islands deserve to see what it says.”");
    Quote q = quoteStarting(f, "The people");
    assertThat(q.speaker().text()).isEqualTo("the governor");
    assertThat(speakerEntityName(f, q)).isEqualTo("Ana Ruiz");
  }

  @Test
  void quoteParagraphAfterADescriptionNoNameCarriesGetsNoSpeaker() {
    ArticleFacts f = run("The storm closed the harbour on Thursday.\n\n"
        + "Later, the governor also indicated that the ferries will wait.\n\n"
        + "“The people of the islands deserve to see what it says.”");
    assertThat(quoteStarting(f, "The people").speaker()).isNull();
  }

  @Test
  void quotationInAParagraphThatNamesSomeoneNewDoesNotContinueTheLastSpeaker() {
    ArticleFacts f = run("“It was the best night of the season,” Ruth Okafor told the paper. “We "
        + "sold every seat.”\n\nCouncillor Tomas Reyes, who chairs the arts committee, named "
        + "“Winter Lights” as his favourite show.");
    assertThat(quoteStarting(f, "We sold").speaker().text()).isEqualTo("Ruth Okafor");
    Quote title = quoteStarting(f, "Winter Lights");
    assertThat(title.speaker() == null || !"Ruth Okafor".equals(speakerEntityName(f, title)))
        .isTrue();
  }

  @Test
  void quoteParagraphOpeningWithItsMarkStillContinuesTheLastSpeaker() {
    ArticleFacts f = run("“It was the best night of the season,” Ruth Okafor told the paper.\n\n"
        + "“We sold every seat, and Tomas Reyes says the hall will open again in May.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We sold"))).isEqualTo("Ruth Okafor");
  }

  @Test
  void nameBeforeItsAppositionAndSaidSpeaksAQuotationWithWeAre() {
    // the parser reads "we're" as the passive of "said" and its speaker as a passive subject
    ArticleFacts f = run("\"This really shows we're back in the game,\" Maria Olsen, head of the "
        + "Oslo-based company's research unit, said in a telephone interview.\n\n\"It means we're "
        + "back on track,\" Ana Costa, chief of the Lisbon-based group's fund arm, said on Monday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "This really"))).isEqualTo("Maria Olsen");
    assertThat(speakerEntityName(f, quoteStarting(f, "It means"))).isEqualTo("Ana Costa");
  }

  @Test
  void nameSetOffByAPhraseBeforeItsVerbSpeaks() {
    // the parser hangs both the name and the verb on the quotation's own clause
    ArticleFacts f = run("\"Nobody needs a permit to hold a meeting in this city,\" Okafor, in "
        + "Lagos for a visit, told Reuters. \"As long as they keep the law, that is their "
        + "business.\"\n\nLindqvist, unwilling to leave the paddock until the result of the "
        + "photo-finish was known, said: \"Thirty years and I have never won here.\"");
    assertThat(quoteStarting(f, "Nobody needs").speaker().text()).isEqualTo("Okafor");
    assertThat(quoteStarting(f, "As long as").speaker().text()).isEqualTo("Okafor");
    assertThat(quoteStarting(f, "Thirty years").speaker().text()).isEqualTo("Lindqvist");
  }

  @Test
  void headlineWhoseNameRunsOverItsVerbIsReadWithoutFailing() {
    // NER runs "Marina Solis Got Real About Being Called" together: the name ends past the verb
    ArticleFacts f = SharedPipeline.get().process(Articles.of("9\n\nMarina Solis Got Real About "
        + "Being Called “A Real Boss.”\n\nGetty.\n\n“Harbour Lights” star Marina Solis opened up "
        + "about being described as a “real boss” in an interview.", null));
    assertThat(f.quotes()).extracting(Quote::text).contains("real boss");
  }

  @Test
  void nicknameInsideTheSpeakersNameIsNobodysWordsButTheRunGoesOn() {
    ArticleFacts f = run("Cookout opens the season\n\nState Del. Marcia \"Cia\" Lopez, his niece, "
        + "shouted to the crowd: \"This is a big year for all of us!\"\n\n\"We have to show "
        + "that we have his back.\"");
    assertThat(quoteStarting(f, "Cia").speaker()).isNull();
    assertThat(quoteStarting(f, "This is").speaker().text()).isEqualTo("Marcia \"Cia\" Lopez");
    assertThat(quoteStarting(f, "We have").speaker().text()).isEqualTo("Marcia \"Cia\" Lopez");
  }

  @Test
  void speakerPhraseLeavesOutWhatTheSpeakerSpokeAbout() {
    ArticleFacts f = run("“She should be seeded the way she is playing right now,” said Anders "
        + "Lund about the decision to move her up the draw.");
    assertThat(quoteStarting(f, "She should").speaker().text()).isEqualTo("Anders Lund");
  }

  @Test
  void quoteParagraphAfterAParagraphWithoutNamedSubjectGetsNoSpeaker() {
    ArticleFacts f = run("The library budget passed on Monday.\n\n"
        + "“It gives every school in the county a reading room.”");
    assertThat(quoteStarting(f, "It gives").speaker()).isNull();
  }

  @Test
  void secondQuoteAfterTheSpeakersOwnSentenceKeepsTheSpeaker() {
    ArticleFacts f = run("“Will the ferry run in winter?” Tomas Reyes asked. “The island needs it "
        + "all year.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "The island"))).isEqualTo("Tomas Reyes");
  }

  @Test
  void roleDescriptionLinksToTheNameThatCarriedTheTitle() {
    ArticleFacts f = run("Defense Secretary Lloyd Austin visited the base on Monday.\n\n"
        + "“Our crews are ready,” the secretary said.");
    Quote q = quoteStarting(f, "Our crews");
    assertThat(q.speaker().text()).isEqualTo("the secretary");
    assertThat(speakerEntityName(f, q)).isEqualTo("Lloyd Austin");
  }

  @Test
  void descriptionLinksToTheNameItWasAppositionTo() {
    ArticleFacts f = run("Greta Lindqvist, the port's chief engineer, inspected the pier.\n\n"
        + "“The pilings will hold,” the engineer said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The pilings"))).isEqualTo("Greta Lindqvist");
  }

  @Test
  void descriptionWithTheNameInAppositionKeepsItsWordsAndLinksTheName() {
    ArticleFacts f = run("“We will reopen the road on Friday,” the city's mayor, Ana Ruiz, said "
        + "on Tuesday.");
    Quote q = quoteStarting(f, "We will reopen");
    assertThat(q.speaker().text()).isEqualTo("the city's mayor");
    assertThat(speakerEntityName(f, q)).isEqualTo("Ana Ruiz");
  }

  @Test
  void spokesmanForAnOrganisationLinksToTheOrganisation() {
    ArticleFacts f = run("“The talks will resume next week,” a spokesman for the World Health "
        + "Organization said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The talks"))).isEqualTo(
        "World Health Organization");
  }

  @Test
  void descriptionNoNameCarriedStaysUnlinked() {
    ArticleFacts f = run("The storm closed two roads on Tuesday.\n\n"
        + "“We expect delays all week,” the minister said.");
    Quote q = quoteStarting(f, "We expect");
    assertThat(q.speaker().text()).isEqualTo("the minister");
    assertThat(q.speaker().entityId()).isNull();
  }

  @Test
  void theyGoesToTheOrganisationThatIsTheSubjectBefore() {
    ArticleFacts f = run("The Riverside Planning Board met on Monday night.\n\n"
        + "“The tram line stays,” they said in a statement.");
    Quote q = quoteStarting(f, "The tram");
    assertThat(q.speaker().text()).isEqualTo("they");
    assertThat(speakerEntityName(f, q)).isEqualTo("Riverside Planning Board");
  }

  @Test
  void theyAfterAPluralNounIsNotLinked() {
    ArticleFacts f = run("The Riverside Planning Board angered residents on Monday.\n\n"
        + "“The tram line must go,” they said.");
    assertThat(quoteStarting(f, "The tram").speaker().entityId()).isNull();
  }

  @Test
  void partyAndStateInBracketsAfterTheNameKeepTheSpeaker() {
    ArticleFacts f = run("“The levee money is overdue,” Rep. Ann Whitfield (D-Wis.) said Friday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The levee"))).isEqualTo("Ann Whitfield");
  }

  @Test
  void wireStylePartyAndStateBetweenCommasKeepTheSpeaker() {
    ArticleFacts f = run("``The bill is dead for this session,'' Sen. Edward Hollis, D-Mass., "
        + "said Tuesday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The bill is dead"))).isEqualTo(
        "Edward Hollis");
  }

  @Test
  void wireStyleRunOfQuoteParagraphsKeepsItsSpeaker() {
    ArticleFacts f = run("WASHINGTON (AP) -- Budget talks collapsed on Tuesday.\n\n"
        + "``We are further apart than we were in June,'' said Martin Feld, the chief "
        + "negotiator.\n\n``Nobody has moved an inch,'' he said.\n\n"
        + "``We will meet again on Friday.''");
    assertThat(speakerEntityName(f, quoteStarting(f, "Nobody has moved"))).isEqualTo(
        "Martin Feld");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will meet"))).isEqualTo("Martin Feld");
  }

  @Test
  void heAddedTakesThePersonJustCredited() {
    ArticleFacts f = run("“The harvest was late,” farmer Nora Quist said. She added: “Prices "
        + "will rise.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "Prices will"))).isEqualTo("Nora Quist");
  }

  @Test
  void theOfficialSaidLinksToTheNameThatCarriedTheTitle() {
    ArticleFacts f = run("Transport official Dana Whitcombe inspected the bridge.\n\n"
        + "“The cracks are on the surface,” the official said.");
    Quote q = quoteStarting(f, "The cracks");
    assertThat(q.speaker().text()).isEqualTo("the official");
    assertThat(speakerEntityName(f, q)).isEqualTo("Dana Whitcombe");
  }

  @Test
  void aSpokeswomanForAnOrganisationLinksToTheOrganisation() {
    ArticleFacts f = run("“No flights were cancelled,” a spokeswoman for Lufthansa said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "No flights"))).isEqualTo("Lufthansa");
  }

  @Test
  void paragraphBeforeEndingInAColonIntroducesTheQuote() {
    ArticleFacts f = run("In a statement, the Interior Ministry said:\n\n"
        + "“The border crossings will stay open through the holidays.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "The border"))).isEqualTo("Interior Ministry");
  }

  @Test
  void quoteSentenceAfterASentenceAboutTheSpeakerInTheSameParagraph() {
    ArticleFacts f = run("Rosa Delgado announced the school closures on Monday. “We had no "
        + "other choice this winter.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We had no"))).isEqualTo("Rosa Delgado");
  }

  @Test
  void quotationSignedWithADashIsCreditedToTheSignature() {
    ArticleFacts f = run("Voters told us what they thought of the debate.\n\n"
        + "“He never answered a single question.” ― Lucia Ferreira\n"
        + "“I will vote for the first time this year.” ― Tomasz Nowak");
    assertThat(speakerEntityName(f, quoteStarting(f, "He never"))).isEqualTo("Lucia Ferreira");
    assertThat(speakerEntityName(f, quoteStarting(f, "I will vote"))).isEqualTo("Tomasz Nowak");
  }

  @Test
  void signatureWithTheSignersOfficeFirstIsCreditedToThePerson() {
    ArticleFacts f = run("Lawmakers spoke out after the vote.\n\n"
        + "“We are ready to talk.” — Speaker Ruth Kessler, in a post online\n"
        + "“Not like this.” — Sen. Omar Lindqvist");
    assertThat(speakerEntityName(f, quoteStarting(f, "We are ready"))).isEqualTo("Ruth Kessler");
    assertThat(speakerEntityName(f, quoteStarting(f, "Not like"))).isEqualTo("Omar Lindqvist");
  }

  @Test
  void itIsTheOrganisationThatWasTheSubjectBefore() {
    ArticleFacts f = run("Plans for 2,000 homes were approved on Monday.\n\n"
        + "The council said in a statement that work would start next year. “The homes will be "
        + "built to the highest standards,” it said.\n\nHarwich Borough Council first proposed "
        + "the scheme in 2019.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The homes"))).isNull();
    ArticleFacts named = run("Harwich Borough Council approved the plans on Monday.\n\n"
        + "The council said in a statement that work would start next year. “The homes will be "
        + "built to the highest standards,” it said.");
    assertThat(speakerEntityName(named, quoteStarting(named, "The homes")))
        .isEqualTo("Harwich Borough Council");
  }

  @Test
  void itAfterAThingAsSubjectMeansNoOrganisation() {
    ArticleFacts f = run("Harwich Borough Council approved the plans on Monday.\n\n"
        + "A report was published on Tuesday. “Costs will rise,” it said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "Costs will"))).isNull();
  }

  @Test
  void dashAfterAQuoteInProseSignsNothing() {
    ArticleFacts f = run("Karl Winter called the plan “a disgrace” — Lena Brandt agreed with "
        + "him.");
    assertThat(speakerEntityName(f, quoteStarting(f, "a disgrace"))).isEqualTo("Karl Winter");
  }

  @Test
  void quotationInAReportedClauseIsTheReportersWords() {
    ArticleFacts f = run("Governor Alma Reyes spoke in Tucson on Monday. She said her "
        + "administration would continue “to fight for every water right” in the state.");
    Quote q = quoteStarting(f, "to fight");
    assertThat(q.speaker().text()).isEqualTo("She");
    assertThat(speakerEntityName(f, q)).isEqualTo("Alma Reyes");
  }

  @Test
  void conjoinedReportingVerbSharingItsSubjectGivesTheOuterSpeaker() {
    ArticleFacts f = run("Tom Hadley praised his rival on Monday.\n\n"
        + "Hadley says he respects Ms. Ortiz and calls her “a tireless public servant.”");
    Quote q = quoteStarting(f, "a tireless");
    assertThat(q.speaker().text()).isEqualTo("Hadley");
  }

  @Test
  void conjoinedClauseWithItsOwnSubjectIsNotReportedByTheOther() {
    ArticleFacts f = run("A voter asked for a photo and Mayor Ruth Albers said, “only if it is "
        + "quick.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "only if"))).endsWith("Ruth Albers");
  }

  @Test
  void aVerbIsNeverCreditedAsTheSpeaker() {
    ArticleFacts f = run("Speaking at a town hall in Salem, Jane Roe went after her rival, "
        + "calling him “a total stiff.”");
    Quote q = quoteStarting(f, "a total stiff");
    assertThat(q.speaker() == null ? null : q.speaker().text()).isNotIn("Speaking", "calling");
  }

  @Test
  void verbIntroducingTheQuoteAfterAColonKeepsItsOwnSpeaker() {
    ArticleFacts f = run("After Ruth Albers said that minority students might do better at "
        + "“smaller schools,” Tom Hadley said: “I don't like what she said.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "I don't like"))).isEqualTo("Tom Hadley");
  }

  @Test
  void conjoinedVerbKeepsItsOwnCue() {
    ArticleFacts f = run("Kim Ryong declared the treaty “dead” and called for an “immediate” "
        + "withdrawal.");
    assertThat(quoteStarting(f, "immediate").cue()).isEqualTo("called");
  }

  @Test
  void longAttributionAfterAQuestionIsTheQuotationsOwn() {
    ArticleFacts f = run("Governor Elena Marsh criticised the mayor's budget on Friday.\n\n"
        + "“Who will pay for the new stadium, then?” Mayor Paul Drummond told the local radio "
        + "station in an interview broadcast on Saturday morning when asked about the costs.");
    Quote q = quoteStarting(f, "Who will pay");
    assertThat(speakerEntityName(f, q)).isEqualTo("Paul Drummond");
    assertThat(q.cue()).isEqualTo("told");
  }

  @Test
  void longSentenceAfterAQuotationEndingInAStopIsTheStoryGoingOn() {
    ArticleFacts f = run("Governor Elena Marsh criticised the budget on Friday, saying “the "
        + "stadium costs too much.” Mayor Paul Drummond told the local radio station in an "
        + "interview broadcast on Saturday morning that the costs were fair.");
    assertThat(speakerEntityName(f, quoteStarting(f, "the stadium"))).isEqualTo("Elena Marsh");
  }

  @Test
  void reportingClauseSetOffByCommasNamesTheSpeakerNotTheSubject() {
    ArticleFacts f = run("Senator Piotr Kowalski criticised the mayor on Monday.\n\n"
        + "Mayor Ana Ruiz, Kowalski said, had promised “a new bridge by spring” and built none.");
    Quote q = quoteStarting(f, "a new bridge");
    assertThat(q.speaker().text()).isEqualTo("Kowalski");
    assertThat(speakerEntityName(f, q)).isEqualTo("Piotr Kowalski");
  }

  @Test
  void nameAfterAnIntroductoryPhraseStaysTheSpeaker() {
    ArticleFacts f = run("On Monday in Gdansk, Mayor Ana Ruiz said, “The bridge will open in May.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "The bridge"))).endsWith("Ana Ruiz");
  }

  @Test
  void turnOfADialogueBesideTheQuotationNamesItsSpeaker() {
    ArticleFacts f = run("Councillor Rosa Menendez said the depot would cost too much.\n\n"
        + "“The depot pays for itself in four years,” Harold Pike shot back.");
    Quote q = quoteStarting(f, "The depot pays");
    assertThat(speakerEntityName(f, q)).isEqualTo("Harold Pike");
  }

  @Test
  void mannerOfSpeakingBesideTheQuotationNamesItsSpeaker() {
    ArticleFacts f = run("Councillor Rosa Menendez watched the vote from the gallery.\n\n"
        + "“This is fantastic!” beamed Harold Pike of Leeds, who had campaigned for the depot.\n\n"
        + "“We will see about that,” Menendez shrugged.");
    assertThat(speakerEntityName(f, quoteStarting(f, "This is fantastic"))).isEqualTo("Harold Pike");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will see"))).isEqualTo("Rosa Menendez");
  }

  @Test
  void participleOfMannerBesideTheQuotationIsNoTurn() {
    ArticleFacts f = run("Acts of protest, Ms. Lane said, are acts of patriotism, like wearing a "
        + "T-shirt with the words “I can't breathe,” as Eric Garner, gasping on a sidewalk, said "
        + "before he died.");
    Quote q = quoteStarting(f, "I can't breathe");
    assertThat(q.speaker() == null ? null : q.speaker().text()).isNotEqualTo("Acts of protest");
  }

  @Test
  void turnVerbAwayFromAnyQuotationReportsNothing() {
    ArticleFacts f = run("Harold Pike went on to win the seat. The council called the plan "
        + "“a gift to developers.”");
    Quote q = quoteStarting(f, "a gift");
    assertThat(q.speaker() == null ? null : q.speaker().text()).isNotEqualTo("Harold Pike");
  }

  @Test
  void aThingThatActsIsNoSpeaker() {
    ArticleFacts f = run("The river rose through the night.\n\n"
        + "By morning the old footbridge seemed “on its last legs.”");
    Quote q = quoteStarting(f, "on its last legs");
    assertThat(q.speaker() == null ? null : q.speaker().text()).isNull();
  }

  @Test
  void aDocumentIsASpeakerEvenWithoutAReportingVerb() {
    ArticleFacts f = run("The council met on Monday.\n\n"
        + "Its statement blamed the delay on “years of neglect by the county.”");
    Quote q = quoteStarting(f, "years of neglect");
    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().text()).isEqualTo("Its statement");
  }

  @Test
  void theOneAnAgencyQuotesAsSayingIsTheSpeaker() {
    ArticleFacts f = run("“The budget will balance by spring,” the state news agency Nordpress "
        + "quoted Finance Minister Olga Brandt as saying.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The budget"))).endsWith("Olga Brandt");
  }

  @Test
  void thePersonQuotedAsSayingInThePassiveIsTheSpeaker() {
    ArticleFacts f = run("Coach Anton Weller was quoted as saying: “We will fight for every "
        + "point.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will fight"))).endsWith("Anton Weller");
  }

  @Test
  void heSkipsTheFirmNamedAfterAtInTheSpeakersApposition() {
    ArticleFacts f = run("“Bonds will rally,” said Peter Okafor, chief strategist at Thomas "
        + "Whitfield.\n\n“We could see yields fall another half point,” he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "We could see"))).isEqualTo("Peter Okafor");
  }

  @Test
  void participleAfterACommaTakesTheMainClausesSubject() {
    ArticleFacts f = run("Mayor Ana Ruiz presented the levy as a way to repair the old bridges, "
        + "noting that the county had left the city “no other choice this year.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "no other choice"))).endsWith("Ana Ruiz");
  }

  @Test
  void participleAfterACommaSkipsTheSubjectOfAnEmbeddedClause() {
    ArticleFacts f = run("Councillor Harold Pike denied that a strike was coming, explaining that "
        + "the drivers were only “taking a long weekend.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "taking a long"))).endsWith("Harold Pike");
  }

  @Test
  void aDemonstrativeBesideAReportingVerbIsNoSpeaker() {
    ArticleFacts f = run("“The ferry will run every hour,” Captain Olga Brandt said. “Tourists "
        + "will find it easy.”\n\nThat adds pressure on the crew.");
    Quote q = quoteStarting(f, "Tourists will");
    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().text()).isNotEqualToIgnoringCase("That");
  }

  @Test
  void aQuotationOpeningItsSentenceWithACommaIsAnsweredByTheVerbAfterIt() {
    ArticleFacts f = run("The council voted to raise the stadium levy on Monday.\n\n"
        + "“Not one more cent for that stadium,” Councillor Rosa Menendez fumed.");
    assertThat(speakerEntityName(f, quoteStarting(f, "Not one more"))).endsWith("Rosa Menendez");
  }

  @Test
  void aVerbAfterAQuotationClosedByAStopIsNoAttribution() {
    ArticleFacts f = run("“We will rebuild the pier.” The mayor smiled at the crowd.");
    Quote q = quoteStarting(f, "We will rebuild");
    assertThat(q.speaker() == null ? null : q.speaker().text()).isNotEqualTo("The mayor");
  }

  @Test
  void aReportingVerbInTheNextParagraphIsNotTheQuotationsAttribution() {
    ArticleFacts f = run("\"The pool will pay for itself,\" said Mayor Ana Ruiz. \"People want it. "
        + "They expect you to fix the roads too.\"\nCouncillor Harold Pike hit back, saying "
        + "the town could not afford either.\n");
    Quote q = quoteStarting(f, "People want it");
    assertThat(speakerEntityName(f, q)).endsWith("Ana Ruiz");
  }

  @Test
  void theHolderOfANounOfSayingIsTheSourceOfTheQuotationInItsPhrase() {
    ArticleFacts f = run("Mayor Olga Brandt's promise of “free ferries for every pensioner” won "
        + "applause on Monday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "free ferries"))).endsWith("Olga Brandt");
  }

  @Test
  void aPossessivePronounHoldingANounOfSayingIsResolved() {
    ArticleFacts f = run("Councillor Harold Pike spoke for an hour on Monday.\n\n"
        + "His call for ‘a second bridge over the Tyne’ divided the chamber.");
    Quote q = quoteStarting(f, "a second bridge");
    assertThat(q.speaker().text()).isEqualTo("His");
    assertThat(speakerEntityName(f, q)).endsWith("Harold Pike");
  }

  @Test
  void aNounOfSayingWithItsHolderAfterByInWireMarks() {
    ArticleFacts f = run("The suggestion by Senator Hal Dawes that the agency ``ought to be "
        + "shut down'' drew protests on Tuesday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "ought to be"))).endsWith("Hal Dawes");
  }

  @Test
  void aTimeIsNoHolderOfANounOfSaying() {
    ArticleFacts f = run("“We will keep the library open,” Mayor Ana Ruiz said on Friday. Last "
        + "week's call for “calm heads” had gone unheeded.");
    Quote q = quoteStarting(f, "calm heads");
    assertThat(q.speaker() == null ? "" : q.speaker().text()).doesNotContainIgnoringCase("week");
  }

  @Test
  void aNounOfSayingThatSomeoneActsOnLeavesTheQuotationToThem() {
    ArticleFacts f = run("Senator Hal Dawes brandished the auditor's report that the budget was "
        + "“balanced in name only.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "balanced in name"))).endsWith("Hal Dawes");
  }

  @Test
  void theAgentOfAPassiveVerbOfSayingIsTheSpeaker() {
    ArticleFacts f = run("The stadium plan was called “a waste of public money” by Councillor "
        + "Rosa Menendez on Tuesday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "a waste of public"))).endsWith(
        "Rosa Menendez");
  }

  @Test
  void theAgentOfAParticipleOfSayingIsTheSpeaker() {
    ArticleFacts f = run("The new levy, described as ‘daylight robbery’ by the Federation of "
        + "Small Businesses, takes effect in April.");
    assertThat(speakerEntityName(f, quoteStarting(f, "daylight robbery"))).contains(
        "Federation of Small Businesses");
  }

  @Test
  void theAgentOfAPassiveInWireMarksIsTheSpeaker() {
    ArticleFacts f = run("The proposal was labeled ``reckless'' by opposition leader Tom Reid on "
        + "Thursday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "reckless"))).endsWith("Tom Reid");
  }

  @Test
  void anInfinitiveRightAfterANounOfSayingKeepsTheNounsHolder() {
    ArticleFacts f = run("The worries of the fishermen go beyond Minister Ines Haugland's pledge "
        + "to stay “neutral” during the quota talks.");
    assertThat(speakerEntityName(f, quoteStarting(f, "neutral"))).endsWith("Ines Haugland");
  }

  @Test
  void aNounThatCarriesNoWordsGivesNoHolderToAnInfinitiveAfterIt() {
    ArticleFacts f = run("The protests go beyond developer Carl Berger's tower to house “luxury "
        + "suites” near the harbour.");
    Quote q = quoteStarting(f, "luxury suites");
    assertThat(q.speaker() == null ? "" : q.speaker().text()).doesNotContain("Berger");
  }

  @Test
  void asSomeonePutsItBeforeTheClauseCreditsThem() {
    ArticleFacts f = run("As the columnist Nora Adeyemi puts it, the council wants “a quiet "
        + "summer and a full treasury.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "a quiet summer"))).endsWith("Nora Adeyemi");
  }

  @Test
  void puttingAThingSomewhereIsNoSaying() {
    ArticleFacts f = run("As porter Ada Moss put it on the shelf, the sign read ``Closed until "
        + "Monday.''");
    Quote q = quoteStarting(f, "Closed until");
    assertThat(q.speaker() == null ? "" : q.speaker().text()).doesNotContain("Moss");
  }

  @Test
  void byHerOwnAdmissionCreditsTheAdmitter() {
    ArticleFacts f = run("Finance Minister Lena Sorensen closed the harbour fund in June. The "
        + "closure by her own admission was a “gamble.”");
    Quote q = quoteStarting(f, "gamble");
    assertThat(q.speaker().text()).isEqualTo("her");
    assertThat(speakerEntityName(f, q)).endsWith("Lena Sorensen");
  }

  @Test
  void inSomeonesWordsCreditsThem() {
    ArticleFacts f = run("In Councillor Harold Pike's words, the new bridge is ‘a monument to "
        + "waste.’");
    assertThat(speakerEntityName(f, quoteStarting(f, "a monument"))).endsWith("Harold Pike");
  }

  @Test
  void aReportingVerbWithItsOwnClauseAfterAFullStopDoesNotCreditTheQuotationBefore() {
    ArticleFacts f = run("Union leader Maria Chen spoke to the drivers on Friday.\n\n"
        + "“The strike is over.” Mayor Tom Harris said the buses would run on Monday.");
    Quote q = quoteStarting(f, "The strike is over");
    assertThat(q.speaker() == null ? "" : q.speaker().text()).doesNotContain("Harris");
  }

  @Test
  void aReportingVerbWithItsOwnClauseInBritishMarksDoesNotCreditTheQuotationBefore() {
    ArticleFacts f = run("The ferry crews met in Hull on Tuesday.\n\n"
        + "‘We will not sail until we are paid.’ The harbour master said the port would stay "
        + "shut.");
    Quote q = quoteStarting(f, "We will not sail");
    assertThat(q.speaker() == null ? "" : q.speaker().text()).doesNotContain("harbour master");
  }

  @Test
  void aBareSaidSentenceAfterAFullStopStillCreditsTheQuotation() {
    ArticleFacts f = run("The drivers voted on Friday.\n\n"
        + "“The strike is over.” Mayor Tom Harris said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The strike is over"))).endsWith(
        "Tom Harris");
  }

  @Test
  void aReportingVerbIntroducingTheNextQuotationAfterAFullStopStillCreditsTheQuotationBefore() {
    ArticleFacts f = run("The drivers voted on Friday.\n\n"
        + "“The strike is over.” Maria Chen added, “We won.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "The strike is over"))).endsWith(
        "Maria Chen");
  }

  @Test
  void aShortReportingSentenceOpeningTheNextParagraphDoesNotCreditTheQuotation() {
    ArticleFacts f = run("Union leader Maria Chen spoke to the drivers on Friday.\n\n"
        + "“The strike is over. We go back to work on Monday.”\n\n"
        + "Mayor Tom Harris declined to comment.");
    Quote q = quoteStarting(f, "The strike is over");
    assertThat(q.speaker() == null ? "" : q.speaker().text()).doesNotContain("Harris");
  }

  @Test
  void aShortReportingSentenceInTheSameParagraphStillCreditsTheQuotation() {
    ArticleFacts f = run("The drivers voted on Friday.\n\n"
        + "“The strike is over. We go back to work on Monday.” Maria Chen told reporters.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The strike is over"))).endsWith(
        "Maria Chen");
  }

  @Test
  void aDocumentThatReadsAQuotationOfTwoSentencesOpeningTheSentenceIsItsSource() {
    ArticleFacts f = run("The council sent a leaflet to every home in Hull.\n\n"
        + "“The ferry will run again in May. Fares will not rise this year,” the leaflet read.");
    assertThat(quoteStarting(f, "The ferry will run").speaker().text()).isEqualTo("the leaflet");
  }

  @Test
  void aVerbWhoseClauseIsTheQuotationItGoesOnWithAnswersTheOpeningQuotation() {
    ArticleFacts f = run("The bridge closed on Monday.\n\n“We asked the county for help. The "
        + "way I see it,” Councillor Rosa Menendez elaborated, “the bridge was never safe.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We asked the county"))).endsWith(
        "Rosa Menendez");
  }

  @Test
  void anInvertedReportingClauseClosingASentenceWithQuotedWordsCreditsItsSubject() {
    ArticleFacts f = run("The drivers went on strike at dawn.\n\nThe depot stayed shut all day "
        + "and did not see “any sign of a deal,” apart from a brief meeting at noon, said the "
        + "union's spokeswoman, Ada Moss, on Monday.");
    assertThat(quoteStarting(f, "any sign of a deal").speaker().text()).contains("spokeswoman");
  }

  @Test
  void saidInAStatementNamesNoSpeaker() {
    ArticleFacts f = run("The drivers went on strike at dawn.\n\n“We will not go back until the "
        + "depot is safe,” Ada Moss, the leader of one of the two unions to take the depot to "
        + "court over the rules, said in a statement.");
    Quote q = quoteStarting(f, "We will not go back");
    assertThat(q.speaker() == null ? "" : q.speaker().text()).doesNotContain("statement");
  }

  @Test
  void aClauseEndingInAColonIntroducesTheQuotationWhateverItsVerb() {
    ArticleFacts f = run("Mayor Linda Harris opened the new market hall on Monday.\n\n"
        + "Asked which stall was her favourite, she demurred: “Whichever one I am standing at.”");
    Quote q = quoteStarting(f, "Whichever one");
    assertThat(q.speaker().text()).isEqualTo("she");
    assertThat(speakerEntityName(f, q)).isEqualTo("Linda Harris");
  }

  @Test
  void aFrontedPhraseBeforeTheSubjectIsNoSpeaker() {
    ArticleFacts f = run("Mayor Linda Harris opened the market hall on Monday.\n\n"
        + "Warming to her theme, she added that “the hall will pay for itself.”");
    assertThat(quoteStarting(f, "the hall will").speaker().text()).isEqualTo("she");
  }

  @Test
  void creditsTheNameAfterAVerbSetOffByACommaOverTheNounBeforeIt() {
    // the tagger reads "signals" as a noun and the parser makes "The closure" the subject of "said"
    ArticleFacts f = run("The vote was held on Sunday.\n\n"
        + "The closure of the mill signals “the end of an era” for the valley, said Tomas Brenner, "
        + "mayor of the town.");
    assertThat(speakerEntityName(f, quoteStarting(f, "the end of an era")))
        .isEqualTo("Tomas Brenner");
  }

  @Test
  void creditsTheNameAfterAnInvertedVerbBeforeTheQuotation() {
    ArticleFacts f = run("The council met on Monday.\n\n"
        + "Because of how the council drew the map, explained Ruth Adler, “the east side will lose "
        + "its only seat for a decade.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "the east side"))).isEqualTo("Ruth Adler");
  }

  @Test
  void creditsThePluralSubjectOfAVerbOfSayingTaggedAsANoun() {
    ArticleFacts f = run("The two senators sent a letter to the agency on Monday.\n\n"
        + "“You have chosen a rule that nobody asked for and nobody can follow,” the two write.");
    assertThat(quoteStarting(f, "You have chosen").speaker().text()).isEqualTo("the two");
  }

  @Test
  void creditsASpeakerWithAPrepositionalPhraseBeforeAVerbOfSayingTaggedAsANoun() {
    ArticleFacts f = run("The dairy farmers' union released a radio spot on Tuesday.\n\n"
        + "“Every litre of milk you buy keeps a family farm going for one more morning,” a "
        + "narrator in the spot states.");
    assertThat(quoteStarting(f, "Every litre").speaker().text())
        .isEqualTo("a narrator in the spot");
  }

  @Test
  void creditsAidesToSomeoneBeforeAVerbOfSayingTaggedAsANoun() {
    // "to" opening the phrase is tagged IN, as "in" or "for" are, and read as they are
    ArticleFacts f = run("The mayor's office answered the critics.\n\n"
        + "“The budget protects every school in the county,” two advisers to the mayor write.");
    assertThat(quoteStarting(f, "The budget").speaker().text())
        .isEqualTo("two advisers to the mayor");
  }

  @Test
  void aQuotationInAClauseJoinedWithASubjectOfItsOwnIsThatSubjects() {
    ArticleFacts f = run("Ms Ruiz proposed a night ferry in March, but the harbour board rejected "
        + "the plan as “reckless” within a week.");
    assertThat(quoteStarting(f, "reckless").speaker().text()).isEqualTo("the harbour board");
  }

  @Test
  void aVerbOfSayingBusyWithItsOwnObjectLeavesTheQuotationToTheClauseItStandsIn() {
    ArticleFacts f = run("Mayor Lopez dismissed the audit as “fiction,” denounced its authors and "
        + "said the city would appeal.");
    assertThat(quoteStarting(f, "fiction").speaker().text()).isEqualTo("Mayor Lopez");
  }

  @Test
  void anAsClauseOfNamingKeepsTheQuotationItCommentsOn() {
    ArticleFacts f = run("The two councillors are playing into the developer's hands (or, as the "
        + "Gazette called them on Sunday, \"useful helpers\").");
    assertThat(quoteStarting(f, "useful helpers").speaker().text()).isEqualTo("the Gazette");
  }

  @Test
  void creditsItAnsweringAQuotationAsTheLetterThatSpoke() {
    ArticleFacts f = run("The ferry company sent a letter to every household on the island.\n\n"
        + "“Our winter timetable will not change, whatever the weather brings,” it read.");
    assertThat(quoteStarting(f, "Our winter").speaker().text()).isEqualTo("it");
  }

  @Test
  void creditsTheDoerNamedInAnAbsoluteWithPhrase() {
    ArticleFacts f = run("Fishing towns were among the first backers of the harbour plan, with the "
        + "Fishermen's Guild calling it “a lifeline for every boat” and its chair praising it on "
        + "the radio.");
    assertThat(quoteStarting(f, "a lifeline").speaker().text()).contains("Guild");
  }

  @Test
  void aStatementSayingSomethingIsTheIssuersWords() {
    ArticleFacts f = run("On Saturday, Mayor Ruth Okafor issued a statement saying that the pier "
        + "was “safe for every visitor this summer.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "safe for every"))).contains("Okafor");
  }

  @Test
  void creditsThePluralSubjectOfStateFollowedByAPlace() {
    ArticleFacts f = run("The Norwegians published a paper on fisheries.\n\n"
        + "“The northern stocks are recovering faster than any model predicted,” the Norwegians "
        + "state in the paper, which was sent to ministers on Friday.");
    assertThat(quoteStarting(f, "The northern stocks").speaker().text())
        .isEqualTo("the Norwegians");
  }

  @Test
  void creditsANameLabellingAQuotationWithAColon() {
    ArticleFacts f = run("Two candidates answered the question at the forum in Leeds.\n\n"
        + "Anna Lindqvist: “We will build the bridge within four years.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will build"))).isEqualTo("Anna Lindqvist");
  }

  @Test
  void creditsEachLabelOfQuotationsSetSideBySide() {
    ArticleFacts f = run("The two mayors disagree on the bridge, as they did at the forum in "
        + "Leeds.\n\nAnna Lindqvist: “We will build it within four years.” Tomas Okafor: “We "
        + "cannot afford it.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will build"))).isEqualTo("Anna Lindqvist");
    assertThat(speakerEntityName(f, quoteStarting(f, "We cannot"))).isEqualTo("Tomas Okafor");
  }

  @Test
  void aVerbWithTwoAdverbsBeforeAColonIntroducesTheQuotation() {
    ArticleFacts f = run("The library vote was held on Tuesday.\n\n"
        + "When the council suggested that the branch would close for good, Ruth Adler fired back "
        + "forcefully: “If they close it, they will lose every seat in the east.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "If they close"))).isEqualTo("Ruth Adler");
  }

  @Test
  void aNameAfterSaidThatOpensTheQuotedClauseIsNotTheSpeaker() {
    ArticleFacts f = run("The climate deal was signed in Paris on Saturday.\n\n"
        + "Maria Lopez, a former adviser who backed the plan, said Obama “understood he had to "
        + "move first at home.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "understood"))).isEqualTo("Maria Lopez");
  }

  @Test
  void aParticipleAfterASetOffReportingClauseKeepsItsSpeaker() {
    // the parser hangs "adding" on "wrong", whose subject is "The decision"
    ArticleFacts f = run("The council voted on Tuesday to close the library.\n\n"
        + "The decision was wrong, Ana Ruiz said, adding, “We will fight it in court.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will fight"))).isEqualTo("Ana Ruiz");
  }

  @Test
  void creditsANameLabelAfterTheDashOfADigestHeading() {
    ArticleFacts f = run("Here is what the pollsters said this week.\n\n"
        + "TURNOUT WILL DECIDE THE RACE - Anna Lindqvist: “Both camps have the same share of "
        + "voters who say they will surely vote.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "Both camps"))).isEqualTo("Anna Lindqvist");
  }

  @Test
  void creditsTwoNamesJoinedByAndAsOneLabel() {
    ArticleFacts f = run("The report on rail fares came out on Monday.\n\n"
        + "Frank Lind and Ada Moss: “Riders will pay more from June than they did last year.”");
    assertThat(quoteStarting(f, "Riders will pay").speaker().text())
        .isEqualTo("Frank Lind and Ada Moss");
  }

  @Test
  void aLabelMayBeFollowedByANonBreakingSpace() {
    ArticleFacts f = run("Two candidates answered the question at the forum in Leeds.\n\n"
        + "Anna Lindqvist:\u00a0“We will build the bridge within four years.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will build"))).isEqualTo("Anna Lindqvist");
  }

  @Test
  void creditsAnUntaggedProperNameLabellingAQuotation() {
    ArticleFacts f = run("Three polls were published on Friday.\n\n"
        + "Civic Research: “Half of the voters have not decided yet.”");
    assertThat(quoteStarting(f, "Half of the voters").speaker().text())
        .isEqualTo("Civic Research");
  }

  @Test
  void aHeadingInCapitalsBeforeAColonIsNoLabel() {
    ArticleFacts f = run("The storm reached the coast on Friday.\n\n"
        + "UPDATE: “Stay indoors until the wind drops,” the police said.");
    assertThat(quoteStarting(f, "Stay indoors").speaker().text()).isEqualTo("the police");
  }

  @Test
  void aParticipleAfterACommaInsideTheClosingMarkKeepsTheMainSpeaker() {
    // the parser hangs "adding" inside the first quotation, on a clause whose subject is Hill
    ArticleFacts f = run("The port plan was debated on Monday.\n\n"
        + "Maria Lopez told the radio station that Tom Hill “had a foolish plan of closing the port "
        + "which was reckless,” adding, “He never explained it to anyone in the city.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "He never"))).isEqualTo("Maria Lopez");
  }

  @Test
  void creditsThePossessorOfInHisView() {
    ArticleFacts f = run("Ana Ruiz spoke to the council on Tuesday.\n\n"
        + "The new tax is “a burden on the poorest families in the city,” in Ruiz’s view.");
    assertThat(speakerEntityName(f, quoteStarting(f, "a burden"))).isEqualTo("Ana Ruiz");
  }

  @Test
  void aNameOpeningAClauseRightBeforeItsVerbIsItsSubjectWhereTheParseLostIt() {
    // the parser merges "it's not" with the next clause and gives "says" no active subject
    ArticleFacts f = run("Maria Ruiz runs the port authority.\n\n"
        + "But it’s not, and Ruiz says strikes “are such a gamble” because so many things can go "
        + "wrong for the workers.");
    assertThat(speakerEntityName(f, quoteStarting(f, "are such"))).isEqualTo("Maria Ruiz");
  }

  @Test
  void aFrontedParticipleTakenForTheSubjectGivesWayToTheNameBeforeTheVerb() {
    // the parser makes "Speaking" the subject of "went" and "Ruiz" an apposition of the town
    ArticleFacts f = run("Maria Ruiz runs the port authority. Tom Lee chairs its board.\n\n"
        + "Speaking at a union hall event in Bend, Oregon, Ruiz went after Lee, calling him "
        + "“a lazy landlord.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "a lazy"))).isEqualTo("Maria Ruiz");
  }

  @Test
  void aParticipleSetOffByACommaTakesNoSubjectFromBeforeTheComma() {
    // the parser makes "she" (of "whose side she's on") the subject of "saying"
    ArticleFacts f = run("Even a senior party strategist said Ms Ruiz will have to choose whose "
        + "side she’s on, saying, “At some point, she’s going to have to come out on where she "
        + "stands.”");
    assertThat(quoteStarting(f, "At some point").speaker().text())
        .isEqualTo("a senior party strategist");
    ArticleFacts g = run("A longtime fisheries adviser said the minister must soon decide whose "
        + "side he is on, saying, “The boats cannot wait another season for an answer.”");
    assertThat(quoteStarting(g, "The boats").speaker().text())
        .isEqualTo("A longtime fisheries adviser");
  }

  @Test
  void aTitleBeforeANameAfterAQuotationClosedByACommaBelongsToTheName() {
    // the tagger reads "Fight" as a verb and the parser makes it the subject of "told"
    ArticleFacts f = run("“Nobody who drives twelve hours a day should need a food bank,” Fight "
        + "for $20 spokeswoman Dana Whitlock told Radio North in Leeds.");
    assertThat(speakerEntityName(f, quoteStarting(f, "Nobody"))).isEqualTo("Dana Whitlock");
  }

  @Test
  void theVerbAfterARelativeClauseSetOffByCommasIsTheDescribedNouns() {
    // the parser hangs "asked" on the relative clause's "leave", with no subject of its own
    ArticleFacts f = run("The harbour master, who was on leave, then quietly asked, “Why now?”");
    Quote q = quoteStarting(f, "Why now");
    assertThat(q.speaker()).as("speaker of " + q.text()).isNotNull();
    assertThat(q.speaker().text()).isEqualTo("The harbour master");
  }

  @Test
  void anAsClauseOfPointingOutSetOffBeforeAQuotationCreditsItsSubject() {
    ArticleFacts f = run("But as the Gazette pointed out, “Still, the mayor has so far declined "
        + "to publish the audit, something every mayor before her has done.”");
    Quote q = quoteStarting(f, "Still");
    assertThat(q.speaker()).as("speaker of " + q.text()).isNotNull();
    assertThat(q.speaker().text()).isEqualTo("the Gazette");
  }

  @Test
  void anOfPhraseOfTheSpeakersOwnThingIsNoPartOfTheName() {
    ArticleFacts f = run("“It was a difficult part,” quipped Pitt of his role. “We will appeal,” "
        + "said Ana Ruiz of the Kiel Institute.");
    assertThat(quoteStarting(f, "It was").speaker().text()).isEqualTo("Pitt");
    assertThat(quoteStarting(f, "We will").speaker().text())
        .isEqualTo("Ana Ruiz of the Kiel Institute");
  }
}
