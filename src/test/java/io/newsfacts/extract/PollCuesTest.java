package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.hasCue;
import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A finding reported through "in" one poll or survey, on tiny texts of our own through the real
 * pipeline; and the shapes where the poll is not the source of the clause.
 */
@Tag("models")
class PollCuesTest {

  @Test
  void aPollOpeningTheSentenceIsTheSourceOfItsClause() {
    ArticleFacts f = run("In the latest county poll, 48 percent of residents favored the new "
        + "stadium.");
    AttributionFact a = withCue(f, "In");
    assertThat(a.source().text()).contains("the latest county poll");
    assertThat(a.content().text()).isEqualTo("48 percent of residents favored the new stadium");
  }

  @Test
  void aPollClosingTheClauseReportsTheWordsBeforeIt() {
    ArticleFacts f = run("The governor was at 31 percent support in a university survey "
        + "released Monday.");
    AttributionFact a = withCue(f, "in");
    assertThat(a.source().text()).contains("a university survey");
    assertThat(a.content().text()).isEqualTo("The governor was at 31 percent support");
  }

  @Test
  void standingInThePollsIsNoOnePollsFinding() {
    ArticleFacts f = run("The mayor has gained ground in the polls since the debate.");
    assertThat(hasCue(f, "in")).isFalse();
  }

  @Test
  void aClauseThatAlreadyReportsKeepsItsOwnCue() {
    ArticleFacts f = run("In a survey of nurses, most said they would stay in the job.");
    assertThat(hasCue(f, "In")).isFalse();
    assertThat(withCue(f, "said").content().text()).isEqualTo("they would stay in the job");
  }
}
