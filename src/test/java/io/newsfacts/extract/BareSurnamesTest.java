package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A surname NER left untagged, after the person was named in full; texts of our own. */
class BareSurnamesTest {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d.]+|[^\\s\\p{L}\\d]");

  /** One sentence per line; the words of {@code person} are tagged, every other token is not. */
  private static List<String> added(String text, String person, NamedMention... others) {
    List<List<EntityConsistency.Token>> sentences = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      List<EntityConsistency.Token> tokens = new ArrayList<>();
      for (Matcher m = TOKEN.matcher(line); m.find(); ) {
        int begin = lineStart + m.start();
        int named = text.indexOf(person);
        boolean inName = begin >= named && begin < named + person.length();
        tokens.add(new EntityConsistency.Token(m.group(), begin, lineStart + m.end(), inName));
      }
      sentences.add(tokens);
      lineStart += line.length() + 1;
    }
    int at = text.indexOf(person);
    NamedMention full = new NamedMention(person, at, at + person.length(), 0, EntityType.PERSON,
        null, List.of(person.split(" ")));
    List<NamedMention> found = new ArrayList<>(List.of(others));
    found.add(full);
    return BareSurnames.find(text, sentences, found).stream()
        .map(m -> m.text() + "@" + m.begin()).toList();
  }

  @Test
  void surnameAloneAfterTheFullNameIsThePerson() {
    String t = "Chief Executive Jane Wu said the quarter was hard.\nWu, 51, took over last year.";
    assertThat(added(t, "Jane Wu")).containsExactly("Wu@" + t.lastIndexOf("Wu"));
  }

  @Test
  void surnameInsideALongerNameIsNot() {
    String t = "Jane Wu said so.\nShares of Wu Holdings fell.\nThey met at Lake Wu.";
    assertThat(added(t, "Jane Wu")).isEmpty();
  }

  @Test
  void sentenceOpeningWordTheArticleWritesInLowerCaseIsNot() {
    String t = "Tom Black said so.\nBlack voters were split.\nMany wore black.";
    assertThat(added(t, "Tom Black")).isEmpty();
  }

  @Test
  void surnameBeforeTheFullNameIsNot() {
    String t = "Wu, the chief, spoke.\nJane Wu said the quarter was hard.";
    assertThat(added(t, "Jane Wu")).isEmpty();
  }

  @Test
  void surnameInAHeadlineInCapitalsIsNot() {
    String t = "Jane Wu said the quarter was hard.\nACME CHIEF Wu QUITS AFTER LOSS";
    assertThat(added(t, "Jane Wu")).isEmpty();
  }

  @Test
  void lastWordOfAnotherKindOfNameIsNoSurname() {
    String t = "Ada Klan spoke.\nThe Ku Klux Klan marched.\nShe talked about the Klan again.";
    int at = t.indexOf("Ku Klux Klan");
    NamedMention kkk = new NamedMention("Ku Klux Klan", at, at + 12, 1, EntityType.ORGANIZATION,
        null, List.of("Ku", "Klux", "Klan"));
    assertThat(added(t, "Ada Klan", kkk)).isEmpty();
  }

  @Test
  void personNerOnceTypedAnOrganisationKeepsTheSurname() {
    String t = "Ada Fields spoke.\nAda Fields left.\nFields, 34, said so.";
    int at = t.indexOf("Ada Fields", 3);
    NamedMention typedOrg = new NamedMention("Ada Fields", at, at + 10, 1,
        EntityType.ORGANIZATION, null, List.of("Ada", "Fields"));
    assertThat(added(t, "Ada Fields", typedOrg))
        .containsExactly("Fields@" + t.lastIndexOf("Fields"));
  }

  @Test
  void familyNameWrittenFirstStandsAloneForThePerson() {
    String t = "Xi Jinping met investors.\nXi said trade would grow.";
    assertThat(added(t, "Xi Jinping")).containsExactly("Xi@" + t.lastIndexOf("Xi"));
  }

  @Test
  void firstWordTwoPeopleShareIsNobodys() {
    String t = "John Smith met John Doe.\nLater John said so.";
    int at = t.indexOf("John Doe");
    NamedMention doe = new NamedMention("John Doe", at, at + 8, 0, EntityType.PERSON, null,
        List.of("John", "Doe"));
    assertThat(added(t, "John Smith", doe)).isEmpty();
  }

  @Test
  void wordInsideAHyphenatedNameIsNotItWrittenInLowerCase() {
    String t = "Moon Jae-in met Ban Ki-moon.\nMoon said the talks went well.";
    int at = t.indexOf("Ban Ki-moon");
    NamedMention ban = new NamedMention("Ban Ki-moon", at, at + 11, 0, EntityType.PERSON, null,
        List.of("Ban", "Ki-moon"));
    assertThat(added(t, "Moon Jae-in", ban)).containsExactly("Moon@" + t.lastIndexOf("Moon"));
  }

  @Test
  void lowerCaseWordAfterAHyphenStillCounts() {
    String t = "Tom Black said so.\nBlack voters heard anti-black slogans.";
    assertThat(added(t, "Tom Black")).isEmpty();
  }
}
