package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static io.newsfacts.testing.QuoteLookup.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Conventions of today's web news (docs/quotes.md, round 25): a name with a particle ("Bill de
 * Blasio") is a person; a verb of saying before its source after a quotation closed on a comma,
 * with a title or a relative clause around the name ("said lead author Jo Reyes, a doctoral
 * student", "said Steve Lederer who is …"); a relative clause's verb inside the speaker's
 * description is not the report; and an office after a party ("the Conservative MP") is a
 * person, linked to a name the article titled so or to the name that was the subject of the
 * sentence right before (round 30); a quotation ending in a stop is not
 * credited to a verb of the sentence after it; the reader's "you" is nobody's name; a name right
 * after its description ("Popular harbour spot The Idle Hour") is the speaker's entity; a heading
 * line's quotation continues no one (round 29). Texts of our own, through the one shared pipeline.
 */
@Tag("models")
class WebNewsSpeakerConventionsTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2020-04-10"));
  }

  @Test
  void nameWithAParticleIsAPersonThatHeRefersTo() {
    ArticleFacts f = run("City plans burials\n\nNew York City Mayor Bill de Blasio indicated this "
        + "week that burials might be needed.\n\n\"Obviously the island is the place,\" he said.");
    assertThat(f.entities()).anyMatch(e -> e.name().equals("Bill de Blasio")
        && e.type() == EntityType.PERSON);
    assertThat(speakerEntityName(f, quoteStarting(f, "Obviously"))).isEqualTo("Bill de Blasio");
  }

  @Test
  void aPlaceWithAParticleStaysAPlace() {
    ArticleFacts f = run("Maria Silva flew to Rio de Janeiro on Monday.");
    assertThat(f.entities()).noneMatch(e -> e.name().contains("Janeiro")
        && e.type() == EntityType.PERSON);
  }

  @Test
  void titleWordsBetweenTheVerbAndTheNameAfterAQuotation() {
    ArticleFacts f = run("Robots draw blood\n\nDrawing blood costs billions, according to "
        + "estimates.\n“A device like ours could help clinicians get blood samples quickly, "
        + "safely and reliably, preventing needless pain,” said lead author Jo Reyes, a doctoral "
        + "student in the Yarmush lab in the engineering department.");
    assertThat(speakerEntityName(f, quoteStarting(f, "A device"))).isEqualTo("Jo Reyes");
  }

  @Test
  void relativeClauseAfterTheNameDoesNotHideIt() {
    ArticleFacts f = run("Resort plan\n\n\"We'll have a 50 slip marina,\" said Leigh Sears who "
        + "is the concessions manager.\n\n\"We're not locked in to a number of cabins or slips. "
        + "What is being proposed here is smaller than what was there in the 2000's when the "
        + "previous resort shutdown,\" said Steve Lederer who is Napa County Public Works "
        + "Director.");
    assertThat(speakerEntityName(f, quoteStarting(f, "We're not locked"))).isEqualTo(
        "Steve Lederer");
  }

  @Test
  void aVerbInTheSpeakersRelativeClauseIsNotTheReport() {
    ArticleFacts f = run("Smoke\n\n“Countryside residents started complaining about the "
        + "smoke, because the air used to be clean there,” Alberto Shiguematsu, a São Paulo "
        + "resident who tweeted about the smoke, said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "Countryside"))).isEqualTo(
        "Alberto Shiguematsu");
  }

  @Test
  void aRoleInCapitalsLinksToTheNameItTitled() {
    ArticleFacts f = run("Travel\n\nConservative MP Chris Grayling warned on Monday that the "
        + "sector faces cuts.\n\nSpeaking in the Commons, the Conservative MP said: “It does not "
        + "need to be like this.”");
    assertThat(speakerText(quoteStarting(f, "It does not need"))).isEqualTo(
        "the Conservative MP");
    assertThat(speakerEntityName(f, quoteStarting(f, "It does not need"))).isEqualTo(
        "Chris Grayling");
  }

  @Test
  void aRoleOpeningTheNextSentenceContinuesTheSubjectBefore() {
    ArticleFacts f = run("Travel\n\nChris Grayling warned on Monday that the sector faces "
        + "cuts.\n\nSpeaking in the Commons, the Conservative MP said: “It does not need to be "
        + "like this.”");
    assertThat(speakerText(quoteStarting(f, "It does not need"))).isEqualTo(
        "the Conservative MP");
    assertThat(speakerEntityName(f, quoteStarting(f, "It does not need"))).isEqualTo(
        "Chris Grayling");
  }

  @Test
  void aPartysOfficeHolderIsNoOrganisationAndNoOneElse() {
    // NER reads "Conservative MP" as an organisation; the party is, the MP is a person, unnamed
    ArticleFacts f = run("Travel\n\nChris Grayling warned on Monday that the sector faces "
        + "cuts.\n\nA Conservative MP said: “It does not need to be like this.”");
    assertThat(quoteStarting(f, "It does not need").speaker().entityId()).isNull();
    assertThat(f.entities()).noneMatch(e -> e.name().endsWith("MP"));
  }

  @Test
  void aQuotationEndingInAStopIsNotCreditedToTheNextSentencesVerb() {
    ArticleFacts f = run("Interview\n\n\"I wasn't prepared for that,\" Harry said during the "
        + "interview. \"I went into a very dark place as well. I wanted to be there for her.\" He "
        + "said that every day he came home from work, he would arrive to see Meghan crying.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I went into"))).isEqualTo("Harry");
  }

  @Test
  void theReadersYouIsNoSpeaker() {
    ArticleFacts f = run("Speech\n\nThe right to free speech has limits: you can't yell "
        + "\"fire\" in a crowded theater.");
    assertThat(quoteStarting(f, "fire").speaker()).isNull();
  }

  @Test
  void aNameRightAfterItsDescriptionGivesTheSpeakersEntity() {
    // "The Salty Dog" hangs off "shop" as a bare dep: the phrase and its entity take the name
    ArticleFacts f = run("Closures\n\nSeaside chip shop The Salty Dog said the rules were "
        + "\"impossible\".");
    Quote quote = quoteStarting(f, "impossible");
    assertThat(speakerText(quote)).isEqualTo("Seaside chip shop The Salty Dog");
    assertThat(speakerEntityName(f, quote)).contains("Salty Dog");
  }

  @Test
  void aPersonsNameRightAfterTheirRoleGivesTheSpeakersEntity() {
    ArticleFacts f = run("Debate\n\nThe conservative writer Dana Frum called it \"a display of "
        + "panic.\"");
    Quote quote = quoteStarting(f, "a display");
    assertThat(speakerText(quote)).isEqualTo("The conservative writer Dana Frum");
    assertThat(speakerEntityName(f, quote)).isEqualTo("Dana Frum");
  }

  @Test
  void aQuotationInAHeadingDoesNotContinueTheItemBefore() {
    ArticleFacts f = run("Closures\n\nThe Idle Hour will be closing, and the owners said it is "
        + "\"highly unlikely\" they will be back.\n\nTourist attractions - Mizen Head's "
        + "'The Mizen' to close\n\nThe visitor centre shuts on Sunday.");
    assertThat(quoteStarting(f, "The Mizen").speaker()).isNull();
  }

  @Test
  void aQuotationEndingAHeadlessParagraphStillContinuesItsSpeaker() {
    // a full sentence ends in a stop: not a heading, so the run of quotation goes on
    ArticleFacts f = run("Closures\n\n\"We are closing tonight,\" the manager, Ann Walsh, "
        + "said.\n\n\"We hope to reopen in the spring.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "We hope"))).isEqualTo("Ann Walsh");
  }
}
