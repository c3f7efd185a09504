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
 * A person the last speaker talks about in the sentence that credits them does not take that
 * speaker's "he said" in the next sentence ("Fabi said Innopac viewed Mr. Pattison's decision as
 * …. “I'm happy …,” he said."), while a person the story turns to in a sentence of their own
 * still does, and further on the one talked about may be meant again (docs/quotes.md, round 24). Texts of our own, through the one shared pipeline.
 */
@Tag("models")
class PersonTheSpeakerTalksAboutTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "1989-11-06"));
  }

  private static final String STORY = "Norbury Systems Inc. said its chairman would step down.\n\n"
      + "Martin Hale, Norbury's president, said the board viewed Mr. Dorsey's offer to buy the "
      + "company as a %svery positive%s move. %sI'm glad he thinks well of us,%s he said.";

  @Test
  void personTalkedAboutDoesNotTakeTheSpeakersHeInWireMarks() {
    ArticleFacts f = run(STORY.formatted("``", "''", "``", "''"));
    assertThat(speakerEntityName(f, quoteStarting(f, "I'm glad"))).isEqualTo("Martin Hale");
  }

  @Test
  void personTalkedAboutDoesNotTakeTheSpeakersHeInCurlyMarks() {
    ArticleFacts f = run(STORY.formatted("“", "”", "“", "”"));
    assertThat(speakerEntityName(f, quoteStarting(f, "I'm glad"))).isEqualTo("Martin Hale");
  }

  @Test
  void personIntroducedInASentenceOfTheirOwnStillTakesHe() {
    ArticleFacts f = run("“Prices will fall,” said Martin Hale, Norbury's president.\n\n"
        + "Peter Dorsey, an analyst at Corvane Securities, disagreed. “They will rise,” he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "They will rise"))).isEqualTo("Peter Dorsey");
  }

  @Test
  void personTalkedAboutIsTheAntecedentAgainAfterTheNextSentence() {
    ArticleFacts f = run("Dan Moss, a professor at Halden University, writes that Peter Dorsey "
        + "shows “sky-high confidence.” Such people can achieve great things. Soon after the "
        + "vote he wrote to supporters: “Thank you for standing with me.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "Thank you"))).isEqualTo("Peter Dorsey");
  }
}
