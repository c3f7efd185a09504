package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A cue verb in a relative clause whose object is the noun it modifies ("the unease many dockers
 * feel", "a levy which the fishermen had denounced"): the noun's phrase is the content, the
 * clause's subject the source; round 20 of docs/attributions.md. Tiny texts of our own through
 * the real pipeline.
 */
@Tag("models")
class RelativeGapCueTest {

  @Test
  void whatTheSubjectFeelsIsTheNounsPhrase() {
    ArticleFacts f = run("The night shifts have deepened the unease many dockers feel about the port.");
    AttributionFact a = withCue(f, "feel");
    assertThat(a.content().text())
        .isEqualTo("the unease many dockers feel about the port");
    assertThat(a.source().text()).isEqualTo("many dockers");
  }

  @Test
  void whatTheSubjectDenouncedIsTheNounsPhrase() {
    ArticleFacts f = run("The harbour board shelved a levy which the fishermen had denounced.");
    AttributionFact a = withCue(f, "denounced");
    assertThat(a.content().text()).isEqualTo("a levy which the fishermen had denounced");
    assertThat(a.source().text()).isEqualTo("the fishermen");
  }

  @Test
  void whatTheSubjectPromisedIsTheNounsPhrase() {
    ArticleFacts f = run("Nobody has started the pier repairs that the mayor promised.");
    AttributionFact a = withCue(f, "promised");
    assertThat(a.content().text()).isEqualTo("the pier repairs that the mayor promised");
    assertThat(a.source().text()).isEqualTo("the mayor");
  }

  @Test
  void aSubjectRelativeOrAThingFoundIsNoGap() {
    ArticleFacts f = run("The dockers who feel tired went home. The keys she found were rusty.");
    assertThat(f.attributions()).isEmpty();
  }
}
