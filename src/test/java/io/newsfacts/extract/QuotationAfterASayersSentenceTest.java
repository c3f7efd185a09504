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
 * A quotation set apart right after a sentence whose main clause is about something else, but in
 * which a named person says something ("But the pressure, Ms. Adler says, is hurting …"), is that
 * person's (docs/quotes.md, round 23). Texts of our own, in wire marks and in curly marks, through
 * the one shared pipeline.
 */
@Tag("models")
class QuotationAfterASayersSentenceTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "1989-10-30"));
  }

  private static final String STORY = "Ruth Adler, head of trading at Coyle Securities, blames "
      + "program trading for the losses.\n\nBut the pressure, Ms. Adler says, is hurting small "
      + "dealers most. %sIt's harder to sell when the programs come in.%s\n\nThe exchange "
      + "declined to comment.";

  @Test
  void theSayerOfTheSentenceBeforeSpeaksAQuotationInWireMarks() {
    ArticleFacts f = run(STORY.formatted("``", "''"));
    assertThat(speakerText(quoteStarting(f, "It's harder"))).isEqualTo("Ms. Adler");
  }

  @Test
  void theSayerOfTheSentenceBeforeSpeaksAQuotationInCurlyMarks() {
    ArticleFacts f = run(STORY.formatted("“", "”"));
    assertThat(speakerText(quoteStarting(f, "It's harder"))).isEqualTo("Ms. Adler");
  }
}
