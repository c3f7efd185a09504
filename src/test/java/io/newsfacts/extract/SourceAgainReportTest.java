package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A second report coordinated inside a reported clause whose subject is the source again ("Ruiz
 * said she regretted the delay and promised …") is the source's next statement and ends the first
 * content; round 20 of docs/attributions.md. Tiny texts of our own through the real pipeline.
 */
@Tag("models")
class SourceAgainReportTest {

  @Test
  void aSecondStatementOfTheSourceEndsTheFirstContent() {
    ArticleFacts f = run("Mayor Ana Ruiz said on Monday that she regretted the long delay and "
        + "promised to reopen the harbour bridge by May.");
    assertThat(withCue(f, "said").content().text()).isEqualTo("that she regretted the long delay");
    assertThat(withCue(f, "promised").content().text())
        .isEqualTo("to reopen the harbour bridge by May");
  }

  @Test
  void aSecondVerbOfSomeoneElseStaysInside() {
    ArticleFacts f = run("Harbour police said the skipper had ignored the warning and refused to "
        + "turn back.");
    assertThat(withCue(f, "said").content().text()).endsWith("refused to turn back");
  }
}
