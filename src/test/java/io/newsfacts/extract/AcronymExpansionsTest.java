package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansions before bracketed acronyms, in sentences of our own; [TYPE ...] marks NER. */
class AcronymExpansionsTest {

  private final MarkedSentences article = new MarkedSentences();

  private void sentence(String line) {
    article.add(line);
  }

  private List<String> corrected() {
    return MarkedSentences.described(
        new AcronymExpansions().apply(article.text(), article.sentences(), article.names()));
  }

  @Test
  void aCommitteeCutAtItsHeadIsTakenToTheWholeExpansion() {
    sentence("The [ORG Committee] on Foreign Investment in the [COUNTRY United States] ( CFIUS )"
        + " reviewed the deal .");
    assertThat(corrected()).containsExactly(
        "Committee on Foreign Investment in the United States/ORGANIZATION");
  }

  @Test
  void aLowercaseWordInsideTheExpansionIsSkipped() {
    sentence("Britain 's [ORG Medicines] and Healthcare products Regulatory Agency ( MHRA ) met .");
    assertThat(corrected()).containsExactly(
        "Medicines and Healthcare products Regulatory Agency/ORGANIZATION");
  }

  @Test
  void lettersThatDoNotSpellTheAcronymLeaveTheNames() {
    sentence("The [ORG Port] of [CITY Tilbury] ( PLA ) said so .");
    assertThat(corrected()).containsExactly("Port/ORGANIZATION", "Tilbury/LOCATION/CITY");
  }

  @Test
  void anExpansionNerFoundNothingInIsLeftAlone() {
    sentence("The Quick Brown Fox ( QBF ) is a phrase .");
    assertThat(corrected()).isEmpty();
  }

  @Test
  void aPersonInsideTheSpanStopsTheJoin() {
    sentence("Visiting [PER Kofi Annan] Rwanda ( KAR ) left .");
    assertThat(corrected()).containsExactly("Kofi Annan/PERSON");
  }
}
