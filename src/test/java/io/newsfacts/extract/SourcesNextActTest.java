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
 * A participle with an object of its own, set off by a comma after a relation whose content is
 * the cue's object ("recognizes X, outlining Y") is the source's next act: a relation of its own,
 * and the first content ends at the comma. Tiny texts of our own through the real pipeline.
 */
@Tag("models")
class SourcesNextActTest {

  @Test
  void theParticipleIsTheSourcesNextAct() {
    ArticleFacts f = run("The new charter explicitly recognizes island residents, outlining"
        + " several services that the council would like to improve.");
    assertThat(withCue(f, "recognizes").content().text()).isEqualTo("island residents");
    AttributionFact outlining = withCue(f, "outlining");
    assertThat(outlining.source().text()).isEqualTo("The new charter");
    assertThat(outlining.content().text())
        .isEqualTo("several services that the council would like to improve");
  }

  @Test
  void aParticipleInsideAReportedClauseBelongsToIt() {
    ArticleFacts f = run("The mayor said the storm hit the coast, killing 12 people.");
    assertThat(withCue(f, "said").content().text())
        .isEqualTo("the storm hit the coast, killing 12 people");
    assertThat(hasCue(f, "killing")).isFalse();
  }

  @Test
  void aPrepositionParticipleIsNoAct() {
    ArticleFacts f = run("The council backed the plan, including the new pier.");
    assertThat(hasCue(f, "including")).isFalse();
  }
}
