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
 * The writer's hedge (round 10), each on a tiny article of our own through the real pipeline:
 * "X seems / appears to …" and "it appears that …" attribute an impression with no source
 * named; the content is the whole clause, subject included.
 */
@Tag("models")
class SeemingAttributionTest {

  @Test
  void appearingToDoSomethingIsAnImpressionWithoutASource() {
    ArticleFacts f = run("After the first count, the challenger appears to hold a narrow lead "
        + "in the northern districts.");
    AttributionFact a = withCue(f, "appears");
    assertThat(a.content().text())
        .isEqualTo("the challenger appears to hold a narrow lead in the northern districts");
    assertThat(a.source()).isNull();
  }

  @Test
  void itSeemsThatGivesTheClause() {
    ArticleFacts f = run("It seems that the ferry company misjudged the demand for winter "
        + "crossings.");
    AttributionFact a = withCue(f, "seems");
    assertThat(a.content().text())
        .isEqualTo("that the ferry company misjudged the demand for winter crossings");
    assertThat(a.source()).isNull();
  }

  @Test
  void seemingToSaySomethingLeavesTheSpeechVerbItsSource() {
    ArticleFacts f = run("The minister seemed to suggest that the tax would rise next year.");
    assertThat(hasCue(f, "seemed")).isFalse();
    assertThat(withCue(f, "suggest").source().text()).isEqualTo("The minister");
  }

  @Test
  void appearingSomewhereIsNoImpressionOfAClaim() {
    ArticleFacts f = run("The mayor appeared on local television on Sunday.");
    assertThat(hasCue(f, "appeared")).isFalse();
  }

  @Test
  void seemingWithAnAdjectiveIsAnImpressionWithoutASource() {
    assertImpressionWithoutSource("After the meeting, the farmers seemed unconvinced by the new "
        + "subsidy scheme.", "seemed", "the farmers seemed unconvinced by the new subsidy scheme");
  }

  @Test
  void itSeemsLikeGivesTheClauseAfterLike() {
    assertImpressionWithoutSource("It seems like the ferry will keep running through the winter.",
        "seems", "the ferry will keep running through the winter");
  }

  @Test
  void anAdjectiveAfterItSeemsHedgesNoNamedThing() {
    ArticleFacts f = run("It seems strange, the caretaker admitted.");
    assertThat(hasCue(f, "seems")).isFalse();
  }

  @Test
  void beingExpectedToDoSomethingIsAnImpressionWithoutASource() {
    assertImpressionWithoutSource("The new footbridge is expected to open to cyclists in spring.",
        "expected", "The new footbridge is expected to open to cyclists in spring");
  }

  @Test
  void beingSeenAsSomethingIsAViewWithoutASource() {
    assertImpressionWithoutSource("The harbour ruling was widely seen as a setback for fishermen.",
        "seen", "The harbour ruling was widely seen as a setback for fishermen");
  }

  @Test
  void beingConsideredSomethingIsAViewWithoutASource() {
    assertImpressionWithoutSource("The old quarry has long been considered a danger to children.",
        "considered", "The old quarry has long been considered a danger to children");
  }

  /** The impression's content, and nobody named. */
  private static void assertImpressionWithoutSource(String text, String cue, String content) {
    AttributionFact a = withCue(run(text), cue);
    assertThat(a.content().text()).isEqualTo(content);
    assertThat(a.source()).isNull();
  }

  @Test
  void aSightingAPlanOrAChanceIsNoImpressionOfAClaim() {
    ArticleFacts f = run("The driver was seen leaving the depot at noon. The final is likely to "
        + "be postponed. The old mill was considered for demolition. The choir is scheduled to "
        + "sing on Friday.");
    assertThat(hasCue(f, "seen")).isFalse();
    assertThat(hasCue(f, "likely")).isFalse();
    assertThat(hasCue(f, "considered")).isFalse();
    assertThat(hasCue(f, "scheduled")).isFalse();
  }
}
