package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "Mr. Price" after "Alan J. Price": a surname that is also a common word, after a courtesy
 * title, is the person named in full before, so a "he said" right after goes to them and not to
 * the speaker before (docs/quotes.md, round 23). Texts of our own, in wire marks and in curly
 * marks, through the one shared pipeline.
 */
@Tag("models")
class SurnameAfterCourtesyTitleTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "1989-10-30"));
  }

  private static final String STORY = "Alan J. Price, chairman of Dorland Systems Inc., said "
      + "the company would cut costs.\n\n%sWe expect to be profitable by spring,%s said Martin "
      + "Kessler, the company's president.\n\nLooking back on the year, Mr. Price admitted that "
      + "the company had grown too fast. %sAbsolutely,%s he said.";

  @Test
  void heAfterATitledSurnameInWireMarksIsThatPerson() {
    ArticleFacts f = run(STORY.formatted("``", "''", "``", "''"));
    assertThat(speakerEntityName(f, quoteStarting(f, "Absolutely"))).isEqualTo("Alan J. Price");
  }

  @Test
  void heAfterATitledSurnameInCurlyMarksIsThatPerson() {
    ArticleFacts f = run(STORY.formatted("“", "”", "“", "”"));
    assertThat(speakerEntityName(f, quoteStarting(f, "Absolutely"))).isEqualTo("Alan J. Price");
  }
}
