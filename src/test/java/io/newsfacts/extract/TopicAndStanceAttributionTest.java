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
 * Round 5 constructions, each on a tiny article of our own through the real pipeline: topic verbs
 * ("talked about X"), a participle's noun as its source ("a group backing X"), more stance verbs
 * ("defended X") and nouns of stance with a noun phrase as content ("her criticism of X").
 */
@Tag("models")
class TopicAndStanceAttributionTest {

  @Test
  void topicVerbTakesThePhraseAfterItsPreposition() {
    ArticleFacts f = run("Residents talked about the closure of the library at the meeting.");
    AttributionFact a = withCue(f, "talked");
    assertThat(a.content().text()).isEqualTo("the closure of the library");
    assertThat(a.source().text()).isEqualTo("Residents");
  }

  @Test
  void referredToNamesItsTopic() {
    ArticleFacts f = run("The senator referred to the flooding of 2011 in her speech.");
    AttributionFact a = withCue(f, "referred");
    assertThat(a.content().text()).isEqualTo("the flooding of 2011");
  }

  @Test
  void talkingToSomeoneSpeakingSomewhereOrCommentingOnADayIsNoTopic() {
    ArticleFacts f = run("The mayor talked to reporters on Monday. She spoke at a rally in the "
        + "evening. The governor commented on Tuesday.");
    assertThat(hasCue(f, "talked")).isFalse();
    assertThat(hasCue(f, "spoke")).isFalse();
    assertThat(hasCue(f, "commented")).isFalse();
  }

  @Test
  void participleAfterItsNounHasTheNounAsSource() {
    ArticleFacts f = run("An outside group backing the mayor spent $2 million on advertising.");
    AttributionFact a = withCue(f, "backing");
    assertThat(a.content().text()).isEqualTo("the mayor");
    assertThat(a.source().text()).isEqualTo("An outside group");
  }

  @Test
  void defendingAnIdeaTakesSidesOnIt() {
    ArticleFacts f = run("The governor defended the budget on Tuesday.");
    AttributionFact a = withCue(f, "defended");
    assertThat(a.content().text()).isEqualTo("the budget");
    assertThat(a.source().text()).isEqualTo("The governor");
  }

  @Test
  void blamingSomeoneTakesSidesAgainstThem() {
    ArticleFacts f = run("The drivers' union blamed the council for the closure of the depot.");
    AttributionFact a = withCue(f, "blamed");
    assertThat(a.content().text()).isEqualTo("the council for the closure of the depot");
    assertThat(a.source().text()).isEqualTo("The drivers' union");
  }

  @Test
  void beingToBlameIsNoOneBlaming() {
    ArticleFacts f = run("Nobody knows who is to blame for the long delay at the depot.");
    assertThat(hasCue(f, "blame")).isFalse();
  }

  @Test
  void nounOfStanceWithHolderTakesThePhraseAfterIt() {
    ArticleFacts f = run("Her criticism of the budget drew a sharp response. The union's "
        + "support for the strike surprised the governor.");
    AttributionFact criticism = withCue(f, "criticism");
    assertThat(criticism.content().text()).isEqualTo("the budget");
    assertThat(criticism.source().text()).isEqualTo("Her");
    AttributionFact support = withCue(f, "support");
    assertThat(support.content().text()).isEqualTo("the strike");
    assertThat(support.source().text()).isEqualTo("The union");
  }

  @Test
  void carriedNounOfStanceWithThePhraseOnTheVerb() {
    ArticleFacts f = run("The mayor also took a swipe at the opposition leader.");
    AttributionFact a = withCue(f, "swipe");
    assertThat(a.content().text()).isEqualTo("the opposition leader");
    assertThat(a.source().text()).isEqualTo("The mayor");
  }

  @Test
  void supportOfNamesHoldersNotContent() {
    ArticleFacts f = run("The plan has the support of 40 percent of voters.");
    assertThat(hasCue(f, "support")).isFalse();
  }
}
