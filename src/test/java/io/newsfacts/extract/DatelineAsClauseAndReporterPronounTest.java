package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who is said to speak where the parse puts a dateline or an "as" clause of saying in the way,
 * and whom a "he" or "she" in reported speech means (docs/quotes.md, round 22). Texts of our own,
 * through the one shared pipeline.
 */
@Tag("models")
class DatelineAsClauseAndReporterPronounTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2024-03-14"));
  }

  @Test
  void aDatelinesPlaceTakenForTheSubjectGivesWayToTheNameAfterItsDash() {
    // the parser makes "BOSTON" the subject of "played down" and hangs the senator under it
    ArticleFacts f = run("Judges row\n\nBOSTON — Sen. Mark Ellery (D-Mass.) on Friday played down "
        + "the governor’s attack on a county judge’s Irish roots — something that’s thrown the "
        + "party into turmoil all week — and said it’s basically the same thing as Justice Ann "
        + "Moore referring to herself as “a stubborn Irishwoman.”");
    Quote q = quoteStarting(f, "a stubborn");
    assertThat(q.speaker().text()).doesNotContain("BOSTON");
    assertThat(speakerEntityName(f, q)).isEqualTo("Mark Ellery");
  }

  @Test
  void aDatelineTheParserHangsTheStoryOnIsNoReportedClause() {
    // the parser makes "WASHINGTON" the root and hangs "criticized" on it as parataxis, the
    // shape of "Crime fell, police said"
    ArticleFacts f = run("Flood report\n\nWASHINGTON, March 4 -- A Congressional panel sharply "
        + "criticized the Army Corps of Engineers today for failing to warn residents.");
    assertThat(f.attributions()).noneMatch(a -> a.content().text().contains("WASHINGTON"));
  }

  @Test
  void aDatelineWithNoDashStaysOutOfTheSourcesWords() {
    // the parser hangs the date and the agency on the minister's name
    ArticleFacts f = run("Fuel\n\nNew Delhi, Aug 14 (PTI) Union Minister Harish Kumar Rao on "
        + "Monday said, \"We will review prices.\"");
    assertThat(quoteStarting(f, "We will").speaker().text())
        .isEqualTo("Union Minister Harish Kumar Rao");
    assertThat(f.attributions()).allMatch(a -> !a.source().text().contains("PTI"));
  }

  @Test
  void aDatelineWithItsStateStaysOutOfTheSpeakersWords() {
    // the parser hangs "Wisc." and the dash from the governor's name
    ArticleFacts f = run("Rally\n\nLA CROSSE, Wisc. — Gov. Mike Pruitt on Thursday blamed the "
        + "media for making an issue out of Tom Hale’s claim that President Ann Lee “founded the "
        + "group,” saying they were nitpicking.");
    Quote q = quoteStarting(f, "founded the group");
    assertThat(q.speaker().text()).isEqualTo("Gov. Mike Pruitt");
    assertThat(speakerEntityName(f, q)).isEqualTo("Mike Pruitt");
  }

  @Test
  void aDatelineInTitleCaseWithItsAgencyIsNoSpeaker() {
    ArticleFacts f = run("Trade\n\nParis (AFP) \u2013 Socialist Anne Morel has taken a swipe at "
        + "her rival\u2019s stance on tariffs, saying that \u201cloud comments\u201d do more harm "
        + "than good.");
    Quote q = quoteStarting(f, "loud comments");
    assertThat(q.speaker().text()).doesNotContain("Paris");
    assertThat(speakerEntityName(f, q)).isEqualTo("Anne Morel");
  }

  @Test
  void aDatelinesPlaceParsedAsASecondSubjectGivesWayToTheStorysOwn() {
    // the parser gives "warned" two subjects, "BEIJING" and "China"
    ArticleFacts f = run("BEIJING (AP) -- China warned on Monday that it would retaliate against "
        + "new tariffs.");
    assertThat(f.attributions()).singleElement().satisfies(a -> {
      assertThat(a.source()).isNotNull();
      assertThat(a.source().text()).isEqualTo("China");
      assertThat(a.content().text()).isEqualTo("that it would retaliate against new tariffs");
    });
  }

  @Test
  void theOldApWiresUnderscoreSetsOffItsDatelineLikeADash() {
    ArticleFacts f = run("DETROIT (AP) _ General Motors Corp. said Wednesday, ``We will close two "
        + "plants.''");
    Quote q = quoteStarting(f, "We will close");
    assertThat(q.speaker().text()).isEqualTo("General Motors Corp.");
  }

  @Test
  void aPronounAfterASentenceWhoseSubjectDescribesSomeoneMeansThem() {
    ArticleFacts f = run("Defense Secretary Dick Cheney and Sen. Sam Nunn clashed Thursday over "
        + "the budget. Nunn, the committee chairman, disagreed with the plan.\n\nThe secretary "
        + "was unmoved. ``I've heard that argument before,'' he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I've heard"))).isEqualTo("Dick Cheney");
  }

  @Test
  void anAsClauseOfPointingOutVouchesForTheClauseItModifies() {
    ArticleFacts f = run("Waste\n\nThe council spent £4m on consultants last year. As the "
        + "Gazette has pointed out, that is the “textbook case” of waste in the county.");
    assertThat(quoteStarting(f, "textbook").speaker()).isNotNull();
    assertThat(quoteStarting(f, "textbook").speaker().text()).isEqualTo("the Gazette");
  }

  @Test
  void anAsClauseOfPointingOutAfterTheClauseVouchesForItToo() {
    ArticleFacts f = run("Waste\n\nThe council spent £4m on consultants last year. That is "
        + "the “textbook case” of waste, as Councillor Ruth Adler has pointed out.");
    assertThat(speakerEntityName(f, quoteStarting(f, "textbook"))).isEqualTo("Ruth Adler");
  }

  @Test
  void sheInAClauseAVerbOfSayingReportsIsTheOneWhoSaysIt() {
    // "President Okonkwo" has no first name to give a gender; nearest before "she", he would do
    ArticleFacts f = run("Harbour\n\nMayor Anna Berg said the Okonkwo government had failed the "
        + "port and that she expects President Okonkwo to announce a “fresh start” for the "
        + "harbour.");
    Quote q = quoteStarting(f, "fresh start");
    assertThat(q.speaker().text()).isEqualTo("she");
    assertThat(speakerEntityName(f, q)).isEqualTo("Anna Berg");
  }
}
