package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A question put to someone whose asker is not named (round 12), each on a tiny article of our
 * own through the real pipeline: the question is the content, and the relation has no source
 * unless a "by" agent names the asker.
 */
@Tag("models")
class AskedAttributionTest {

  @Test
  void beingAskedWhetherGivesTheQuestionWithoutASource() {
    assertQuestionWithoutSource("The harbour master was asked whether the pier would reopen "
        + "before the summer.", "asked", "whether the pier would reopen before the summer");
  }

  @Test
  void whenAskedAboutGivesWhatWasAskedAboutWithoutAbout() {
    ArticleFacts f = run("When asked about the new parking fees, the councillor said she had not "
        + "read the report.");
    AttributionFact a = withCue(f, "asked");
    assertThat(a.content().text()).isEqualTo("the new parking fees");
    assertThat(a.source()).isNull();
    assertThat(withCue(f, "said").source().text()).isEqualTo("the councillor");
  }

  @Test
  void aBareParticipleOpeningTheSentenceGivesItsWhQuestion() {
    assertQuestionWithoutSource("Asked what the repairs would cost, the engineer shrugged and "
        + "walked away.", "Asked", "what the repairs would cost");
  }

  @Test
  void beingAskedToDoSomethingIsARequestWithoutASource() {
    assertQuestionWithoutSource("The bakery has been asked to remove its sign from the pavement.",
        "asked", "to remove its sign from the pavement");
  }

  @Test
  void anAgentAfterTheParticipleIsTheAsker() {
    ArticleFacts f = run("The treasurer, asked by a reporter to explain the delay, laughed.");
    AttributionFact a = withCue(f, "asked");
    assertThat(a.content().text()).isEqualTo("to explain the delay");
    assertThat(a.source().text()).isEqualTo("a reporter");
  }

  @Test
  void anActiveAskKeepsItsSubjectAndABareAskListsNothing() {
    ArticleFacts f = run("The teacher had asked the pupils to stay inside. The lawyer was asked "
        + "on Monday.");
    assertThat(withCue(f, "asked").source().text()).isEqualTo("The teacher");
    assertThat(f.attributions()).hasSize(1);
  }

  private static void assertQuestionWithoutSource(String text, String cue, String question) {
    ArticleFacts f = run(text);
    AttributionFact a = withCue(f, cue);
    assertThat(a.content().text()).isEqualTo(question);
    assertThat(a.source()).isNull();
  }
}
