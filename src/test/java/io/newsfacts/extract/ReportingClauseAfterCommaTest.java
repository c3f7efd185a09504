package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A quotation closed by a comma inside its mark leaves the sentence open for who said it: the
 * verb of saying right after, with its subject between or after it, is the attribution, whatever
 * clause the quotation follows, however the nested marks before it are tokenized and wherever
 * the parser hangs the verb (docs/quotes.md, round 27). Texts of our own, through the one shared
 * pipeline.
 */
@Tag("models")
class ReportingClauseAfterCommaTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2021-03-02"));
  }

  @Test
  void speakerAfterTheCommaOutranksTheClauseBeforeTheColon() {
    ArticleFacts f = run("Years later, a second governor had to defend his record: \"I never "
        + "took a dime,\" Governor Alan Pierce told a meeting of county officials in Dayton.");
    assertThat(speakerText(quoteStarting(f, "I never took"))).isEqualTo("Governor Alan Pierce");
  }

  @Test
  void invertedSpeakerAfterTheCommaOutranksTheClauseBeforeTheColon() {
    ArticleFacts f = run("The council chose its words with care: \"We have asked for a full "
        + "review,\" said Deputy Mayor Rita Okafor.");
    assertThat(speakerText(quoteStarting(f, "We have asked"))).isEqualTo(
        "Deputy Mayor Rita Okafor");
  }

  @Test
  void aNestedQuotationClosedWithItsOuterOneLeavesTheClauseAfterToTheSpeaker() {
    // the tokenizer joins ’” into one token, which the tagger took for no quotation mark at all
    ArticleFacts f = run("Labels\n\n“This story is not only in our courts, it is pushed by the "
        + "papers, where we find the labels of ‘idle, reckless,’” Dana Whitfield, the director at "
        + "the Centre for Fair Reporting, told the Gazette.");
    assertThat(speakerText(quoteStarting(f, "This story"))).isEqualTo("Dana Whitfield");
  }

  @Test
  void aVerbTheParserHungOnAQuotedNounStillTakesTheSourceAfterIt() {
    // "said" becomes a relative clause of "tonnes", whose subject is inside the quotation
    ArticleFacts f = run("Cocoa\n\n\"I would not read much into this sale because I think it is "
        + "for all of ten tonnes, which when you think about it just about sums up the state of "
        + "the market today,\" said a dealer in London.");
    assertThat(speakerText(quoteStarting(f, "I would not"))).isEqualTo("a dealer in London");
  }

  @Test
  void colonIntroducerStandsWhenTheQuotationEndsItsSentence() {
    ArticleFacts f = run("The governor had a warning for the legislature: \"Pass the budget by "
        + "Friday or the parks close.\" Lawmakers left the chamber without a vote.");
    assertThat(speakerText(quoteStarting(f, "Pass the budget"))).isEqualTo("The governor");
  }
}
