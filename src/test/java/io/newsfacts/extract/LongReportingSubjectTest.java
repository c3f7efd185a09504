package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sources named with what qualifies them, the way wire copy names them ("Analysts polled by
 * Reuters said", "People briefed on the move said that …"), which the parser reads as a clause of
 * their own and mends ({@code annotate.ReportingSubjectRepair}), and "people familiar with the
 * matter", whose adjective's phrase is part of who they are; texts of our own through the real
 * pipeline.
 */
@Tag("models")
class LongReportingSubjectTest {

  @Test
  void aSubjectWithAParticipleOfItsOwnIsTheSource() {
    assertSource("Headline\n\nAnalysts polled by Reuters said the central bank would hold rates "
        + "steady.", "the central bank would hold rates steady", "Analysts");
    assertSource("Headline\n\nPeople briefed on the move said that it reflected a change of "
        + "plan.", "that it reflected a change of plan", "People");
    assertSource("Headline\n\nDiplomats briefed on the talks said a deal was close.",
        "a deal was close", "Diplomats");
  }

  @Test
  void aSubjectWithARelativeClauseIsTheSource() {
    assertSource("Headline\n\nThe Smith campaign, which has been dogged for months by questions "
        + "over a loan she took while in office, said that the emails had no bearing on the "
        + "case.", "that the emails had no bearing on the case", "The Smith campaign");
    assertSource("Headline\n\nSeveral people I have spoken with over the last few weeks said the "
        + "mayor had been warned.", "the mayor had been warned", "Several people");
  }

  @Test
  void anUnnamedSourceKeepsThePhraseOfItsAdjective() {
    assertSource("Headline\n\nPeople familiar with the matter said the deal could be announced "
        + "on Monday.", "the deal could be announced on Monday", "People familiar with the matter");
    assertSource("Headline\n\nSources close to the negotiations said the two sides remained far "
        + "apart.", "the two sides remained far apart", "Sources close to the negotiations");
    ArticleFacts f = run("Headline\n\n\u201cWe are not there yet,\u201d said a person familiar "
        + "with the talks.");
    assertThat(f.quotes().get(0).speaker().text()).isEqualTo("a person familiar with the talks");
  }

  @Test
  void aVerbOfSayingInsideARelativeClauseIsNotTheSentencesVerb() {
    ArticleFacts f = run("Headline\n\nThe changes, which officials said will take effect next "
        + "month, will not apply to visitors.");
    assertThat(f.attributions()).noneMatch(a -> a.source() != null
        && a.source().text().startsWith("The changes"));
  }

  @Test
  void aVerbAfterARelativeClauseClosedByACommaIsTheSentencesOwn() {
    ArticleFacts f = run("Headline\n\nThe deal with Allergan, which would create the largest "
        + "drugmaker, immediately sparked criticism from lawmakers who agree that such deals are "
        + "a problem.");
    assertThat(f.attributions()).noneMatch(a -> a.source() != null
        && a.source().text().startsWith("The deal"));
  }

  @Test
  void aClauseBeforeTheVerbIsNoSubject() {
    ArticleFacts f = run("Headline\n\nThe company announced its results and investors said the "
        + "figures were weak.");
    assertThat(f.attributions()).noneMatch(a -> a.source() != null
        && a.source().text().startsWith("The company announced"));
  }

  @Test
  void aSurnameTheTaggerTookForAVerbIsTheSource() {
    assertSource("Headline\n\nShane Shook, a security expert who has helped investigate the "
        + "breaches, said he saw no evidence of a foreign hand.",
        "he saw no evidence of a foreign hand", "Shane Shook");
  }

  @Test
  void aSentenceBeforeAColonIsNoSubject() {
    assertSource("Headline\n\nThe news that staff had received immunity in the probe set off "
        + "a row on Friday: Republicans said they were convinced the case was rigged.",
        "they were convinced the case was rigged", "Republicans");
  }

  @Test
  void aDatelineBeforeTheSubjectIsNoPartOfIt() {
    assertSource("Headline\n\nWASHINGTON (AP) \u2014 A news report published Wednesday said the "
        + "secretary used a personal email account.",
        "the secretary used a personal email account", "A news report");
  }

  @Test
  void aPhraseSetOffBeforeTheSubjectStaysOutsideIt() {
    assertSource("Headline\n\nThis weekend, Sanders said that party officials were trying "
        + "to protect his rival.", "that party officials were trying to protect his rival",
        "Sanders");
  }

  private static void assertSource(String text, String content, String source) {
    AttributionFact a = withCue(run(text), "said");
    assertThat(a.content().text()).isEqualTo(content);
    assertThat(a.source().text()).isEqualTo(source);
  }
}
