package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityConsistencyTest {

  /** The article: sentences of space-separated tokens, one a line. */
  private final StringBuilder text = new StringBuilder();
  private final List<List<EntityConsistency.Token>> sentences = new ArrayList<>();
  private final List<NamedMention> found = new ArrayList<>();

  /** Adds a sentence; words in [brackets] are ones NER tagged (with the given type). */
  private void sentence(String line, EntityType type) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    List<EntityConsistency.Token> tokens = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    int pendingBegin = -1;
    for (String raw : line.split(" ")) {
      boolean opens = raw.startsWith("[");
      boolean closes = raw.endsWith("]");
      String word = raw.replace("[", "").replace("]", "");
      if (tokens.size() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      boolean tagged = opens || !pending.isEmpty();
      tokens.add(new EntityConsistency.Token(word, begin, text.length(), tagged));
      if (opens) {
        pendingBegin = begin;
      }
      if (tagged) {
        pending.add(word);
      }
      if (closes) {
        found.add(new NamedMention(text.substring(pendingBegin), pendingBegin, text.length(),
            sentences.size(), type, null, pending));
        pending = new ArrayList<>();
      }
    }
    sentences.add(tokens);
  }

  private List<String> repeats() {
    return new EntityConsistency().repeats(text.toString(), sentences, found).stream()
        .map(m -> m.text() + "/" + m.type())
        .toList();
  }

  @Test
  void findsTheNameAgainInACapitalsHeadline() {
    sentence("PFIZER SAYS VACCINE DATA DUE BY END OF NOVEMBER", EntityType.ORGANIZATION);
    sentence("[Pfizer] expects to have safety data this month .", EntityType.ORGANIZATION);
    assertThat(repeats()).containsExactly("PFIZER/ORGANIZATION");
  }

  @Test
  void findsAnUntaggedRepeatInRunningText() {
    sentence("Shares of [Revolut] rose .", EntityType.ORGANIZATION);
    sentence("Analysts said Revolut would need a licence .", EntityType.ORGANIZATION);
    assertThat(repeats()).containsExactly("Revolut/ORGANIZATION");
  }

  @Test
  void prefersTheLongestTaggedName() {
    sentence("[Starling Bank] and [Starling] are the same .", EntityType.ORGANIZATION);
    sentence("Customers of Starling Bank complained .", EntityType.ORGANIZATION);
    assertThat(repeats()).containsExactly("Starling Bank/ORGANIZATION");
  }

  @Test
  void leavesAPartOfALongerUntaggedNameAlone() {
    sentence("[Liverpool] won again .", EntityType.ORGANIZATION);
    sentence("Fans gathered near Liverpool Street station .", EntityType.ORGANIZATION);
    assertThat(repeats()).isEmpty();
  }

  @Test
  void aLowercaseWordIsNotTheName() {
    sentence("The [US] economy grew .", EntityType.LOCATION);
    sentence("He told us nothing .", EntityType.LOCATION);
    assertThat(repeats()).isEmpty();
  }

  @Test
  void neverRetagsWordsNerTagged() {
    sentence("[May] said she would stay .", EntityType.PERSON);
    sentence("The vote is in [May] .", EntityType.MISC);
    found.remove(1);
    assertThat(repeats()).isEmpty();
  }

  @Test
  void anAcronymNamesTheMultiWordNameItSpells() {
    sentence("The [European Union Aviation Safety Agency] will decide .", EntityType.ORGANIZATION);
    sentence("EASA said it needed more time .", EntityType.ORGANIZATION);
    assertThat(repeats()).containsExactly("EASA/ORGANIZATION");
  }

  @Test
  void anAcronymMaySkipOneWordButNoMore() {
    assertThat(EntityConsistency.spells("FT", "FT")).isTrue();
    assertThat(EntityConsistency.spells("EASA", "EUASA")).isTrue();
    assertThat(EntityConsistency.spells("EA", "EUA")).isFalse();
    assertThat(EntityConsistency.spells("EASA", "EUAASA")).isFalse();
    assertThat(EntityConsistency.spells("UASA", "EUASA")).isFalse();
  }

  @Test
  void anAcronymOfAPersonIsNotTaken() {
    sentence("[John Fitzgerald Kennedy] spoke .", EntityType.PERSON);
    sentence("JFK airport was closed .", EntityType.PERSON);
    assertThat(repeats()).isEmpty();
  }

  @Test
  void capitalsHeadlinesAreRecognised() {
    assertThat(EntityConsistency.isInCapitals(tokens("SOCCER - LIVERPOOL BEAT CHELSEA"))).isTrue();
    assertThat(EntityConsistency.isInCapitals(tokens("The IMF and the EU met in Paris"))).isFalse();
  }

  private static List<EntityConsistency.Token> tokens(String line) {
    return Arrays.stream(line.split(" "))
        .map(w -> new EntityConsistency.Token(w, 0, w.length(), false))
        .toList();
  }

  private List<String> wholeInCapitals() {
    return new EntityConsistency().wholeInCapitals(text.toString(), sentences, found).stream()
        .map(m -> m.text() + "/" + m.type())
        .toList();
  }

  @Test
  void aNameCutShortInACapitalsHeadlineIsTakenWhole() {
    sentence("[SILICON] VALLEY BANK FAILS AS LENDERS TUMBLE", EntityType.ORGANIZATION);
    sentence("Regulators shut [Silicon Valley Bank] on Friday .", EntityType.ORGANIZATION);
    assertThat(wholeInCapitals())
        .containsExactlyInAnyOrder("SILICON VALLEY BANK/ORGANIZATION",
            "Silicon Valley Bank/ORGANIZATION");
  }

  @Test
  void aNameCutShortInRunningTextIsLeftToNer() {
    sentence("The [Silicon] Valley Bank story .", EntityType.ORGANIZATION);
    sentence("Regulators shut [Silicon Valley Bank] on Friday .", EntityType.ORGANIZATION);
    assertThat(wholeInCapitals())
        .containsExactlyInAnyOrder("Silicon/ORGANIZATION", "Silicon Valley Bank/ORGANIZATION");
  }
}
