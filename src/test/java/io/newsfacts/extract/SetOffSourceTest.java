package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static io.newsfacts.testing.QuoteLookup.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sources around what sets them off: a description and a name in commas after a long quotation, a
 * fronted verb with an aside after the name, a passive agent the parser hangs on the quoted words,
 * a relative "who" as the speaker's own word, a description set off after a name, and "was blunt:"
 * before a quotation (docs/quotes.md, round 28). Texts of our own, through the one shared
 * pipeline.
 */
@Tag("models")
class SetOffSourceTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2016-05-05"));
  }

  @Test
  void aNameSetOffAfterItsDescriptionSpeaksWhenTheParseLosesTheVerb() {
    // the quotation's "whether it's now …" takes "told" as its own verb, so "told" has no subject
    ArticleFacts f = run("Staff\n\n“We will not move on this, whether it’s now or two weeks from "
        + "now or two months from now,” a spokesman for the Westfield city council, Mary Ann "
        + "Lopez, said on Tuesday.");
    assertThat(speakerText(quoteStarting(f, "We will not"))).isEqualTo("Mary Ann Lopez");
  }

  @Test
  void aVerbInTheDescriptionKeepsTheSetOffNameFromSpeaking() {
    // "who beat the mayor, Tom Reyes," names the mayor: the woman who beat him spoke
    ArticleFacts f = run("Staff\n\n“We will not move on this, whether it’s now or two weeks from "
        + "now or two months from now,” the woman who beat the mayor, Tom Reyes, said.");
    assertThat(quoteStarting(f, "We will not").speaker()).satisfiesAnyOf(
        speaker -> assertThat(speaker).isNull(),
        speaker -> assertThat(speaker.text()).isNotEqualTo("Tom Reyes"));
  }

  @Test
  void aFrontedVerbCreditsTheNameBeforeItsAside() {
    ArticleFacts f = run("Ali\n\nSaid Dorothy Poynter, who grew up with Ali in the neighborhood, "
        + "“We were all so proud of him.”\n\nSaid Ruth Adler, a neighbor, “He never forgot us.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We were all"))).isEqualTo("Dorothy Poynter");
    assertThat(speakerEntityName(f, quoteStarting(f, "He never"))).isEqualTo("Ruth Adler");
  }

  @Test
  void saidAsAGivenNameBeforeAnAsideWithItsOwnVerbStaysAName() {
    ArticleFacts f = run("Court\n\nSaid Hamdan, a lawyer for the family, told reporters: “We will "
        + "appeal.”");
    assertThat(f.entities()).anyMatch(e -> e.name().equals("Said Hamdan"));
  }

  @Test
  void aPassiveAgentHungOnTheQuotedWordsIsTheSource() {
    // the parser makes "by Joshua Hendrick" a modifier of "ambiguity", not the agent of "called"
    ArticleFacts f = run("Movement\n\nThis feature of the movement has been called \"strategic "
        + "ambiguity\" by Joshua Hendrick, a professor at Loyola University Maryland.");
    assertThat(speakerEntityName(f, quoteStarting(f, "strategic"))).isEqualTo("Joshua Hendrick");
  }

  @Test
  void aRelativePronounIsTheSpeakersWordsAndNamesItsNoun() {
    ArticleFacts f = run("Trade\n\nSanders, who says the deal is “disastrous,” spoke on Monday.");
    Quote quote = quoteStarting(f, "disastrous");
    assertThat(speakerText(quote)).isEqualTo("who");
    assertThat(speakerEntityName(f, quote)).isEqualTo("Sanders");
  }

  @Test
  void aRelativePronounOnANounNamingNoEntityLeavesTheNounAsSpeaker() {
    ArticleFacts f = run("Trade\n\nA retired general, who says the deal is “disastrous,” spoke on "
        + "Monday.");
    assertThat(speakerText(quoteStarting(f, "disastrous"))).isNotEqualTo("who");
  }

  @Test
  void aDescriptionSetOffAfterANameIsNoSecondSubject() {
    // the parser makes both "Walsh" and "spokesman" subjects of "told"
    ArticleFacts f = run("Plan\n\n\"It will work,\" Walsh, a spokesman for the ministry, told "
        + "Reuters by telephone from Leeds.");
    assertThat(speakerEntityName(f, quoteStarting(f, "It will work"))).isEqualTo("Walsh");
  }

  @Test
  void aMannerOfSpeakingWithBeIntroducesTheQuotationAfterItsColon() {
    ArticleFacts f = run("Plan\n\nThe minister, Karen Hale, was blunt: \"This is the only way.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "This is"))).isEqualTo("Karen Hale");
  }

  @Test
  void aThingWithBeBeforeAColonSpeaksNot() {
    ArticleFacts f = run("Homes\n\nThe answer was simple: \"Build more homes.\"");
    assertThat(quoteStarting(f, "Build").speaker()).isNull();
  }
}
