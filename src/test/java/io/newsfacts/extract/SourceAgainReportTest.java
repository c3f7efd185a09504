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
 * A second verb of saying, stance or intention coordinated inside what a source reports, whose
 * subject is "he" or "she" standing for that source again ("Ruiz said she regretted the delay and
 * promised to …"), is the source's next statement: a relation of its own with the outer source,
 * and the first content ends before its conjunction. Tiny texts of our own through the real
 * pipeline.
 */
@Tag("models")
class SourceAgainReportTest {

  @Test
  void aPromiseAfterWhatTheSourceSaidIsTheSourcesOwn() {
    ArticleFacts f = run("Mayor Ana Ruiz said on Tuesday that she regretted the delay to the ferry"
        + " and promised to reopen the pier by June.");
    AttributionFact said = withCue(f, "said");
    assertThat(said.content().text()).isEqualTo("that she regretted the delay to the ferry");
    AttributionFact promised = withCue(f, "promised");
    assertThat(promised.source().text()).isEqualTo("Mayor Ana Ruiz");
    assertThat(promised.content().text()).isEqualTo("to reopen the pier by June");
  }

  @Test
  void aDescriptionAsSourceAndHeAgain() {
    ArticleFacts f = run("The harbour chief said he first heard the alarm at noon and suspected"
        + " immediately that the pump had failed.");
    assertThat(withCue(f, "said").content().text()).isEqualTo("he first heard the alarm at noon");
    AttributionFact suspected = withCue(f, "suspected");
    assertThat(suspected.source().text()).isEqualTo("The harbour chief");
    assertThat(suspected.content().text()).isEqualTo("that the pump had failed");
  }

  @Test
  void aQuotationInTheSecondContentBelongsToTheSecondRelation() {
    ArticleFacts f = run("Mayor Ana Ruiz said on Tuesday that she regretted the delay to the ferry"
        + " and promised \"to reopen the pier by June, whatever it costs.\"");
    assertThat(withCue(f, "said").quoteIds()).isEmpty();
    assertThat(withCue(f, "promised").quoteIds()).hasSize(1);
  }

  @Test
  void aBodyAsSourceIsNotHeAgain() {
    ArticleFacts f = run("Police say he posed a threat and refused to drop the knife.");
    assertThat(withCue(f, "say").content().text())
        .isEqualTo("he posed a threat and refused to drop the knife");
    assertThat(hasCue(f, "refused")).isFalse();
  }

  @Test
  void anotherPersonBetweenKeepsTheReportInside() {
    ArticleFacts f = run("Mayor Ana Ruiz said that Pedro Lopez believed she was wrong and"
        + " promised to fight the plan.");
    assertThat(withCue(f, "said").content().text())
        .isEqualTo("that Pedro Lopez believed she was wrong and promised to fight the plan");
    assertThat(hasCue(f, "promised")).isFalse();
  }
}
