package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A noun phrase set off by a comma or dash at the end of a reported clause, opened by an article
 * or "something" and carrying a clause or adjective ("…, a charge that the board denied", "… -
 * the number needed to pass it") is the writer's comment, not the source's words: the content
 * ends before it, and a cue verb in its relative clause is a relation of its own. Tiny texts of
 * our own through the real pipeline.
 */
@Tag("models")
class WritersCommentTest {

  @Test
  void aCommentAfterACommaIsNotTheSourcesWords() {
    ArticleFacts f = run("The ferry company said the fares would rise by a third next spring,"
        + " a charge that the harbour board strongly denied.");
    assertThat(withCue(f, "said").content().text())
        .isEqualTo("the fares would rise by a third next spring");
  }

  @Test
  void theCommentsOwnCueIsARelationOfItsOwn() {
    ArticleFacts f = run("The ferry company said the fares would rise by a third next spring,"
        + " a charge that the harbour board strongly denied.");
    AttributionFact denied = withCue(f, "denied");
    assertThat(denied.source().text()).isEqualTo("the harbour board");
    assertThat(denied.content().text()).isEqualTo("that");
  }

  @Test
  void aCommentAfterADashIsNotTheSourcesWords() {
    ArticleFacts f = run("The minister said the bill had the support of 40 deputies - the number"
        + " needed to pass it in the chamber.");
    assertThat(withCue(f, "said").content().text())
        .isEqualTo("the bill had the support of 40 deputies");
  }

  @Test
  void aBareTimePhraseStays() {
    ArticleFacts f = run("The mayor said the pier would reopen in June, a year after the storm.");
    assertThat(withCue(f, "said").content().text())
        .isEqualTo("the pier would reopen in June, a year after the storm");
  }
}
