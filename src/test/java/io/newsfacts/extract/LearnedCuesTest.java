package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cue verbs learned from annotated news ({@link LearnedCues}), each read in the shape its parse
 * gives it, on tiny texts of our own through the real pipeline.
 */
@Tag("models")
class LearnedCuesTest {

  @Test
  void aLearnedVerbWithAThatClauseReportsTheClause() {
    ArticleFacts f = run("The harbour master reminded residents that the bridge would close.");
    AttributionFact a = withCue(f, "reminded");
    assertThat(a.content().text()).isEqualTo("that the bridge would close");
    assertThat(a.source().text()).isEqualTo("The harbour master");
  }

  @Test
  void aLearnedVerbReportsTheClauseTheParseLeftLooseAfterIt() {
    // parsed as obj(reminded, crews) and dep(reminded, close): the clause is the verb's own
    ArticleFacts f = run("The harbour master reminded the crews that the dock would close at "
        + "noon.");
    assertThat(withCue(f, "reminded").content().text())
        .endsWith("that the dock would close at noon");
  }

  @Test
  void aLearnedVerbOfStanceTakesItsObjectAsContent() {
    ArticleFacts f = run("Councillor Dana Moreau assailed the new parking levy on Monday.");
    AttributionFact a = withCue(f, "assailed");
    assertThat(a.content().text()).isEqualTo("the new parking levy");
    assertThat(a.source().text()).contains("Dana Moreau");
  }

  @Test
  void aLearnedVerbTakesThePhraseOfItsOwnPreposition() {
    ArticleFacts f = run("The shipping firms balked at the higher harbour fees.");
    AttributionFact a = withCue(f, "balked");
    assertThat(a.content().text()).isEqualTo("the higher harbour fees");
    assertThat(a.source().text()).isEqualTo("The shipping firms");
  }

  @Test
  void aLearnedVerbInAnAsClauseKeepsItsOwnPhraseNotTheHostClause() {
    ArticleFacts f = run("The toll plan passed easily, as the unions bristled at its cost.");
    assertThat(f.attributions()).filteredOn(a -> a.cue().text().equals("bristled"))
        .extracting(a -> a.content().text()).containsExactly("its cost");
  }

  @Test
  void aLearnedVerbWithNeitherObjectNorClauseListsNothing() {
    ArticleFacts f = run("The ferry captain apologized for the long delay. Later the pilot "
        + "apologized too.");
    assertThat(f.attributions()).filteredOn(a -> a.cue().text().equals("apologized"))
        .extracting(a -> a.content().text()).containsExactly("the long delay");
  }
}
