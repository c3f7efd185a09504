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
 * A verb of saying the parser gives a verb for its subject: the speaker is read as if it had
 * none (docs/quotes.md, round 27). Texts of our own, through the one shared pipeline.
 */
@Tag("models")
class MisparsedReportingVerbTest {

  @Test
  void aRelativeClausesVerbTakenForTheSubjectGivesWayToTheNounItDescribes() {
    // the parser makes "asked" the subject of "said" and "said" a relative clause on "manager"
    ArticleFacts f = SharedPipeline.get().process(Articles.of("Mill\n\nA Harlow Mills manager, "
        + "who asked not to be named, said the Leeds plant was \"put on hold for a review of "
        + "costs,\" a sign that the plans might be cut back.", "1989-11-02"));
    assertThat(speakerText(quoteStarting(f, "put on hold"))).isEqualTo("A Harlow Mills manager");
  }

  @Test
  void theClausesSubjectReadAsTheSecondObjectOfToldOpensTheContent() {
    // the parser gives "told" the audience and "the administration" as objects, the rest as a
    // clause of its own
    ArticleFacts f = AttributionsFound.run("Arms\n\nA spokesman, Bernard Kalb, told reporters "
        + "the administration was ``confident'' Congress would approve it.\n\nThe minister "
        + "told parliament the economy was growing faster than expected.");
    assertThat(f.attributions()).extracting(a -> a.content().text()).contains(
        "the administration was ``confident'' Congress would approve it",
        "the economy was growing faster than expected");
  }
}
