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
 * Verbs of intention and stance as attribution cues (the PolNeAR guidelines count what a source
 * wants, refuses or takes sides on), each on a tiny text of our own through the real pipeline.
 */
@Tag("models")
class IntentionCuesTest {

  @Test
  void wantingToDoSomethingIsAnIntentionWithTheInfinitiveAsContent() {
    ArticleFacts f = run("Senator Maria Lopez wants to expand the ferry service.");
    AttributionFact a = withCue(f, "wants");
    assertThat(a.content().text()).isEqualTo("to expand the ferry service");
    assertThat(a.source().text()).isEqualTo("Senator Maria Lopez");
  }

  @Test
  void refusingToAnswerIsAnAttribution() {
    ArticleFacts f = run("The harbour board refused to answer questions about the budget.");
    AttributionFact a = withCue(f, "refused");
    assertThat(a.content().text()).isEqualTo("to answer questions about the budget");
    assertThat(a.source().text()).isEqualTo("The harbour board");
  }

  @Test
  void wantingSomethingOfOthersKeepsTheirPartInTheContent() {
    ArticleFacts f = run("Most residents want the old mill to be restored.");
    assertThat(withCue(f, "want").content().text())
        .isEqualTo("the old mill to be restored");
  }

  @Test
  void urgingSomeoneToActHasTheActInItsContent() {
    ArticleFacts f = run("The mayor urged residents to conserve water.");
    AttributionFact a = withCue(f, "urged");
    assertThat(a.content().text()).isEqualTo("residents to conserve water");
    assertThat(a.source().text()).isEqualTo("The mayor");
  }

  @Test
  void endorsingACandidateIsAStanceWithTheObjectAsContent() {
    ArticleFacts f = run("Former governor Paul Okafor endorsed Jane Whitfield on Tuesday.");
    AttributionFact a = withCue(f, "endorsed");
    assertThat(a.content().text()).isEqualTo("Jane Whitfield");
    assertThat(a.source().text()).contains("Paul Okafor");
  }

  @Test
  void supportingSomethingIsAStance() {
    ArticleFacts f = run("About half of the farmers support the new tariff.");
    assertThat(withCue(f, "support").content().text()).isEqualTo("the new tariff");
  }

  @Test
  void anAccusationHoldsWhatTheAccusedIsSaidToHaveDone() {
    ArticleFacts f = run("The union accused the company of hiding losses.");
    assertThat(withCue(f, "accused").content().text())
        .isEqualTo("the company of hiding losses");
  }

  @Test
  void thankingSomeoneForSomethingIsAStanceOnBoth() {
    ArticleFacts f = run("Councillor Ana Brandt thanked the volunteers for their work.");
    assertThat(withCue(f, "thanked").content().text())
        .isEqualTo("the volunteers for their work");
  }

  @Test
  void votingIsAnActNotAStance() {
    ArticleFacts f = run("Councillor Ana Brandt voted against the parking levy.");
    assertThat(hasCue(f, "voted")).isFalse();
  }

  @Test
  void aPhrasalVerbWithAnotherSenseIsNoStance() {
    ArticleFacts f = run("The minister backed away from the plan in March.");
    assertThat(hasCue(f, "backed")).isFalse();
  }

  @Test
  void aPassiveWithoutAnAgentNamesNoSource() {
    ArticleFacts f = run("The plan was opposed in March.");
    assertThat(hasCue(f, "opposed")).isFalse();
  }

  @Test
  void hopingForSomethingOrOfferingAThingStatesNoIntention() {
    ArticleFacts f = run("The farmers hoped for rain. The company offered him a job.");
    assertThat(hasCue(f, "hoped")).isFalse();
    assertThat(hasCue(f, "offered")).isFalse();
  }

  @Test
  void aClauseAfterTheVerbStaysTheContent() {
    ArticleFacts f = run("The mayor promised that the library would reopen in May.");
    assertThat(withCue(f, "promised").content().text())
        .isEqualTo("that the library would reopen in May");
  }
}
