package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The writer's hedge with a participle ("seemed headed for", "appeared poised to"), with "not to"
 * and coordinated after a clause that has the subject; round 20 of docs/attributions.md. Tiny
 * texts of our own through the real pipeline.
 */
@Tag("models")
class SeemingParticipleTest {

  @Test
  void aHedgeWithAParticipleIsAnImpression() {
    ArticleFacts f = run("The late ferry seemed headed for the wrong harbour.");
    AttributionFact a = withCue(f, "seemed");
    assertThat(a.content().text())
        .isEqualTo("The late ferry seemed headed for the wrong harbour");
    assertThat(a.source()).isNull();
  }

  @Test
  void aHedgeWithNotToIsAnImpression() {
    ArticleFacts f = run("The harbour board seems not to have checked the tide tables.");
    AttributionFact a = withCue(f, "seems");
    assertThat(a.content().text())
        .isEqualTo("The harbour board seems not to have checked the tide tables");
  }

  @Test
  void aHedgeCoordinatedAfterAClauseTakesThatClausesSubject() {
    ArticleFacts f = run("The rowing club led the regatta early and appeared poised to win the cup.");
    AttributionFact a = withCue(f, "appeared");
    assertThat(a.content().text()).startsWith("The rowing club").endsWith("win the cup");
  }

  @Test
  void aHedgeAfterAReportIsNotCoordinatedIntoIt() {
    ArticleFacts f = run("The ferry captain said the pier was safe and appeared ready to sail.");
    assertThat(withCue(f, "said").content().text()).startsWith("the pier was safe");
  }
}
