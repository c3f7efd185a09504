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
 * Where a cue verb's source sits outside its own clause: a participle clause hanging off the
 * sentence's verb ("…, saying …") and a passive with its agent ("was reported by …"); tiny texts of
 * our own through the real pipeline.
 */
@Tag("models")
class VerbShapesTest {

  @Test
  void aParticipleClauseTakesTheSubjectOfTheSentence() {
    ArticleFacts f = run("Mayor Lena Ortiz vetoed the bill on Friday, saying it was too costly.");
    AttributionFact a = withCue(f, "saying");
    assertThat(a.content().text()).isEqualTo("it was too costly");
    assertThat(a.source().text()).isEqualTo("Mayor Lena Ortiz");
  }

  @Test
  void anAddingParticipleReportsItsOwnClause() {
    ArticleFacts f = run("The governor lost the vote, adding that he would try again.");
    AttributionFact a = withCue(f, "adding");
    assertThat(a.content().text()).isEqualTo("that he would try again");
    assertThat(a.source().text()).isEqualTo("The governor");
  }

  @Test
  void pointingOutReportsItsClause() {
    ArticleFacts f = run("The treasurer pointed out that the fund would be empty by March.");
    AttributionFact a = withCue(f, "pointed");
    assertThat(a.content().text()).isEqualTo("that the fund would be empty by March");
    assertThat(a.source().text()).isEqualTo("The treasurer");
  }

  @Test
  void pointingAtSomethingReportsNothing() {
    ArticleFacts f = run("The guide pointed at the mill and said nothing for a while.");
    assertThat(hasCue(f, "pointed")).isFalse();
  }

  @Test
  void aParticipleDoesNotReportTheClauseItHangsOff() {
    ArticleFacts f = run("Ortiz wins the mayoral race in Leeds, adding to her party's gains.");
    assertThat(hasCue(f, "adding")).isFalse();
  }

  @Test
  void thePassiveAgentIsTheSource() {
    ArticleFacts f = run("The merger was first reported by the Daily Courier on Monday.");
    AttributionFact a = withCue(f, "reported");
    assertThat(a.source().text()).isEqualTo("the Daily Courier");
    assertThat(a.content().text()).isEqualTo("The merger");
  }

  @Test
  void aPassiveWithoutAgentListsNothing() {
    ArticleFacts f = run("The merger was reported on Monday.");
    assertThat(hasCue(f, "reported")).isFalse();
  }

  @Test
  void aPassiveByPhraseOfMeansIsNoAgentOfANonCue() {
    ArticleFacts f = run("The bridge was built by a local firm.");
    assertThat(f.attributions()).isEmpty();
  }

  @Test
  void aPointNotedOrAConcernExpressedIsTheMessage() {
    ArticleFacts f = run("The auditor noted the delay in the bridge inspection. The minister "
        + "expressed concern about the budget.");
    AttributionFact noted = withCue(f, "noted");
    assertThat(noted.content().text()).isEqualTo("the delay in the bridge inspection");
    assertThat(noted.source().text()).isEqualTo("The auditor");
    assertThat(withCue(f, "expressed").content().text()).isEqualTo("concern about the budget");
  }

  @Test
  void anEchoWithoutAnObjectListsNothing() {
    ArticleFacts f = run("The hall echoed with applause after the vote.");
    assertThat(hasCue(f, "echoed")).isFalse();
  }
}
