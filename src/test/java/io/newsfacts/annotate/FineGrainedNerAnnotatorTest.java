package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the fine-grained lists' tags are kept or undone, on tokens tagged by hand. */
class FineGrainedNerAnnotatorTest {

  /** Tokens whose tags are the fine-grained ones given, word/TAG each. */
  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      String[] parts = item.split("/");
      CoreLabel token = new CoreLabel();
      token.setWord(parts[0]);
      token.setNER(parts[1]);
      tokens.add(token);
    }
    return tokens;
  }

  private static List<String> tags(List<CoreLabel> tokens) {
    return tokens.stream().map(CoreLabel::ner).toList();
  }

  @Test
  void aPlaceCutInTwoByTheListsIsOnePlaceAgain() {
    List<CoreLabel> tokens = tokens("in/O North/LOCATION America/COUNTRY ./O");
    FineGrainedNerAnnotator.keepNamesWhole(tokens,
        Arrays.asList("O", "LOCATION", "LOCATION", "O"));
    assertThat(tags(tokens)).containsExactly("O", "LOCATION", "LOCATION", "O");
  }

  @Test
  void aCupWhoseFirstWordIsANationalityStaysOneMiscName() {
    List<CoreLabel> tokens = tokens("the/O African/NATIONALITY Nations/MISC Cup/MISC");
    FineGrainedNerAnnotator.keepNamesWhole(tokens, Arrays.asList("O", "MISC", "MISC", "MISC"));
    assertThat(tags(tokens)).containsExactly("O", "MISC", "MISC", "MISC");
  }

  @Test
  void aWholeNameRefinedByTheListsKeepsTheFineTag() {
    List<CoreLabel> tokens = tokens("in/O South/COUNTRY Africa/COUNTRY and/O Paris/CITY");
    FineGrainedNerAnnotator.keepNamesWhole(tokens,
        Arrays.asList("O", "LOCATION", "LOCATION", "O", "LOCATION"));
    assertThat(tags(tokens)).containsExactly("O", "COUNTRY", "COUNTRY", "O", "CITY");
  }

  @Test
  void aTitleTheListsFoundOutsideNamesIsKept() {
    List<CoreLabel> tokens = tokens("the/O president/TITLE said/O");
    FineGrainedNerAnnotator.keepNamesWhole(tokens, Arrays.asList("O", "O", "O"));
    assertThat(tags(tokens)).containsExactly("O", "TITLE", "O");
  }
}
