package io.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import io.newsfacts.model.Speaker;
import io.newsfacts.model.TextSpan;
import io.newsfacts.model.TimexType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorersTest {

  static ArticleFacts facts(String text, List<Entity> entities, List<DateFact> dates,
      List<Quote> quotes) {
    return new ArticleFacts(ArticleFacts.SCHEMA_VERSION, "d", new SourceInfo("d", SourceFormat.TXT,
        "0"), null, null, null, text, List.of(new TextSpan(0, text.length())), entities, dates,
        quotes);
  }

  @Test
  void datesTempEvalCounts() {
    //            0         1         2         3         4
    //            0123456789012345678901234567890123456789012345
    String text = "On Sunday morning, for a week, since 1990 now";
    GoldDocument gold = new GoldDocument("d", text, null, List.of(
        new GoldDate("Sunday morning", 3, 17, TimexType.TIME, "1998-01-11TMO"),
        new GoldDate("a week", 23, 29, TimexType.DURATION, "P1W"),
        new GoldDate("1990", 37, 41, TimexType.DATE, "1990")), List.of(), List.of());
    ArticleFacts ours = facts(text, List.of(), List.of(
        new DateFact("Sunday", 3, 9, 0, TimexType.DATE, "1998-01-11", true),
        new DateFact("morning", 10, 17, 0, TimexType.TIME, "1998-01-11TMO", true),
        new DateFact("a week", 23, 29, 0, TimexType.DURATION, "P1W", true),
        new DateFact("now", 42, 45, 0, TimexType.DATE, "PRESENT_REF", true)), List.of());
    TaskScorer.DocScore s = new DateScorer().score(gold, ours);
    // Alignment: "morning" (7 shared) with "Sunday morning", "a week" exact; "Sunday", "now" spare.
    assertEquals(new Prf(4, 3, 1, 1), s.counts().get(DateScorer.STRICT));
    assertEquals(new Prf(4, 3, 2, 2), s.counts().get(DateScorer.RELAXED));
    assertEquals(new Prf(4, 3, 2, 2), s.counts().get(DateScorer.TYPE));
    assertEquals(new Prf(4, 3, 2, 2), s.counts().get(DateScorer.VALUE));
    assertEquals(0.5, s.counts().get(DateScorer.RELAXED).precision(), 1e-9);
    List<String> kinds = s.disagreements().stream().map(Disagreement::kind).toList();
    assertEquals(List.of("span", "missed", "spurious", "spurious"), kinds);
    assertEquals(text, s.disagreements().get(0).sentence());
  }

  @Test
  void datesOfAFailedDocumentScoreAsEmpty() {
    GoldDocument gold = new GoldDocument("d", "today", null,
        List.of(new GoldDate("today", 0, 5, TimexType.DATE, "2024-01-01")), List.of(), List.of());
    TaskScorer.DocScore s = new DateScorer().score(gold, null);
    assertEquals(new Prf(0, 1, 0, 0), s.counts().get(DateScorer.RELAXED));
    assertEquals("missed", s.disagreements().get(0).kind());
    assertTrue(s.disagreements().get(0).sentence().contains("today"));
  }

  @Test
  void entitiesExactSpanAndTypePerTypeAndMicro() {
    String text = "EU rejects German call . Peter Blackburn";
    GoldDocument gold = new GoldDocument("d", text, null, List.of(), List.of(
        new GoldEntity("EU", 0, 2, "ORG"), new GoldEntity("German", 11, 17, "MISC"),
        new GoldEntity("Peter Blackburn", 25, 40, "PER")), List.of());
    ArticleFacts ours = facts(text, List.of(
        new Entity("e1", "EU", EntityType.ORGANIZATION, null, List.of(new Mention("EU", 0, 2, 0))),
        new Entity("e2", "German", EntityType.LOCATION, null,
            List.of(new Mention("German", 11, 17, 0))),
        new Entity("e3", "Blackburn", EntityType.PERSON, null,
            List.of(new Mention("Blackburn", 31, 40, 0), new Mention("Blackburn", 31, 40, 0)))),
        List.of(), List.of());
    TaskScorer.DocScore s = new EntityScorer().score(gold, ours);
    assertEquals(new Prf(3, 3, 1, 1), s.counts().get(EntityScorer.ALL)); // duplicate counted once
    assertEquals(new Prf(1, 1, 1, 1), s.counts().get("ORG"));
    assertEquals(new Prf(1, 0, 0, 0), s.counts().get("LOC"));
    assertEquals(new Prf(0, 1, 0, 0), s.counts().get("MISC"));
    assertEquals(new Prf(1, 1, 0, 0), s.counts().get("PER"));
    assertEquals(List.of("type", "span"),
        s.disagreements().stream().map(Disagreement::kind).toList());
  }

  @Test
  void conllTypeMapping() {
    assertEquals("PER", ConllTypes.of(EntityType.PERSON));
    assertEquals("ORG", ConllTypes.of(EntityType.ORGANIZATION));
    assertEquals("LOC", ConllTypes.of(EntityType.LOCATION));
    assertEquals("MISC", ConllTypes.of(EntityType.MISC));
  }

  @Test
  void quotesSpansAndSpeakers() {
    String text = "\u201cWe will not back down,\u201d said Minister Lee. \"Over,\" Kim said. \"Bye\"";
    GoldDocument gold = new GoldDocument("d", text, null, List.of(), List.of(), List.of(
        new GoldQuote(1, 23, "We will not back down,", "Minister Lee", "Lee Jong-sup"),
        new GoldQuote(45, 50, "Over,", "Kim", "Kim Jong-un"),
        new GoldQuote(63, 66, "Bye", null, null)));
    ArticleFacts ours = facts(text,
        List.of(new Entity("e1", "Lee  Jong-Sup", EntityType.PERSON, null, List.of())),
        List.of(), List.of(
            new Quote("q1", "We will not back down,", 1, 23, 0, new Speaker("Lee", 39, 42, "e1"),
                "said"),
            new Quote("q2", "Over", 45, 49, 0, new Speaker("Park", 0, 0, null), "said"),
            new Quote("q3", "Bye", 63, 66, 0, null, null)));
    TaskScorer.DocScore s = new QuoteScorer().score(gold, ours);
    assertEquals(new Prf(3, 3, 2, 2), s.counts().get(QuoteScorer.EXACT));
    assertEquals(new Prf(3, 3, 3, 3), s.counts().get(QuoteScorer.OVERLAP));
    // Two matched gold quotes have a speaker; the entity name matches (case, spaces), Park not.
    assertEquals(0.5, s.counts().get(QuoteScorer.SPEAKER).recall(), 1e-9);
    assertEquals(List.of("span,speaker"),
        s.disagreements().stream().map(Disagreement::kind).toList());
  }
}
