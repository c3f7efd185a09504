package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.QuoteLookup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quotations that end in a question or exclamation mark with the writer's sentence going on
 * after them ("“Go home!” protesters chanted"), which CoreNLP's splitter would end at the mark,
 * and verbs of a voice raised or pleading beside a quotation; and a speaker's phrase that such
 * a long sentence can make the parser run into a verb; a verb of saying right after such a mark
 * ("…?” asked Dunn") is the attribution, as after a comma.
 */
@Tag("models")
class QuestionAndExclamationQuotesTest {

  private static ArticleFacts facts(String text) {
    return AttributionsFound.run(text);
  }

  private static String speakerText(String text, String prefix) {
    return QuoteLookup.speakerText(quoteStarting(facts(text), prefix));
  }

  @Test
  void aChantEndingInAnExclamationIsTheCrowds() {
    assertThat(speakerText("“Go home!” protesters chanted at Tom Hale as he left the hall.",
        "Go home")).isEqualTo("protesters");
  }

  @Test
  void aQuestionAnsweredByAskedRightAfterOutranksTheVerbItStandsUnder() {
    // the parser hangs the quotation under "disagree", before the dash
    assertThat(speakerText("Critics say the plan is flawed — but officials disagree — “what else "
        + "can we do?” asked Mayor Tom Hale.", "what else")).isEqualTo("Mayor Tom Hale");
    assertThat(speakerText("He spoke to the press in 1973: “I am not a crook,” President Richard "
        + "Nixon told a group of editors.", "I am not")).isEqualTo("President Richard Nixon");
  }

  @Test
  void aClauseAfterTheQuotationThatOpensWithAWordOfItsOwnIsANewClause() {
    assertThat(speakerText("Someone called it a “quiet revolution,” and I agree.",
        "quiet revolution")).isEqualTo("Someone");
    assertThat(speakerText("Clinton responds to Mills with, “Why now? That was on my way?” Mills "
        + "then writes back, “You look cute.”", "Why now")).isEqualTo("Clinton");
  }

  @Test
  void aVerbThatIntroducesTheQuotationKeepsItBeforeTheClauseAfterIt() {
    assertThat(speakerText("When someone in the audience shouted, “Cruz,” Beck joked, “Amen, "
        + "brother!”", "Cruz")).isEqualTo("someone in the audience");
  }

  @Test
  void aPleaBesideItsQuotationNamesWhoPleaded() {
    assertThat(speakerText("The court heard from the family. “Not again!” Tom Hale begged.",
        "Not again")).isEqualTo("Tom Hale");
  }

  @Test
  void whatIsSaidAfterAQuotedQuestionIsReportedToo() {
    ArticleFacts facts = facts("Tom Hale spoke last. He asked “Why now?” and said the vote "
        + "should wait.");

    assertThat(facts.attributions()).extracting(a -> a.cue().text(), a -> a.content().text())
        .contains(org.assertj.core.groups.Tuple.tuple("said", "the vote should wait"));
    assertThat(AttributionsFound.withCue(facts, "said").source().text()).isEqualTo("He");
  }

  @Test
  void aVerbCoordinatedWithTheSpeakersNounIsNoPartOfTheSpeaker() {
    String text = "Will he write a book at last? One that scolds the judges from Ohio and "
        + "demands that the voters be heard in Ohio and that his allies “Stand back and stand "
        + "by!” and that the courts be ignored and that the rules be changed and that he wins "
        + "forever.";
    Quote q = quoteStarting(facts(text), "Stand back");

    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().end()).as("speaker " + q.speaker()).isLessThan(q.start());
  }

  @Test
  void aNounTheTaggerTookForAVerbStaysInTheSpeaker() {
    ArticleFacts f = facts("In an interview, Ana Reyes - Tom Hale's girlfriend and co-host on his "
        + "video channel - told the Gazette that the plan was sound.");
    assertThat(AttributionsFound.withCue(f, "told").source().text())
        .isEqualTo("Tom Hale's girlfriend and co-host");
  }
}
