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
 * Putting a message forward (round 10), each on a tiny article of our own through the real
 * pipeline: the one who lays out, puts forward, offers, outlines or floats a plan, an idea or a
 * case is its source, and the message noun's phrase is the content.
 */
@Tag("models")
class PutForwardAttributionTest {

  @Test
  void layingOutAPlanAttributesThePlan() {
    ArticleFacts f = run("The governor laid out her plan for rebuilding the harbour on Monday.");
    AttributionFact a = withCue(f, "laid out");
    assertThat(a.content().text()).startsWith("her plan for rebuilding the harbour");
    assertThat(a.source().text()).isEqualTo("The governor");
  }

  @Test
  void puttingForwardAProposalAttributesTheProposal() {
    ArticleFacts f = run("Two council members put forward a proposal to widen the ring road.");
    AttributionFact a = withCue(f, "put forward");
    assertThat(a.content().text()).isEqualTo("a proposal to widen the ring road");
    assertThat(a.source().text()).isEqualTo("Two council members");
  }

  @Test
  void offeringOrOutliningIdeasAttributesThem() {
    ArticleFacts f = run("The union offered several ideas for shorter shifts. The minister "
        + "outlined his vision of a smaller army.");
    assertThat(withCue(f, "offered").content().text())
        .isEqualTo("several ideas for shorter shifts");
    AttributionFact outlined = withCue(f, "outlined");
    assertThat(outlined.content().text()).isEqualTo("his vision of a smaller army");
    assertThat(outlined.source().text()).isEqualTo("The minister");
  }

  @Test
  void floatingAnIdeaAttributesIt() {
    ArticleFacts f = run("The treasurer floated the idea of a tax on sugary drinks.");
    AttributionFact a = withCue(f, "floated");
    assertThat(a.content().text()).isEqualTo("the idea of a tax on sugary drinks");
    assertThat(a.source().text()).isEqualTo("The treasurer");
  }

  @Test
  void puttingForwardWhatIsNoMessageIsNoAttribution() {
    ArticleFacts f = run("The club offered a free lunch to its members. Volunteers laid out the "
        + "chairs in the hall. The bank floated its shares in London. The coach put forward two "
        + "young strikers.");
    assertThat(hasCue(f, "offered")).isFalse();
    assertThat(hasCue(f, "laid out")).isFalse();
    assertThat(hasCue(f, "laid")).isFalse();
    assertThat(hasCue(f, "floated")).isFalse();
    assertThat(hasCue(f, "put forward")).isFalse();
    assertThat(hasCue(f, "put")).isFalse();
  }

  @Test
  void aPlanLaidOutByNobodyNamedIsNoAttribution() {
    ArticleFacts f = run("A plan for the harbour was laid out last year.");
    assertThat(f.attributions()).isEmpty();
  }
}
