package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
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

  @Test
  void accordingToBetweenTwoJoinedClausesVouchesForTheOneBeforeIt() {
    AttributionFact a = withCue("Rents have tripled, according to city records, and many of the "
        + "old shops are gone.", "according to");
    assertThat(a.content().text()).isEqualTo("Rents have tripled");
    assertThat(withCue("According to the ministry, 40 people were arrested and 12 were hurt.",
        "According to").content().text()).isEqualTo("40 people were arrested and 12 were hurt");
  }

  @Test
  void aSecondReportWithItsOwnSubjectEndsTheFirstContent() {
    ArticleFacts f = AttributionsFound.run("Most of the tenants said they would stay in the old "
        + "building and a few said they were looking for new flats.");
    assertThat(AttributionsFound.withCue(f, "said").content().text())
        .isEqualTo("they would stay in the old building");
    assertThat(f.attributions()).anySatisfy(a -> {
      assertThat(a.source().text()).isEqualTo("a few");
      assertThat(a.content().text()).isEqualTo("they were looking for new flats");
    });
  }

  @Test
  void aSecondVerbOfSayingEndsTheFirstContentAndKeepsItsSpeaker() {
    ArticleFacts f = AttributionsFound.run("The coach said that the team had trained hard all "
        + "week and noted that two players were injured.");
    assertThat(AttributionsFound.withCue(f, "said").content().text())
        .isEqualTo("that the team had trained hard all week");
    AttributionFact noted = AttributionsFound.withCue(f, "noted");
    assertThat(noted.source().text()).isEqualTo("The coach");
    assertThat(noted.content().text()).isEqualTo("that two players were injured");
  }

  @Test
  void aVerbOfThoughtSharingTheReportedSubjectStaysInside() {
    AttributionFact a = withCue("The mayor said that most residents know the cost and believe "
        + "that the tunnel is needed.", "said");
    assertThat(a.content().text())
        .isEqualTo("that most residents know the cost and believe that the tunnel is needed");
  }

  @Test
  void aCueInsideAnotherCuesContentIsPartOfThatContent() {
    ArticleFacts f = AttributionsFound.run("The harbour master said she believes the new pier "
        + "will open in May.");
    assertThat(f.attributions()).hasSize(1);
    AttributionFact a = AttributionsFound.withCue(f, "said");
    assertThat(a.content().text()).isEqualTo("she believes the new pier will open in May");
    assertThat(AttributionsFound.hasCue(f, "believes")).isFalse();
  }

  @Test
  void aQuotationBrokenByItsReportingClauseIsOneStatement() {
    ArticleFacts f = AttributionsFound.run("“The pier is safe,” the harbour master said, “and "
        + "it will open in May.”");
    assertThat(f.attributions()).hasSize(1);
    AttributionFact a = f.attributions().get(0);
    assertThat(a.content().text()).isEqualTo("“The pier is safe,” the harbour master said, “and "
        + "it will open in May.”");
    assertThat(a.quoteIds()).containsExactly("Q1", "Q2");
  }

  @Test
  void aQuotationContinuedAfterItsReportingSentenceIsOneStatement() {
    ArticleFacts f = AttributionsFound.run("“The pier is safe,” Ines Duarte said on Monday. "
        + "“It will open in May.”");
    AttributionFact a = AttributionsFound.withCue(f, "said");
    assertThat(a.content().text())
        .isEqualTo("“The pier is safe,” Ines Duarte said on Monday. “It will open in May.”");
  }

  @Test
  void twoSpeakersInTurnStayTwoStatements() {
    ArticleFacts f = AttributionsFound.run("“The pier is safe,” Ines Duarte said. “It is not,” "
        + "Paolo Greco replied.");
    assertThat(f.attributions()).hasSize(2);
  }

  @Test
  void aRelativeClauseWithItsOwnCueStartsAtTheRelativeWord() {
    ArticleFacts f = AttributionsFound.run("Residents oppose the new parking fee, which the mayor "
        + "said would hurt small shops.");
    AttributionFact said = AttributionsFound.withCue(f, "said");
    assertThat(said.content().text()).isEqualTo("which the mayor said would hurt small shops");
    assertThat(said.source().text()).isEqualTo("the mayor");
    if (AttributionsFound.hasCue(f, "oppose")) {
      assertThat(AttributionsFound.withCue(f, "oppose").content().text())
          .isEqualTo("the new parking fee");
    }
  }

  @Test
  void wordsBetweenTheCueAndItsQuotationAreContent() {
    ArticleFacts f = AttributionsFound.run("Ines Duarte, the harbour master, described the new "
        + "pier as “a gift to the town.”");
    AttributionFact a = f.attributions().get(0);
    assertThat(a.quoteIds()).containsExactly("Q1");
    assertThat(a.content().text()).isEqualTo("the new pier as “a gift to the town.”");
  }

  @Test
  void theOneToldIsNotContent() {
    ArticleFacts f = AttributionsFound.run("Ines Duarte told reporters on Monday: “The pier is "
        + "safe.”");
    AttributionFact a = f.attributions().get(0);
    assertThat(a.content().text()).isEqualTo("“The pier is safe.”");
  }

  @Test
  void theSourcesParticiplePhraseAfterAccordingToIsNotContent() {
    AttributionFact a = withCue("According to early results of a survey conducted for the "
        + "council by a research firm, most residents want a new pier.", "According to");
    assertThat(a.content().text()).isEqualTo("most residents want a new pier");
  }

  @Test
  void theAudienceToldIsNotContent() {
    assertThat(withCue("Smith told reporters he would not resign.", "told").content().text())
        .isEqualTo("he would not resign");
    assertThat(withCue("Smith told the BBC on Monday he would not resign.", "told").content()
        .text()).isEqualTo("he would not resign");
  }

  @Test
  void aSubjectTheParserTookForTheObjectOfAThoughtStaysInTheContent() {
    assertThat(withCue("He thinks Cruz will win the nomination.", "thinks").content().text())
        .isEqualTo("Cruz will win the nomination");
  }
}
