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
 * A stance stated with a copula or a linking verb, each on a tiny text of our own through the real
 * pipeline: an adjective with its preposition, "that"-clause or infinitive, and a noun for one who
 * takes sides; and the shapes that hold no one's stance.
 */
@Tag("models")
class StancePredicatesTest {

  @Test
  void creditsTheSubjectOfAnAdjectiveOfStanceWithItsPreposition() {
    ArticleFacts f = run("The harbor commissioner was deeply skeptical about the new ferry "
        + "contract.");
    AttributionFact a = withCue(f, "skeptical");
    assertThat(a.content().text()).isEqualTo("the new ferry contract");
    assertThat(a.source().text()).isEqualTo("The harbor commissioner");
  }

  @Test
  void anAdjectiveOfBeliefTakesItsThatClause() {
    ArticleFacts f = run("Union leaders were optimistic that the strike would end by Friday.");
    AttributionFact a = withCue(f, "optimistic");
    assertThat(a.content().text()).isEqualTo("that the strike would end by Friday");
    assertThat(a.source().text()).isEqualTo("Union leaders");
  }

  @Test
  void anAdjectiveOfWillTakesItsInfinitive() {
    ArticleFacts f = run("The transit authority is eager to reopen the northern line.");
    AttributionFact a = withCue(f, "eager");
    assertThat(a.content().text()).isEqualTo("to reopen the northern line");
    assertThat(a.source().text()).isEqualTo("The transit authority");
  }

  @Test
  void aLinkingVerbOtherThanBeMakesAPredicateToo() {
    ArticleFacts f = run("Farmers in the valley remained wary of the water plan.");
    AttributionFact a = withCue(f, "wary");
    assertThat(a.content().text()).isEqualTo("the water plan");
    assertThat(a.source().text()).contains("Farmers");
  }

  @Test
  void creditsTheSubjectOfAPredicateNounForOneWhoTakesSides() {
    ArticleFacts f = run("The mayor has long been a fierce critic of the parking levy.");
    AttributionFact a = withCue(f, "critic");
    assertThat(a.content().text()).isEqualTo("the parking levy");
    assertThat(a.source().text()).isEqualTo("The mayor");
  }

  @Test
  void anAttributiveAdjectiveOrNounHoldsNoStance() {
    ArticleFacts f = run("It was a critical vote for the council. Supporters of the levy "
        + "gathered outside the hall.");
    assertThat(hasCue(f, "critical")).isFalse();
    assertThat(hasCue(f, "Supporters")).isFalse();
  }

  @Test
  void anExpletiveSubjectHoldsNoStance() {
    ArticleFacts f = run("It is certain that the bridge will close in March.");
    assertThat(hasCue(f, "certain")).isFalse();
  }

  @Test
  void anAdjectiveWithoutItsTopicListsNothing() {
    ArticleFacts f = run("The residents were angry. The council was open on Sunday.");
    assertThat(hasCue(f, "angry")).isFalse();
    assertThat(hasCue(f, "open")).isFalse();
  }
}
