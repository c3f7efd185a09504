package io.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import io.newsfacts.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers scored by where the gold says they are written. */
class QuoteScorerTest {

  private static final String TEXT =
      "Ana Ruiz spoke first. \u201cYes,\u201d she said. \u201cNo,\u201d Ruiz said. \u201cOK,\u201d he said.";

  private static GoldQuote gold(int start, int end, int speakerStart, int speakerEnd) {
    return new GoldQuote(start, end, TEXT.substring(start, end), "x", null, speakerStart,
        speakerEnd);
  }

  private static double accuracy(List<GoldQuote> gold, List<Quote> ours) {
    ArticleFacts facts = new ArticleFacts(ArticleFacts.SCHEMA_VERSION, "d", null, null, null, null,
        TEXT, List.of(), List.of(new Entity("E1", "Ana Ruiz", EntityType.PERSON, null,
            List.of(new Mention("Ana Ruiz", 0, 8, 0), new Mention("Ruiz", 45, 49, 2)))),
        List.of(), ours);
    GoldDocument doc = new GoldDocument("d", TEXT, null, List.of(), List.of(), gold);
    return new QuoteScorer().score(doc, facts).counts().get(QuoteScorer.SPEAKER).recall();
  }

  @Test
  void rightWhenOurSpeakerSpanOverlapsTheGoldSpan() {
    List<Quote> ours = List.of(new Quote("Q1", "Yes,", 23, 27, 1,
        new Speaker("she", 29, 32, null), "said"));
    assertEquals(1.0, accuracy(List.of(gold(23, 27, 29, 32)), ours), 1e-9);
  }

  @Test
  void rightWhenAMentionOfOurSpeakersEntityOverlapsTheGoldSpan() {
    // we credit the pronoun's entity at "she"; the gold marks "Ruiz" two sentences on
    List<Quote> ours = List.of(new Quote("Q1", "Yes,", 23, 27, 1,
        new Speaker("she", 29, 32, "E1"), "said"));
    assertEquals(1.0, accuracy(List.of(gold(23, 27, 45, 49)), ours), 1e-9);
  }

  @Test
  void wrongWhenNeitherOverlapsEvenIfTheWordsAreEqual() {
    List<Quote> ours = List.of(new Quote("Q3", "OK,", 57, 60, 3,
        new Speaker("he", 62, 64, null), "said"));
    assertEquals(0.0, accuracy(List.of(gold(57, 60, 29, 32)), ours), 1e-9);
  }

  @Test
  void noSpeakerIsWrong() {
    List<Quote> ours = List.of(new Quote("Q1", "Yes,", 23, 27, 1, null, null));
    assertEquals(0.0, accuracy(List.of(gold(23, 27, 29, 32)), ours), 1e-9);
  }

  @Test
  void byNameRightWhenAnyMentionOfOurSpeakersEntityBearsTheGoldName() {
    List<Quote> ours = List.of(new Quote("Q1", "Yes,", 23, 27, 1,
        new Speaker("she", 29, 32, "E1"), "said"));
    GoldQuote byName = new GoldQuote(23, 27, "Yes,", "x", "Ruiz");
    assertEquals(1.0, accuracy(List.of(byName), ours), 1e-9);
    GoldQuote otherName = new GoldQuote(23, 27, "Yes,", "x", "Ana Lopez");
    assertEquals(0.0, accuracy(List.of(otherName), ours), 1e-9);
  }
}
