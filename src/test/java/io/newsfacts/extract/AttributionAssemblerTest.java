package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which tree relations the assembler keeps when one lies inside another, on texts of our own. */
class AttributionAssemblerTest {

  /** A relation with its source, cue and content found by their words in the text. */
  private static ReportedSpeech.Found found(String text, String source, String cue,
      String content) {
    int s = text.indexOf(source);
    int c = text.indexOf(cue);
    int b = text.indexOf(content);
    return new ReportedSpeech.Found(s, s + source.length(), null, c, c + cue.length(), b,
        b + content.length());
  }

  private static List<ReportedSpeech.Found> outermost(String text, ReportedSpeech.Found... f) {
    return new AttributionAssembler(text, null, Map.of(), List.of()).outermost(List.of(f));
  }

  private static String content(String text, ReportedSpeech.Found f) {
    return text.substring(f.contentBegin(), f.contentEnd());
  }

  @Test
  void aRelationInsideAnothersContentIsPartOfIt() {
    String text = "The harbour master said she believes the pier will open in May.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The harbour master", "said", "she believes the pier will open in May"),
        found(text, "she", "believes", "the pier will open in May"));
    assertThat(kept).hasSize(1);
    assertThat(content(text, kept.get(0))).isEqualTo("she believes the pier will open in May");
  }

  @Test
  void aParticipleCueAfterACommaIsAStatementOfItsOwn() {
    String text = "The mayor criticized the fee, saying it would hurt small shops.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The mayor", "criticized", "the fee, saying it would hurt small shops"),
        found(text, "The mayor", "saying", "it would hurt small shops"));
    assertThat(kept).hasSize(2);
    assertThat(content(text, kept.get(0))).isEqualTo("the fee");
    assertThat(content(text, kept.get(1))).isEqualTo("it would hurt small shops");
  }

  @Test
  void aRelativeClauseWithItsOwnCueEndsTheContentBeforeIt() {
    String text = "Residents oppose the fee, which the mayor said would hurt shops.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "Residents", "oppose", "the fee, which the mayor said would hurt shops"),
        found(text, "the mayor", "said", "which the mayor said would hurt shops"));
    assertThat(kept).hasSize(2);
    assertThat(content(text, kept.get(0))).isEqualTo("the fee");
  }

  @Test
  void twoRelationsHoldingEachOthersCueBothStay() {
    String text = "The fee, the mayor said, will hurt shops, she warned.";
    int end = text.length() - 1;
    ReportedSpeech.Found said = new ReportedSpeech.Found(-1, -1, null, text.indexOf("said"),
        text.indexOf("said") + 4, 0, end);
    ReportedSpeech.Found warned = new ReportedSpeech.Found(-1, -1, null, text.indexOf("warned"),
        text.indexOf("warned") + 6, 0, end);
    assertThat(outermost(text, said, warned)).hasSize(2);
  }

  @Test
  void aReportCoordinatedWithItsOwnSubjectEndsTheFirstContent() {
    String text = "The ferry operator said the crossing was safe, but inspectors warned that the "
        + "hull was rusting.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The ferry operator", "said",
            "the crossing was safe, but inspectors warned that the hull was rusting"),
        found(text, "inspectors", "warned", "the hull was rusting"));
    assertThat(kept).hasSize(2);
    assertThat(content(text, kept.get(0))).isEqualTo("the crossing was safe");
    assertThat(content(text, kept.get(1))).isEqualTo("the hull was rusting");
  }

  @Test
  void aSecondReportSharingTheSubjectEndsTheFirstContent() {
    String text = "The council said it would repave the road and has since promised a bus lane.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The council", "said",
            "it would repave the road and has since promised a bus lane"),
        found(text, "The council", "promised", "a bus lane"));
    assertThat(kept).hasSize(2);
    assertThat(content(text, kept.get(0))).isEqualTo("it would repave the road");
  }

  @Test
  void aReportAfterASemicolonEndsTheFirstContent() {
    String text = "Most growers said the harvest was poor; a few said it was their best in years.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "Most growers", "said",
            "the harvest was poor; a few said it was their best in years"),
        found(text, "a few", "said it", "it was their best in years"));
    assertThat(kept).hasSize(2);
    assertThat(content(text, kept.get(0))).isEqualTo("the harvest was poor");
  }

  @Test
  void aReportOpeningANewSentenceOfATurnStaysInsideTheTurn() {
    String text = "RUIZ: The bridge is safe. And we think it will reopen in May.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "RUIZ", ":", "The bridge is safe. And we think it will reopen in May"),
        found(text, "we", "think", "it will reopen in May"));
    assertThat(kept).hasSize(1);
    assertThat(content(text, kept.get(0)))
        .isEqualTo("The bridge is safe. And we think it will reopen in May");
  }

  @Test
  void aReportJoinedByAndThatStaysInsideTheFirstContent() {
    String text = "The mayor said the fee was fair and that residents believe it will pass.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The mayor", "said", "the fee was fair and that residents believe it will pass"),
        found(text, "residents", "believe", "it will pass"));
    assertThat(kept).hasSize(1);
    assertThat(content(text, kept.get(0)))
        .isEqualTo("the fee was fair and that residents believe it will pass");
  }

  @Test
  void aConcessionAfterACommaIsAStatementOfItsOwn() {
    String text = "The minister said the reform would pass, though she conceded that funds were "
        + "short.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The minister", "said",
            "the reform would pass, though she conceded that funds were short"),
        found(text, "she", "conceded", "funds were short"));
    assertThat(kept).hasSize(2);
    assertThat(content(text, kept.get(0))).isEqualTo("the reform would pass");
  }

  @Test
  void aClauseOpenedByAlthoughStaysInsideTheContent() {
    String text = "The survey found that although the mayor praised the plan, most residents "
        + "opposed it.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The survey", "found",
            "that although the mayor praised the plan, most residents opposed it"),
        found(text, "the mayor", "praised", "the plan"));
    assertThat(kept).hasSize(1);
  }

  @Test
  void aReportWithNoSourceAfterAndStaysInsideTheContent() {
    String text = "The author says the deal and Congress can be seen as a turning point.";
    ReportedSpeech.Found seen = new ReportedSpeech.Found(-1, -1, null, text.indexOf("seen"),
        text.indexOf("seen") + 4, text.indexOf("the deal"), text.length() - 1);
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "The author", "says", "the deal and Congress can be seen as a turning point"),
        seen);
    assertThat(kept).hasSize(1);
  }

  @Test
  void aVerbSharingTheReportedClausesSubjectStaysInsideTheContent() {
    String text = "Rangers say the hiker ignored the warning and refused to turn back.";
    List<ReportedSpeech.Found> kept = outermost(text,
        found(text, "Rangers", "say", "the hiker ignored the warning and refused to turn back"),
        found(text, "the hiker", "refused", "to turn back"));
    assertThat(kept).hasSize(1);
  }

  @Test
  void aQuotationsCueReadAgainWithNoSourceIsOneReport() {
    String text = "\"It is far too big for the lake!\" said a caller who phoned in.";
    int said = text.indexOf("said");
    int caller = text.indexOf("a caller");
    // the parse took a word of the quotation for the subject and the caller for the object
    ReportedSpeech.Found misread = new ReportedSpeech.Found(-1, -1, null, said, said + 4, caller,
        text.length() - 1);
    QuoteFinder.Found quote = new QuoteFinder.Found(0, 1, said - 2, said - 1);
    Attribution speaker = new Attribution(caller, caller + 8, "a caller", null, "said");
    List<AttributionFact> facts = new AttributionAssembler(text,
        new CodePoints(text), Map.of(), List.of(List.of("Q1")))
        .assemble(List.of(misread), List.of(quote), List.of(speaker));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).source().text()).isEqualTo("a caller");
    assertThat(facts.get(0).quoteIds()).containsExactly("Q1");
  }

  @Test
  void aSourcelessReportThatIsNotTheSpeakerStays() {
    String text = "Hale seemed to shrug off the vote, telling the crowd, \"We won anyway.\"";
    int seemed = text.indexOf("seemed");
    ReportedSpeech.Found other = new ReportedSpeech.Found(-1, -1, null, seemed, seemed + 6, 0,
        text.indexOf(","));
    QuoteFinder.Found quote = new QuoteFinder.Found(text.indexOf('"'), text.indexOf('"') + 1,
        text.length() - 2, text.length());
    // the quotation's cue located at the same verb, as a misread parse gives it
    Attribution speaker = new Attribution(0, 4, "Hale", null, "seemed");
    List<AttributionFact> facts = new AttributionAssembler(text, new CodePoints(text), Map.of(),
        List.of(List.of("Q1"))).assemble(List.of(other), List.of(quote), List.of(speaker));
    assertThat(facts).hasSize(2);
  }

  @Test
  void aClauseTheParserCutBeforeItsQuotationIsOneReportWithIt() {
    String text = "Union leaders said a strike at the works was ``all but certain.''";
    int said = text.indexOf("said");
    int open = text.indexOf("``");
    // the parser read "works" as the clause's verb and hung the rest on the cue
    ReportedSpeech.Found cut = new ReportedSpeech.Found(0, 13, null, said, said + 4,
        said + 5, text.indexOf(" was"));
    QuoteFinder.Found quote = new QuoteFinder.Found(open, open + 2, text.length() - 3,
        text.length());
    Attribution speaker = new Attribution(0, 13, "Union leaders", null, "said");
    List<AttributionFact> facts = new AttributionAssembler(text, new CodePoints(text), Map.of(),
        List.of(List.of("Q1"))).assemble(List.of(cut), List.of(quote), List.of(speaker));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).content().text())
        .isEqualTo("a strike at the works was ``all but certain.''");
    assertThat(facts.get(0).quoteIds()).containsExactly("Q1");
  }

  @Test
  void aRelationHoldingTwoQuotationsKeepsTheFirstOnesSpeaker() {
    String text = "He said that her call to “heal the land” — a rebuttal to Lee’s “Win Again” "
        + "cry — was weak.";
    EntityCluster lee = new EntityCluster("Tom Lee", EntityType.PERSON, null, List.of());
    EntityCluster ray = new EntityCluster("Al Ray", EntityType.PERSON, null, List.of());
    int said = text.indexOf("said");
    ReportedSpeech.Found report = new ReportedSpeech.Found(0, 2, null, said, said + 4,
        text.indexOf("that"), text.length() - 1);
    int first = text.indexOf('“');
    int second = text.indexOf('“', first + 1);
    QuoteFinder.Found heal = new QuoteFinder.Found(first, first + 1, text.indexOf('”'),
        text.indexOf('”') + 1);
    QuoteFinder.Found win = new QuoteFinder.Found(second, second + 1,
        text.indexOf('”', second), text.indexOf('”', second) + 1);
    // the second quotation's speaker was resolved past "Lee’s", whom it names
    List<AttributionFact> facts = new AttributionAssembler(text, new CodePoints(text),
        Map.of(lee, "E1", ray, "E2"), List.of(List.of("Q1"), List.of("Q2")))
        .assemble(List.of(report), List.of(heal, win), List.of(
            new Attribution(0, 2, "He", lee, "said"), new Attribution(0, 2, "He", ray, "said")));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).source().entityId()).isEqualTo("E1");
    assertThat(facts.get(0).quoteIds()).containsExactly("Q1", "Q2");
  }
}
