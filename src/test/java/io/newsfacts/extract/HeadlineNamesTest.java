package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names NER ran together in a headline in title case, on headlines of our own. */
class HeadlineNamesTest {

  private static final Pattern WORD = Pattern.compile("\\S+");

  /** The text's lines as sentences of tokens split on spaces. */
  private static List<List<EntityConsistency.Token>> sentences(String text) {
    List<List<EntityConsistency.Token>> sentences = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      List<EntityConsistency.Token> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(line);
      while (m.find()) {
        tokens.add(new EntityConsistency.Token(m.group(), start + m.start(), start + m.end(),
            false));
      }
      if (!tokens.isEmpty()) {
        sentences.add(tokens);
      }
      start += line.length() + 1;
    }
    return sentences;
  }

  private static NamedMention mention(String text, String words, int sentence, EntityType type) {
    int begin = text.indexOf(words, sentence == 0 ? 0 : text.indexOf('\n'));
    return new NamedMention(words, begin, begin + words.length(), sentence, type, null,
        List.of(words.split(" ")));
  }

  private static List<String> names(String text, NamedMention... found) {
    return HeadlineNames.apply(text, sentences(text), List.of(found)).stream()
        .map(m -> m.text() + "/" + m.type()).toList();
  }

  @Test
  void aHeadlineRunTogetherIntoANameIsNoName() {
    String text = "Panel Faults Agency Over Flood Warnings\n\nA panel criticized the Army Corps.";
    assertThat(names(text,
        mention(text, "Panel Faults Agency Over Flood Warnings", 0, EntityType.ORGANIZATION),
        mention(text, "Army Corps", 2, EntityType.ORGANIZATION)))
        .containsExactly("Army Corps/ORGANIZATION");
  }

  @Test
  void aHeadlinesNameShrinksToTheNameTheBodyGives() {
    String text = "Chris Christie Calls For Calm\n\nGov. Chris Christie said on Monday.";
    assertThat(names(text, mention(text, "Chris Christie Calls", 0, EntityType.PERSON),
        mention(text, "Chris Christie", 2, EntityType.PERSON)))
        .containsExactly("Chris Christie/PERSON", "Chris Christie/PERSON");
  }

  @Test
  void aNameTheBodyWritesAgainAndShortNamesStay() {
    String text = "Army Corps of Engineers Faulted by Trump\n\nThe Army Corps of Engineers "
        + "erred, Trump said.";
    assertThat(names(text, mention(text, "Army Corps of Engineers", 0, EntityType.ORGANIZATION),
        mention(text, "Trump", 0, EntityType.PERSON)))
        .containsExactly("Army Corps of Engineers/ORGANIZATION", "Trump/PERSON");
  }

  @Test
  void aSentenceOfProseOrCapitalsIsNoTitleCaseHeadline() {
    String prose = "The Bank of New England Corporation said it would close branches.";
    assertThat(names(prose, mention(prose, "Bank of New England Corporation", 0,
        EntityType.ORGANIZATION))).hasSize(1);
    String lede = "British Virgin Islands Governor John Rankin Called For Calm After United States"
        + " Officials Arrested Premier Andrew Alturo Fahie .\n\nFahie was held in Miami.";
    assertThat(names(lede, mention(lede, "Andrew Alturo Fahie", 0, EntityType.PERSON)))
        .containsExactly("Andrew Alturo Fahie/PERSON");
    String capitals = "SOVIETS PROPOSE DEEP CUTS\n\nMoscow offered cuts.";
    assertThat(names(capitals, mention(capitals, "SOVIETS PROPOSE DEEP CUTS", 0,
        EntityType.ORGANIZATION))).hasSize(1);
  }
}
