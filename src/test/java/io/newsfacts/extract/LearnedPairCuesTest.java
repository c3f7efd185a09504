package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two-word cues learned from annotated news ({@link LearnedPairCues}): a common verb that states
 * a view only with its particle, preposition or object noun, on tiny texts of our own through the
 * real pipeline.
 */
@Tag("models")
class LearnedPairCuesTest {

  @Test
  void pushingForSomethingStatesADemandForIt() {
    ArticleFacts f = run("The dock workers pushed for a shorter night shift.");
    AttributionFact a = withCue(f, "pushed for");
    assertThat(a.content().text()).isEqualTo("a shorter night shift");
    assertThat(a.source().text()).isEqualTo("The dock workers");
  }

  @Test
  void takingIssueWithSomethingTakesTheThingAsContent() {
    ArticleFacts f = run("The harbour mayor took issue with the new ferry timetable.");
    AttributionFact a = withCue(f, "took issue");
    assertThat(a.content().text()).isEqualTo("the new ferry timetable");
    assertThat(a.source().text()).isEqualTo("The harbour mayor");
  }

  @Test
  void doublingDownOnAPledgeTakesThePledge() {
    ArticleFacts f = run("The councillor doubled down on her pledge to cut bus fares.");
    AttributionFact a = withCue(f, "doubled down");
    assertThat(a.content().text()).isEqualTo("her pledge to cut bus fares");
    assertThat(a.source().text()).isEqualTo("The councillor");
  }

  @Test
  void throwingSupportBehindSomeoneTakesThatOneAsContent() {
    ArticleFacts f = run("The dockers' union threw its support behind the harbour master.");
    AttributionFact a = withCue(f, "threw its support");
    assertThat(a.content().text()).isEqualTo("the harbour master");
  }

  @Test
  void aPairVerbAsAnInfinitiveIsNoCueOfItsOwn() {
    // what the crews were forbidden to do is not what the manager said
    ArticleFacts f = run("The manager forbade the crews to speak of the pay talks.");
    assertThat(f.attributions()).noneMatch(a -> a.cue().text().startsWith("speak"));
  }

  @Test
  void aParticipleAfterTheReportingClauseIsNotWhatWasSaid() {
    // parsed dep(said, speaking): the participle is the spokesman's next statement, and "said"
    // reports nothing here ("Thursday" is when)
    ArticleFacts f = run("A port spokesman said Thursday, speaking of the dredging plan.");
    assertThat(f.attributions()).noneMatch(a -> a.cue().text().equals("said"));
    assertThat(withCue(f, "speaking of").content().text()).isEqualTo("the dredging plan");
  }

  @Test
  void aPairVerbWithAnotherObjectCuesNothing() {
    // "took issue with X" states a view; "took a ferry with X" does not
    ArticleFacts f = run("The crew took a ferry with the mayor.");
    assertThat(f.attributions()).noneMatch(a -> a.cue().text().startsWith("took"));
  }
}
