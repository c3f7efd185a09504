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
 * The reporting clause that closes a sentence ("…, the company said Friday", "…, said a union
 * official") and the "as" clause ("As the ministry noted, …"), each on a tiny article of our own
 * through the real pipeline. The sentences are ones whose basic tree hides the relation (the cue
 * hung on the content's last noun, an inverted subject parsed as an object, an apposition).
 */
@Tag("models")
class ClosingReportingClauseTest {

  @Test
  void aCueHungOnTheContentsLastNounReportsTheWholeClause() {
    ArticleFacts f = run("Ms Diaz, the ship's captain, had sailed 3,100 miles with Atlantic "
        + "Lines, the company said Friday.");
    AttributionFact a = withCue(f, "said");
    assertThat(a.content().text())
        .isEqualTo("Ms Diaz, the ship's captain, had sailed 3,100 miles with Atlantic Lines");
    assertThat(a.source().text()).isEqualTo("the company");
  }

  @Test
  void anInvertedSourceAfterTheCue() {
    ArticleFacts f = run("The factory in Leeds will close next year, said a union official.");
    AttributionFact a = withCue(f, "said");
    assertThat(a.content().text()).isEqualTo("The factory in Leeds will close next year");
    assertThat(a.source().text()).isEqualTo("a union official");
  }

  @Test
  void aNamedSourceInAppositionAfterItsDescription() {
    ArticleFacts f = run("The brewery expects sales to fall, its chief executive, Tomas Berg, "
        + "told reporters on Tuesday.");
    AttributionFact a = withCue(f, "told");
    assertThat(a.content().text()).isEqualTo("The brewery expects sales to fall");
    assertThat(a.source().text()).contains("Tomas Berg");
  }

  @Test
  void anAsClauseReportsTheClauseItModifies() {
    ArticleFacts f = run("As the ministry noted, exports rose by four percent in March. Imports "
        + "fell by two percent, as the central bank reported.");
    AttributionFact noted = withCue(f, "noted");
    assertThat(noted.content().text()).isEqualTo("exports rose by four percent in March");
    assertThat(noted.source().text()).isEqualTo("the ministry");
    AttributionFact reported = withCue(f, "reported");
    assertThat(reported.content().text()).isEqualTo("Imports fell by two percent");
    assertThat(reported.source().text()).isEqualTo("the central bank");
  }

  @Test
  void noReportWithoutAClauseOrWithAnObject() {
    ArticleFacts f = run("As he wrote the letter, the lights went out. At the meeting on "
        + "Monday, officials warned.");
    assertThat(hasCue(f, "wrote")).isFalse();
    assertThat(hasCue(f, "warned")).isFalse();
  }

  @Test
  void aCueSetOffInsideTheClauseItReportsGivesTheWholeClause() {
    ArticleFacts f = run("He had no known political ties, the airline added, and had passed all "
        + "security checks.");
    AttributionFact a = withCue(f, "added");
    assertThat(a.content().text()).isEqualTo(
        "He had no known political ties, the airline added, and had passed all security checks");
    assertThat(a.source().text()).isEqualTo("the airline");
  }

  @Test
  void aPrepositionAfterAnInvertedCueOpensNoSource() {
    ArticleFacts f = run("The depot will stay shut until the rules change, Ada Moss, the leader "
        + "of one of the two unions to take the depot to court, said in a statement.");
    assertThat(f.attributions()).noneMatch(a -> a.source() != null
        && a.source().text().contains("statement"));
  }
}
