package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A gerund clause as the complement of a verb of stance, intention or saying ("supports raising
 * the fares", "has proposed closing the bridge", "denied wasting money") is what the source
 * stands for, intends or says, as an infinitive or an object would be; round 20 of
 * docs/attributions.md. Tiny texts of our own through the real pipeline.
 */
@Tag("models")
class GerundComplementTest {

  @Test
  void aStanceVerbTakesItsGerundClause() {
    ArticleFacts f = run("The harbour board supports raising the ferry fares next spring.");
    AttributionFact a = withCue(f, "supports");
    assertThat(a.content().text()).isEqualTo("raising the ferry fares next spring");
    assertThat(a.source().text()).isEqualTo("The harbour board");
  }

  @Test
  void aVerbOfProposingTakesItsGerundClause() {
    ArticleFacts f = run("The mayor has proposed closing the old bridge to lorries.");
    AttributionFact a = withCue(f, "proposed");
    assertThat(a.content().text()).isEqualTo("closing the old bridge to lorries");
    assertThat(a.source().text()).isEqualTo("The mayor");
  }

  @Test
  void aVerbOfSayingTakesItsGerundClause() {
    ArticleFacts f = run("The pier company denied wasting money on the new jetty.");
    AttributionFact a = withCue(f, "denied");
    assertThat(a.content().text()).isEqualTo("wasting money on the new jetty");
  }

  @Test
  void aGerundAfterAVerbThatStatesNothingIsNoContent() {
    ArticleFacts f = run("The harbour board kept raising the ferry fares.");
    assertThat(f.attributions()).isEmpty();
  }
}
