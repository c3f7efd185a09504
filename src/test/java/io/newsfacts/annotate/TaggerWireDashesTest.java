package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AP wire's underscore dash, shown to the tagger as a dash; offsets and original text stay. */
class TaggerWireDashesTest {

  @Test
  void aLoneUnderscoreAfterADatelineOrAroundAnAsideReadsAsADash() {
    String text = "MOSCOW (AP)_ Yeltsin held the base _ which is on the border _ for years.";
    List<CoreLabel> tokens = tokens(text);
    TaggerWireDashes.asDashes(tokens);
    List<CoreLabel> dashes = tokens.stream().filter(t -> t.originalText().equals("_")).toList();
    assertThat(dashes).hasSize(3).allSatisfy(t -> {
      assertThat(t.word()).isEqualTo("--");
      assertThat(text.substring(t.beginPosition(), t.endPosition())).isEqualTo("_");
    });
  }

  @Test
  void anUnderscoreInsideAWordIsLeftAlone() {
    List<CoreLabel> tokens = tokens("Set max_retries to 3.");
    TaggerWireDashes.asDashes(tokens);
    assertThat(tokens).extracting(CoreLabel::word).doesNotContain("--").contains("max_retries");
  }

  private static List<CoreLabel> tokens(String text) {
    return new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
        "invertible=true").tokenize();
  }
}
