package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Agreeing and disagreeing as a stance on what their phrase names ("agreed with the plan",
 * "disagree on the timetable", "agreed to a levy"); round 20 of docs/attributions.md. Tiny texts
 * of our own through the real pipeline.
 */
@Tag("models")
class AgreementCueTest {

  @Test
  void agreeingWithSomethingTakesItAsContent() {
    ArticleFacts f = run("The dock union agreed with the harbour master's dredging plan.");
    AttributionFact a = withCue(f, "agreed");
    assertThat(a.content().text()).isEqualTo("the harbour master's dredging plan");
    assertThat(a.source().text()).isEqualTo("The dock union");
  }

  @Test
  void disagreeingOnSomethingTakesItAsContent() {
    ArticleFacts f = run("The two ferry firms disagree on the new winter timetable.");
    AttributionFact a = withCue(f, "disagree");
    assertThat(a.content().text()).isEqualTo("the new winter timetable");
    assertThat(a.source().text()).isEqualTo("The two ferry firms");
  }

  @Test
  void agreeingToSomethingTakesItAsContent() {
    ArticleFacts f = run("The council agreed to a small levy on cruise passengers.");
    AttributionFact a = withCue(f, "agreed");
    assertThat(a.content().text()).isEqualTo("a small levy on cruise passengers");
  }

  @Test
  void agreeingWithAPronounAloneIsNoContent() {
    ArticleFacts f = run("The mayor agreed with them.");
    assertThat(f.attributions()).noneMatch(a -> a.cue().text().equals("agreed"));
  }
}
