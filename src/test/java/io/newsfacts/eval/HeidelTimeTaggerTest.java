package io.newsfacts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.extract.DateTokens.PosToken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HeidelTime fed tokens and tags from outside, as the evaluation feeds it CoreNLP's. */
class HeidelTimeTaggerTest {

  /** Whitespace tokens of one sentence with the given tags. */
  private static List<PosToken> tokens(String text, String... tags) {
    List<PosToken> tokens = new ArrayList<>();
    int at = 0;
    int i = 0;
    for (String word : text.split(" ")) {
      int begin = text.indexOf(word, at);
      tokens.add(new PosToken(begin, begin + word.length(), 0, tags[i++]));
      at = begin + word.length();
    }
    return tokens;
  }

  @Test
  void resolvesDatesAgainstTheCreationDateFromGivenTokens() {
    String text = "The board met on Friday and will vote in March 1999 .";
    List<HeidelTimeTagger.Timex> found = new HeidelTimeTagger().tag(text,
        LocalDate.of(1998, 2, 11), tokens(text,
            "DT", "NN", "VBD", "IN", "NNP", "CC", "MD", "VB", "IN", "NNP", "CD", "."));
    assertThat(found).extracting(t -> text.substring(t.begin(), t.end()))
        .containsExactly("Friday", "March 1999");
    assertThat(found).extracting(HeidelTimeTagger.Timex::value)
        .containsExactly("1998-02-06", "1999-03");
  }
}
