package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private List<String> contents(String text) {
    return finder.find(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd()))
        .toList();
  }

  @Test
  void primaryMarkBeginsAreTheOutermostQuotationsMarksNotApostrophesOrNestedOnes() {
    String text = "'We won't go,' said the Smiths' lawyer. "
        + "\"He told me, 'never again,' twice,\" she said.";

    assertThat(QuoteFinder.primaryMarkBegins(text)).containsExactly(0,
        text.indexOf(",' said") + 1, text.indexOf("\"He"), text.indexOf(",\" she") + 1);
  }

  @Test
  void phraseStartingInsideAQuotationBeforeItsHeadStartsAfterTheClosingMark() {
    String text = "“We strike at three o'clock,” union leader Ana Ruiz told Reuters.";
    List<QuoteFinder.Found> quotes = finder.find(text);
    int head = text.indexOf("Ruiz");

    assertThat(QuoteFinder.afterQuotationEndingIn(quotes, text, text.indexOf("o'clock"), head))
        .isEqualTo(text.indexOf("union"));
    assertThat(QuoteFinder.afterQuotationEndingIn(quotes, text, text.indexOf("union"), head))
        .isEqualTo(text.indexOf("union"));
  }

  @Test
  void phraseStartingInsideATitleBeforeItsHeadKeepsTheWholeTitle() {
    String text = "“Harbour Lights” director Mia Tan said the film would open in May.";
    List<QuoteFinder.Found> quotes = finder.find(text);

    assertThat(QuoteFinder.afterQuotationEndingIn(quotes, text, text.indexOf("Harbour"),
        text.indexOf("Tan"))).isZero();
  }

  @Test
  void findsCurlyQuotation() {
    assertThat(contents("He said “we will win” on Monday.")).containsExactly("we will win");
  }

  @Test
  void findsStraightQuotation() {
    assertThat(contents("\"We will win,\" she said. \"And soon.\""))
        .containsExactly("We will win,", "And soon.");
  }

  @Test
  void joinsQuotationRunningOverParagraphs() {
    String text = "“The first part.\n\n“The second part,” he said.";
    assertThat(contents(text)).containsExactly("The first part.\n\n“The second part,");
  }

  private List<String> paragraphs(String text) {
    return finder.find(text).stream().flatMap(q -> QuoteFinder.paragraphs(text, q).stream())
        .map(p -> text.substring(p[0], p[1])).toList();
  }

  @Test
  void quotationRunningOverParagraphsIsReportedParagraphByParagraph() {
    String text = "Judge Ford said: \"There was no malice.\n\n\"You knew the danger.\n\n"
        + "\"Zoe had a full life ahead of her,\" he said.";
    assertThat(paragraphs(text)).containsExactly("There was no malice.", "You knew the danger.",
        "Zoe had a full life ahead of her,");
  }

  @Test
  void wireAndBritishRunOnsAreSplitWithoutTheirReopeningMarks() {
    assertThat(paragraphs("``First part.\n\n``Second part,'' he said."))
        .containsExactly("First part.", "Second part,");
    assertThat(paragraphs("She said: ‘First part.\n\n‘Second part.’"))
        .containsExactly("First part.", "Second part.");
  }

  @Test
  void quotationWithinItsParagraphIsOnePieceExactlyAsFound() {
    String text = "He said “we will win” on Monday.";
    QuoteFinder.Found q = finder.find(text).get(0);
    assertThat(QuoteFinder.paragraphs(text, q))
        .containsExactly(new int[] {q.contentStart(), q.contentEnd()});
  }

  @Test
  void aMarkOpeningItsLineOpensEvenWithASpaceAfterIt() {
    // typed copy: the re-opening mark of a run-on quotation set apart from its first word
    assertThat(paragraphs("\"We will hold these places.\n\n\" Also all memberships will be "
        + "extended.\n\n\"It is only when it's closed we miss it.\""))
        .containsExactly("We will hold these places.", "Also all memberships will be extended.",
            "It is only when it's closed we miss it.");
    assertThat(contents("“ Also this.”")).containsExactly(" Also this.");
  }

  @Test
  void dropsQuotationNeverClosedInItsParagraph() {
    assertThat(contents("“Unclosed here.\n\nA new paragraph with “a real one”."))
        .containsExactly("a real one");
  }

  @Test
  void apostrophesInsideWordsAreNoMarks() {
    assertThat(contents("It’s Clinton’s plan, don't worry, it's fine.")).isEmpty();
  }

  @Test
  void singleMarksAroundATitleAreAQuotation() {
    assertThat(contents("It’s the ‘Grave Danger’ section, don't worry."))
        .containsExactly("Grave Danger");
  }

  @Test
  void headingLineInSingleMarksIsOneQuotation() {
    assertThat(contents("Farm notes\n\n‘Grave Danger’\n\nThe river rose again."))
        .containsExactly("Grave Danger");
  }

  @Test
  void wireArchiveBackticksAndTwoApostrophes() {
    assertThat(contents("``We will not back down,'' the mayor said. ``Never.''"))
        .containsExactly("We will not back down,", "Never.");
  }

  @Test
  void wireArchiveOpenerWithCurlyCloser() {
    assertThat(contents("``Mixed marks happen,” she said.")).containsExactly("Mixed marks happen,");
  }

  @Test
  void wireArchiveSingleQuotationNestedIsPartOfTheOuterOne() {
    assertThat(contents("``He called it `a disgrace,' and left,'' Lee said."))
        .containsExactly("He called it `a disgrace,' and left,");
  }

  @Test
  void britishCurlySingleMarks() {
    assertThat(contents("‘We are investing more than ever,’ Ms Reed told the station on Sunday."))
        .containsExactly("We are investing more than ever,");
  }

  @Test
  void britishStraightSingleMarks() {
    assertThat(contents("'It is a betrayal of the valley,' said Tom Hale. 'We won't forget.'"))
        .containsExactly("It is a betrayal of the valley,", "We won't forget.");
  }

  @Test
  void britishNestedDoubleQuoteIsNotCountedTwice() {
    assertThat(contents("‘They told me “wait”, so I waited,’ she said."))
        .containsExactly("They told me “wait”, so I waited,");
  }

  @Test
  void americanNestedSingleQuoteIsNotCountedTwice() {
    assertThat(contents("“They told me ‘wait,’ so I waited,” she said."))
        .containsExactly("They told me ‘wait,’ so I waited,");
  }

  @Test
  void straightOuterCloserSpacedFromNestedOneClosesTheQuotation() {
    assertThat(contents("\"I never called it 'the Carolina two-step' \" - Mayor Ann Pike said."))
        .containsExactly("I never called it 'the Carolina two-step' ");
    assertThat(contents("\"They kept saying 'Clinton,' \" said Ben Ruiz. \"Over and over.\""))
        .containsExactly("They kept saying 'Clinton,' ", "Over and over.");
  }

  @Test
  void straightMarkSpacedOnBothSidesOpensOrClosesAsTheQuotationNeeds() {
    assertThat(contents("Sales are \" slightly above\" last year's, he said."))
        .containsExactly(" slightly above");
    assertThat(contents("\"The game isn't over yet, \" said Coach Ray Dunn. \"Not yet.\""))
        .containsExactly("The game isn't over yet, ", "Not yet.");
    assertThat(contents("Profits were \" flat \" and costs \"rose sharply,\" Ann Lee said."))
        .containsExactly(" flat ", "rose sharply,");
  }

  @Test
  void wireCloserSpacedOnBothSidesClosesButNeverOpens() {
    assertThat(contents("``The game isn't over yet, '' said Coach Ray Dunn."))
        .containsExactly("The game isn't over yet, ");
    assertThat(contents("He scored 12 '' and then 14 points.")).isEmpty();
  }

  @Test
  void singleStraightMarkSpacedOnBothSidesIsNoMark() {
    assertThat(contents("They play rock ' n ' roll, Ann Lee said.")).isEmpty();
  }

  @Test
  void curlyOuterCloserSpacedFromNestedOneClosesTheQuotation() {
    assertThat(contents("“They kept saying ‘Clinton,’ ” said Ben Ruiz. “Over and over.”"))
        .containsExactly("They kept saying ‘Clinton,’ ", "Over and over.");
  }

  @Test
  void britishOuterCloserSpacedFromNestedDoubleOneClosesTheQuotation() {
    assertThat(contents("‘They called it “a sham” ’ said Ann Pike. ‘It was not.’"))
        .containsExactly("They called it “a sham” ", "It was not.");
  }

  @Test
  void wireOuterCloserSpacedFromNestedSingleOneClosesTheQuotation() {
    assertThat(contents("``They called it `a sham' '' said Ann Pike. ``It was not.''"))
        .containsExactly("They called it `a sham' ", "It was not.");
  }

  @Test
  void pluralPossessiveInsideSingleQuotationDoesNotCloseIt() {
    assertThat(contents("‘The Jones’ farm flooded twice,’ said Ann Pike."))
        .containsExactly("The Jones’ farm flooded twice,");
  }

  @Test
  void aFragmentQuotedInsideAClauseEndsAtItsPluralsMarkBeforeTheNextParagraph() {
    assertThat(contents("The council promised to take ‘urgent steps’ before the winter.\n\n"
        + "‘We will not wait for the floods,’ the mayor said."))
        .containsExactly("urgent steps", "We will not wait for the floods,");
  }

  @Test
  void aStraightSingleFragmentEndsAtItsPluralsMarkBeforeTheNextParagraph() {
    assertThat(contents("Ms Okoro named several 'hidden costs' in the budget.\n\n"
        + "'Nobody has counted them,' she said."))
        .containsExactly("hidden costs", "Nobody has counted them,");
  }

  @Test
  void aQuotationOpeningItsParagraphStillRunsOnPastAPluralPossessive() {
    // the guard: whole sentences of speech may run over paragraphs, "the Joneses’ farm" within
    assertThat(contents("‘We saw the Joneses’ barn go under first.\n\n"
        + "‘Then the water reached the road,’ said Ann Pike."))
        .containsExactly("We saw the Joneses’ barn go under first.\n\n‘Then the water reached the road,");
  }

  @Test
  void wireNestedQuotationClosingBeforeTheOuterOneKeepsItsMark() {
    assertThat(contents("``People tell me, `It will pass,''' the clerk said.\n\nShe waited."))
        .containsExactly("People tell me, `It will pass,'");
  }

  @Test
  void pluralPossessiveOutsideAnyQuotationIsNoMark() {
    assertThat(contents("The Jones’ farm flooded. The Smiths' barn did not.")).isEmpty();
  }

  @Test
  void elidedWordsAreNoMarks() {
    assertThat(contents("She loved rock ’n’ roll in the ’90s and '80s, and rock 'n' roll too."))
        .isEmpty();
  }

  @Test
  void elisionInsideBritishQuotationKeepsItWhole() {
    assertThat(contents("‘I grew up on rock ’n’ roll in the ’90s,’ he said."))
        .containsExactly("I grew up on rock ’n’ roll in the ’90s,");
  }

  @Test
  void yearsInsideAQuotationDoNotBreakIt() {
    assertThat(contents("'He won in '08 and '12, and he will again,' said Sam Ruiz."))
        .containsExactly("He won in '08 and '12, and he will again,");
  }

  @Test
  void quotationMayStartWithANumber() {
    assertThat(contents("The show '24' is back, and so is '13 Hours'."))
        .containsExactly("24", "13 Hours");
  }

  @Test
  void heightPrimesAreNoMarks() {
    assertThat(contents("The centre is 6'11\" tall and his brother 5'9\".")).isEmpty();
  }

  @Test
  void heightInsideQuotationDoesNotCloseIt() {
    assertThat(contents("“He is 6'11\" and fast,” the coach said."))
        .containsExactly("He is 6'11\" and fast,");
  }

  @Test
  void singleScareQuoteBeforeAnotherQuotationStaysShort() {
    assertThat(contents("He called it 'rigged' and said 'it is over.'"))
        .containsExactly("rigged", "it is over.");
  }

  @Test
  void britishQuotationRunningOverParagraphs() {
    String text = "‘The first part.\n\n‘The second part,’ he said.";
    assertThat(contents(text)).containsExactly("The first part.\n\n‘The second part,");
  }

  @Test
  void wireQuotationRunningOverParagraphs() {
    String text = "``The first part.\n\n``The second part,'' he said.";
    assertThat(contents(text)).containsExactly("The first part.\n\n``The second part,");
  }

  @Test
  void reopeningMarkMidParagraphAbandonsTheUnclosedQuote() {
    assertThat(contents("“one two “three four” five")).containsExactly("three four");
  }

  @Test
  void skipsEmptyQuotation() {
    assertThat(contents("an empty “ ” pair")).isEmpty();
  }

  @Test
  void endIsJustPastTheClosingMark() {
    QuoteFinder.Found q = finder.find("a “b” c").get(0);
    assertThat(q.open()).isEqualTo(2);
    assertThat(q.end()).isEqualTo(5);
  }
}
