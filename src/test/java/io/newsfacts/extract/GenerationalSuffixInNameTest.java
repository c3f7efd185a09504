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
 * "Peter R. Hollis Jr.": a generational suffix is part of the speaker's name, and a later
 * "Hollis" is still that person (docs/quotes.md, round 23). Texts of our own, in wire marks and
 * in curly marks, through the one shared pipeline.
 */
@Tag("models")
class GenerationalSuffixInNameTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "1989-10-30"));
  }

  private static final String STORY = "Another analyst, Peter R. Hollis Jr. of Wheat "
      + "Securities, cut his rating on the stock last week. %sI don't think sales can recover "
      + "this year,%s he said.\n\nMr. Hollis added that %sthe brand is tired.%s";

  @Test
  void theSuffixStaysInTheSpeakersNameInWireMarks() {
    ArticleFacts f = run(STORY.formatted("``", "''", "``", "''"));
    assertThat(speakerEntityName(f, quoteStarting(f, "I don't think")))
        .isEqualTo("Peter R. Hollis Jr.");
    assertThat(speakerEntityName(f, quoteStarting(f, "the brand")))
        .isEqualTo("Peter R. Hollis Jr.");
  }

  @Test
  void theNewYorkTimesSuffixIsASuffixToo() {
    ArticleFacts f = run("Talks\n\nIn Washington, Secretary of State Thomas R. Wheeler 3d called "
        + "the offer ``interesting.'' Mr. Wheeler said he would study it.");
    assertThat(speakerEntityName(f, quoteStarting(f, "interesting")))
        .isEqualTo("Thomas R. Wheeler 3d");
  }

  @Test
  void theSuffixStaysInTheSpeakersNameInCurlyMarks() {
    ArticleFacts f = run(STORY.formatted("“", "”", "“", "”"));
    assertThat(speakerEntityName(f, quoteStarting(f, "I don't think")))
        .isEqualTo("Peter R. Hollis Jr.");
    assertThat(speakerEntityName(f, quoteStarting(f, "the brand")))
        .isEqualTo("Peter R. Hollis Jr.");
  }
}
