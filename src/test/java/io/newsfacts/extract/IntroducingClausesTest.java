package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.Quote;
import io.newsfacts.testing.QuoteLookup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Clauses that introduce a quotation where the parse loses who speaks: an "as" clause whose name
 * the parser reads as a phrase, a passive of reporting before an infinitive, a colon after where
 * and when the words were said, a document that "read" the words, a contracted "has" read as a
 * passive, a relative clause hung loosely, "was all X would say", and a name's age after it.
 */
@Tag("models")
class IntroducingClausesTest {

  private static Quote quote(String text, String prefix) {
    return QuoteLookup.quoteStarting(AttributionsFound.run(text), prefix);
  }

  private static String speakerText(String text, String prefix) {
    return QuoteLookup.speakerText(quote(text, prefix));
  }

  @Test
  void anAsClauseWhoseNameTheParserTookForAPhraseCreditsTheName() {
    assertThat(speakerText("Of course, as Lena Hartmann of the Kiel Institute observed, the "
        + "biggest winner was not on the stage, it was the stage itself:\n\n“The clear winner of "
        + "the debate was the network. The whole field benefited from the chance.”",
        "The clear winner")).isEqualTo("Lena Hartmann of the Kiel Institute");
  }

  @Test
  void anAsClauseHungOnTheClauseBeforeCreditsItsSubject() {
    assertThat(speakerText("An all-out power struggle has erupted at the Republican National "
        + "Committee, just days before a critical party gathering in Florida, as the head of the "
        + "RNC’s powerful rules committee has accused his own party leadership of a “major breach "
        + "of trust” in trying to block a rule change.", "major breach"))
        .isEqualTo("the head of the RNC’s powerful rules committee");
  }

  @Test
  void anAsPhraseOfARoleBesideASubjectIsNoSpeaker() {
    assertThat(speakerText("As president, Ana Duarte said the plan was “dead on arrival.”",
        "dead on")).isEqualTo("Ana Duarte");
  }

  @Test
  void aPassiveOfReportingLendsItsSubjectToTheInfinitive() {
    assertThat(speakerText("President Ana Duarte also is reported to have called the bankers "
        + "“free riders” who rely too much on state aid.", "free riders"))
        .isEqualTo("President Ana Duarte");
  }

  @Test
  void aPassiveInfinitiveNamesWhatIsCalledNotWhoSpeaks() {
    assertThat(quote("The bill is expected to be called “the Duarte Act.”", "the Duarte")
        .speaker()).isNull();
  }

  @Test
  void aPassiveBeforeAnInfinitiveOfNoSayingCreditsNobody() {
    assertThat(quote("After breakfast, Sanders is scheduled to appear on “The View” and other "
        + "shows.", "The View").speaker()).isNull();
  }

  @Test
  void aColonAfterWhenTheWordsWereSaidIntroducesTheQuotation() {
    assertThat(speakerText("The mayor was emphatic on Sunday night: “We will not close the "
        + "library.”", "We will not")).isEqualTo("The mayor");
  }

  @Test
  void aColonAfterWhereABodySaidItIntroducesTheQuotation() {
    assertThat(speakerText("The federal appeals court was blunt in its ruling: “The law cannot "
        + "stand.”", "The law")).isEqualTo("The federal appeals court");
  }

  @Test
  void aColonAfterAThingsStateIntroducesNoSpeaker() {
    assertThat(quote("The rule is simple in its wording: “No dogs allowed.”", "No dogs")
        .speaker()).isNull();
  }

  @Test
  void aDocumentThatReadTheWordsIsTheirSpeaker() {
    // the tagger reads "the editorial read" as a noun phrase: "editorial" JJ, "read" NN
    assertThat(speakerText("“If she wants to be the next president, she should act like one,” "
        + "the editorial read.", "If she wants")).isEqualTo("the editorial");
  }

  @Test
  void aThingsRelativeClauseInsideWhatTheSpeakerSaysIsTheSpeakersWording() {
    assertThat(speakerText("He said in a statement on Tuesday night that he wants a party "
        + "platform that calls for “a $15-an-hour minimum wage and a tax on carbon.”", "a $15"))
        .isEqualTo("He");
  }

  @Test
  void aThingsRelativeClauseUnderAVerbOfItsOwnKeepsItsWordsToTheThing() {
    assertThat(speakerText("Senator Ana Ruiz criticized a bill that calls for “a total ban on "
        + "imports.”", "a total ban")).isEqualTo("a bill");
  }

  @Test
  void aParticipleHungOnANameTheParserFoundNoVerbForIsTheNames() {
    // the long apposition leads the parser to make the name the root and "saying" hang on it
    assertThat(speakerText("76-year-old Morton Blackwell, founder of the Leadership Institute, "
        + "YAF member in the 1960s and long time Republican National Committeeman from "
        + "Virginia, endorsed Cruz last week, saying he “has consistently demonstrated his deep "
        + "commitment to conservative principles.”", "has consistently"))
        .isEqualTo("76-year-old Morton Blackwell");
  }

  @Test
  void aRelativeClauseHungOnANameTheParserFoundNoVerbForIsTheNames() {
    // "Clinton" becomes the root, "who was speaking" and the "but told" joined to it hang loose
    assertThat(speakerText("Clinton, who was speaking to the US Conference of Mayors, did not "
        + "mention Trump by name, but told city leaders that the United States should be governed "
        + "by those “who put the interest of the American people ahead of their personal "
        + "business interests.”", "who put")).isEqualTo("Clinton");
  }

  @Test
  void aParticiplesDoerIsItsClausesPassiveSubject() {
    assertThat(speakerText("“Should there be a database that tracks them?” a reporter can be "
        + "heard asking the candidate after an event in Iowa.", "Should there"))
        .isEqualTo("a reporter");
    assertThat(speakerText("He was led away in handcuffs, shouting “I am innocent!”",
        "I am innocent")).isEqualTo("He");
  }

  @Test
  void aContractedHasBeforeWhatWasSaidIsNoPassive() {
    assertThat(speakerText("Ever since Ana Duarte announced her candidacy last year, she's said "
        + "the same thing at every stop: “It's not about me, it's about us.”", "It's not about"))
        .isEqualTo("she");
  }

  @Test
  void aRelativeClauseTheParserHungLooselyIsStillTheNamesClause() {
    assertThat(speakerText("Voters trust Tom Hale, who has called the pact “insanity.”",
        "insanity")).isEqualTo("who");
  }

  @Test
  void anAgeAfterTheNameIsLeftOutOfTheSpeaker() {
    assertThat(speakerText("“I like it,” said Ana Morales, 34, a teacher. “We need more "
        + "apartments.”", "I like it")).isEqualTo("Ana Morales");
    assertThat(speakerText("Tom Smith, 45 years old, said: “No.”", "No.")).isEqualTo("Tom Smith");
    assertThat(speakerText("Three officials said: “No.”", "No.")).isEqualTo("Three officials");
  }

  @Test
  void allASpeakerWouldSayLeavesTheAllOutOfTheSpeaker() {
    assertThat(speakerText("“We will appeal,” was all Mr. Dunn would say after the verdict.",
        "We will appeal")).isEqualTo("Mr. Dunn");
    assertThat(speakerText("Reporters pressed her. ‘I cannot discuss it,’ was all that Ms. Kerr "
        + "would say.", "I cannot discuss")).isEqualTo("Ms. Kerr");
    assertThat(speakerText("“It is a sad day,” was all the mayor said as she left.",
        "It is a sad day")).isEqualTo("the mayor");
  }

  @Test
  void allBeforeManySpeakersStaysInTheSpeaker() {
    assertThat(speakerText("“We will win,” all the candidates said.", "We will win"))
        .isEqualTo("all the candidates");
    assertThat(speakerText("“We have no choice,” all staff said in a letter.", "We have no"))
        .isEqualTo("all staff");
  }
}
