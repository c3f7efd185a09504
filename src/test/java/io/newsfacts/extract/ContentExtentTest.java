package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where an attribution's content begins and ends, on tiny texts of our own. */
@Tag("models")
class ContentExtentTest {

  private static AttributionFact withCue(String text, String cue) {
    return AttributionsFound.withCue(AttributionsFound.run(text), cue);
  }

  @Test
  void writersContrastAfterTheClauseIsNotContent() {
    AttributionFact a = withCue("Most nurses said they trusted the new director, while a third "
        + "of the doctors did not.", "said");
    assertThat(a.content().text()).isEqualTo("they trusted the new director");
  }

  @Test
  void cueInsideTheClauseReportsTheWholeClause() {
    AttributionFact a = withCue("All of this, the governor acknowledged, could be undone by the "
        + "courts.", "acknowledged");
    assertThat(a.content().text())
        .isEqualTo("All of this, the governor acknowledged, could be undone by the courts");
    assertThat(a.source().text()).isEqualTo("the governor");
  }

  @Test
  void accordingToSourcePhraseIsNotContent() {
    AttributionFact a = withCue("According to exit polls conducted by a research firm, most "
        + "voters wanted a change.", "According to");
    assertThat(a.content().text()).isEqualTo("most voters wanted a change");
  }
}
