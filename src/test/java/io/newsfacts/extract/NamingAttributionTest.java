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
 * Naming and characterising (round 6), each on a tiny article of our own through the real
 * pipeline: what the source calls someone or something is its view, with the object and its
 * predicate as content ("called the plan a disaster", "described the levy as unfair").
 */
@Tag("models")
class NamingAttributionTest {

  @Test
  void callingSomethingANameStatesAView() {
    ArticleFacts f = run("The union leader called the pension plan a disaster for workers.");
    AttributionFact a = withCue(f, "called");
    assertThat(a.content().text()).isEqualTo("the pension plan a disaster for workers");
    assertThat(a.source().text()).isEqualTo("The union leader");
  }

  @Test
  void describingSomethingAsSomethingStatesAView() {
    ArticleFacts f = run("The mayor has described the parking levy as unfair to shop owners.");
    AttributionFact a = withCue(f, "described");
    assertThat(a.content().text()).isEqualTo("the parking levy as unfair to shop owners");
    assertThat(a.source().text()).isEqualTo("The mayor");
  }

  @Test
  void aThingCalledByANameOrSomeoneCalledANameByNobodyIsNoAttribution() {
    ArticleFacts f = run("Residents held a festival called Pies in the Park. The coach was "
        + "called a hero. The council called a meeting for Monday.");
    assertThat(hasCue(f, "called")).isFalse();
  }

  @Test
  void callingOnSomeoneToActIsADemand() {
    ArticleFacts f = run("The senator called on the council to delay the vote. The mayor called "
        + "on Tuesday.");
    AttributionFact a = withCue(f, "called on");
    assertThat(a.content().text()).isEqualTo("the council to delay the vote");
    assertThat(a.source().text()).isEqualTo("The senator");
    assertThat(f.attributions()).hasSize(1);
  }

  @Test
  void aClauseJoinedToTheNameIsNotPartOfIt() {
    ArticleFacts f = run("The protesters called the mayor a coward and demanded a new vote.");
    AttributionFact a = withCue(f, "called");
    assertThat(a.content().text()).isEqualTo("the mayor a coward");
  }

  @Test
  void castingSomethingAsSomethingStatesAView() {
    ArticleFacts f = run("Opposition leaders cast the harbour deal as a betrayal of fishermen.");
    AttributionFact a = withCue(f, "cast");
    assertThat(a.content().text()).isEqualTo("the harbour deal as a betrayal of fishermen");
    assertThat(a.source().text()).isEqualTo("Opposition leaders");
  }

  @Test
  void paintingSomeoneAsSomethingStatesAView() {
    ArticleFacts f = run("The challenger has painted the mayor as weak on crime.");
    AttributionFact a = withCue(f, "painted");
    assertThat(a.content().text()).isEqualTo("the mayor as weak on crime");
    assertThat(a.source().text()).isEqualTo("The challenger");
  }

  @Test
  void castingOrPaintingWithoutAsIsNoAttribution() {
    ArticleFacts f = run("Residents cast their votes at the school. Volunteers painted "
        + "the old fence white on Saturday.");
    assertThat(hasCue(f, "cast")).isFalse();
    assertThat(hasCue(f, "painted")).isFalse();
  }
}
