package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.entityName;
import static io.newsfacts.extract.AttributionsFound.hasCue;
import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Attributions cued by a noun ("his claim that …", "in her view, …") and by a line's "Name: …"
 * label, each on a tiny article of our own through the real pipeline.
 */
@Tag("models")
class NominalAttributionTest {

  @Test
  void possessiveNounWithThatClause() {
    ArticleFacts f = run("The mayor's claim that the bridge was safe surprised the engineers.");
    AttributionFact a = withCue(f, "claim");
    assertThat(a.content().text()).isEqualTo("that the bridge was safe");
    assertThat(a.source().text()).isEqualTo("The mayor");
  }

  @Test
  void possessivePronounNounWithInfinitive() {
    ArticleFacts f = run("Governor Ruth Adeyemi spoke in Lagos on Monday. Nurses protested "
        + "against her pledge to close three rural hospitals.");
    AttributionFact a = withCue(f, "pledge");
    assertThat(a.content().text()).isEqualTo("to close three rural hospitals");
    assertThat(entityName(f, a)).isEqualTo("Ruth Adeyemi");
  }

  @Test
  void carryingVerbsSubjectHoldsTheNoun() {
    ArticleFacts f = run("The agency issued a warning that the river would flood.");
    AttributionFact a = withCue(f, "warning");
    assertThat(a.content().text()).isEqualTo("that the river would flood");
    assertThat(a.source().text()).isEqualTo("The agency");
  }

  @Test
  void inHerViewAttributesTheClause() {
    ArticleFacts f = run("Governor Ruth Adeyemi met the nurses on Monday. In her view, the "
        + "hospitals must stay open.");
    AttributionFact a = withCue(f, "In her view");
    assertThat(a.content().text()).isEqualTo("the hospitals must stay open");
    assertThat(entityName(f, a)).isEqualTo("Ruth Adeyemi");
  }

  @Test
  void nounWithoutHolderOrRejectedByAnotherIsNone() {
    ArticleFacts f = run("The claim that the bridge was safe proved wrong. The engineer "
        + "rejected the suggestion that the cables were new.");
    assertThat(hasCue(f, "claim")).isFalse();
    assertThat(hasCue(f, "suggestion")).isFalse();
  }

  @Test
  void aNounOfSayingTakesThePhraseThatNamesWhatWasSaid() {
    ArticleFacts f = run("Shop owners protested after the council's announcement of a new "
        + "parking levy.");
    AttributionFact a = withCue(f, "announcement");
    assertThat(a.content().text()).isEqualTo("a new parking levy");
    assertThat(a.source().text()).isEqualTo("the council");
  }

  @Test
  void aCarryingVerbsSubjectMadeNoMentionOfThePhrase() {
    ArticleFacts f = run("In her speech, the mayor made no mention of the flooded tunnel.");
    AttributionFact a = withCue(f, "mention");
    assertThat(a.content().text()).isEqualTo("the flooded tunnel");
    assertThat(a.source().text()).isEqualTo("the mayor");
  }

  @Test
  void demandForAGoodIsNoStatement() {
    ArticleFacts f = run("China's demand for copper rose sharply last year.");
    assertThat(hasCue(f, "demand")).isFalse();
  }

  @Test
  void headlineLabelledWithANameAttributesTheLine() {
    ArticleFacts f = run("Adeyemi: Rural Hospitals Will Stay Open\n\nGovernor Ruth Adeyemi "
        + "spoke to nurses in Lagos on Monday.");
    AttributionFact a = withCue(f, ":");
    assertThat(a.content().text()).isEqualTo("Rural Hospitals Will Stay Open");
    assertThat(a.source().text()).isEqualTo("Adeyemi");
  }

  @Test
  void aSpeakersTurnAttributesEverySentenceOfItsLine() {
    ArticleFacts f = run("Governor Ana Ruiz spoke to reporters on Monday.\n\nRuiz: Well, I think "
        + "the bridge is safe. The engineers checked it twice.\n\nThe bridge closed in March.");
    AttributionFact a = withCue(f, ":");
    assertThat(a.content().text())
        .isEqualTo("Well, I think the bridge is safe. The engineers checked it twice");
    assertThat(entityName(f, a)).isEqualTo("Ana Ruiz");
    assertThat(hasCue(f, "think")).isFalse();
  }

  @Test
  void aTranscriptLabelInCapitalsNamesThePersonOfThatSurname() {
    ArticleFacts f = run("Governor Ana Ruiz spoke to reporters on Monday.\n\nRUIZ: The bridge "
        + "will reopen in May.\n\nThe bridge closed in March.");
    AttributionFact a = withCue(f, ":");
    assertThat(a.content().text()).isEqualTo("The bridge will reopen in May");
    assertThat(entityName(f, a)).isEqualTo("Ana Ruiz");
  }

  @Test
  void aHeadingInCapitalsThatNamesNobodyIsNone() {
    ArticleFacts f = run("UPDATE: The bridge reopened on Monday. Traffic was light.\n\nThe "
        + "bridge had closed in March.");
    assertThat(hasCue(f, ":")).isFalse();
  }

  @Test
  void headlineLabelThatNamesNobodyIsNone() {
    ArticleFacts f = run("The Latest: Storm Reaches the Coast\n\nThe storm reached the coast "
        + "on Monday.");
    assertThat(hasCue(f, ":")).isFalse();
  }
}
