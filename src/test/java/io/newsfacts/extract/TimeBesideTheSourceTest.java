package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * When a statement was made, written between its source and the verb or before both with no
 * comma ("The ministry on Monday said", "This week SDK announced"), as wire copy writes it: the
 * time is not part of who spoke, nor who spoke; texts of our own through the real pipeline.
 */
@Tag("models")
class TimeBesideTheSourceTest {

  @Test
  void aDayBetweenSourceAndVerbIsNotPartOfTheSource() {
    assertSource("Headline\n\nThe ministry on Monday said 40 people were arrested.", "said",
        "40 people were arrested", "The ministry");
    assertSource("Headline\n\nThe Times on Saturday wrote that the deal had collapsed.", "wrote",
        "that the deal had collapsed", "The Times");
    assertSource("Headline\n\nPolice in Ohio on Wednesday said two men were arrested.", "said",
        "two men were arrested", "Police in Ohio");
  }

  @Test
  void aTimeOpeningTheSentenceIsNotTheSource() {
    assertSource("Headline\n\nThis week SDK announced that it would close two plants.",
        "announced", "that it would close two plants", "SDK");
    assertSource("Headline\n\nLast month the ministry said exports had fallen.", "said",
        "exports had fallen", "the ministry");
    assertSource("Headline\n\nTuesday the White House said the talks would resume.", "said",
        "the talks would resume", "the White House");
  }

  @Test
  void aQuotationsSpeakerLeavesTheTimeOut() {
    ArticleFacts curly = run("Headline\n\n\u201cIt is over,\u201d said the coach on Sunday.");
    assertThat(curly.quotes().get(0).speaker().text()).isEqualTo("the coach");
    ArticleFacts wire = run("Headline\n\n``It is over,'' the coach on Sunday said.");
    assertThat(wire.quotes().get(0).speaker().text()).isEqualTo("the coach");
  }

  @Test
  void aTimeInsideANameStaysThere() {
    assertSource("Headline\n\nThe Dallas Morning News said the mayor had resigned.", "said",
        "the mayor had resigned", "The Dallas Morning News");
    assertSource("Headline\n\nA reporter for USA Today said the hall was half empty.", "said",
        "the hall was half empty", "A reporter for USA Today");
    assertSource("Headline\n\nThe Clean Air Act of 1990 proposed that emissions fall.",
        "proposed", "that emissions fall", "The Clean Air Act of 1990");
  }

  private static void assertSource(String text, String cue, String content, String source) {
    AttributionFact a = withCue(run(text), cue);
    assertThat(a.content().text()).isEqualTo(content);
    assertThat(a.source().text()).isEqualTo(source);
  }
}
