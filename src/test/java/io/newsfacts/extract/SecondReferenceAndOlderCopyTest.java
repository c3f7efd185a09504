package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speakers called by their nation, kin or office on second reference (sports and local news),
 * and the names of older wire copy ("President Ford", "Mayor Abraham D. Beame", "Rep. Dante
 * Fascell, D-Fla.") (docs/quotes.md, round 40). Texts of our own, through the one shared
 * pipeline.
 */
@Tag("models")
class SecondReferenceAndOlderCopyTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2016-05-03"));
  }

  private static Optional<Entity> entityNamed(ArticleFacts f, String name) {
    return f.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void aPersonOfANationAfterAQuotationIsThePlayerJustNamed() {
    ArticleFacts f = run("Silva double\n\nThiago Silva scored twice as Chelsea beat Leeds 2-1 on "
        + "Saturday.\n\n“It was a special night for me,” the Brazilian said.\n\nCity manager Pep "
        + "Guardiola refused to blame the referee. ‘We made mistakes,’ the Spaniard told Sky "
        + "Sports.");
    assertThat(speakerEntityName(f, quoteStarting(f, "It was a special"))).isEqualTo(
        "Thiago Silva");
    assertThat(speakerEntityName(f, quoteStarting(f, "We made"))).isEqualTo("Pep Guardiola");
  }

  @Test
  void aKinshipNounAfterAQuotationIsThePersonJustNamed() {
    ArticleFacts f = run("Flood\n\nMargaret Hogan, 74, lost her home and everything in it. "
        + "``I have lived here for 50 years,'' the grandmother said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I have lived"))).isEqualTo(
        "Margaret Hogan");
  }

  @Test
  void anOfficeSpeaksForWhomItBelongsTo() {
    ArticleFacts f = run("Talks stall\n\nPrime Minister Benjamin Netanyahu's office said in a "
        + "statement that Israel would “continue to fight”.");
    assertThat(speakerEntityName(f, quoteStarting(f, "continue to fight"))).isEqualTo(
        "Benjamin Netanyahu");
  }

  @Test
  void aPossessedSpokesmanSpeaksForNobodyDescribedBefore() {
    ArticleFacts f = run("Rail\n\nA Department for Transport spokesperson said: 'We remain "
        + "committed.'\n\nThe prime minister's official spokesman said no decision had been "
        + "taken.");
    AttributionFact r = f.attributions().stream()
        .filter(a -> a.source() != null && a.source().text().contains("prime minister"))
        .findFirst().orElseThrow();
    assertThat(r.source().entityId()).isNull();
  }

  @Test
  void olderWireCopyNamesPeopleByRankAndParty() {
    ArticleFacts f = run("Aid Bill\n\nWASHINGTON (AP) -- President Ford signed a $2.3 billion "
        + "aid bill today, but he warned that ``the days of easy money are over.''\n\nMayor "
        + "Abraham D. Beame called the measure ``a lifeline.''\n\nRep. Dante Fascell, D-Fla., "
        + "predicted the House would block it.\n\nPeter Holmes, 52, of Leeds, was there.");
    assertThat(entityNamed(f, "Ford").map(Entity::type)).contains(EntityType.PERSON);
    assertThat(speakerEntityName(f, quoteStarting(f, "the days of"))).isEqualTo("Ford");
    assertThat(speakerEntityName(f, quoteStarting(f, "a lifeline"))).isEqualTo(
        "Abraham D. Beame");
    assertThat(f.entities()).extracting(Entity::name).doesNotContain("D-Fla.");
    assertThat(entityNamed(f, "Leeds").map(Entity::type)).contains(EntityType.LOCATION);
  }

  @Test
  void aRankInCapitalsAfterTheIsItsHolderNotAName() {
    ArticleFacts f = run("Mayor Asks Calm\n\nMayor John V. Lindsay appealed last night for calm. "
        + "\"This city cannot afford another day of anger,\" the Mayor said in a television "
        + "address.\n\nChair Jerome Powell spoke later.");
    assertThat(speakerEntityName(f, quoteStarting(f, "This city"))).isEqualTo("John V. Lindsay");
    assertThat(f.entities()).extracting(Entity::name).doesNotContain("Mayor")
        .contains("Jerome Powell");
  }

  @Test
  void aParticipleOpeningTheSentenceIsNoPlace() {
    ArticleFacts f = run("Pianist dies\n\nRuth Kemper died on Tuesday.\n\nBorn in Memphis in "
        + "1932, Ms. Kemper moved to Chicago at 17.");
    assertThat(f.entities()).extracting(Entity::name).doesNotContain("Born").contains("Memphis");
  }

  @Test
  void aPersonOfANationIsANationalityNotAPlaceOrAName() {
    ArticleFacts f = run("Murray through\n\nAndy Murray won in five sets on Wednesday. \u2018I "
        + "never gave up,\u2019 the Scot said.\n\nMauricio Pochettino praised his captain. "
        + "\"He is an example,\" said the Argentine.");
    assertThat(entityNamed(f, "Scot").map(Entity::type)).contains(EntityType.MISC);
    assertThat(entityNamed(f, "Argentine").map(Entity::subtype)).contains("NATIONALITY");
    assertThat(speakerEntityName(f, quoteStarting(f, "He is an example"))).isEqualTo(
        "Mauricio Pochettino");
  }

  @Test
  void heAfterAnUnnamedSonIsNotTheProsecutorNamedBefore() {
    // the parser roots the son's sentence on "statement" and hangs "said" under "read"
    ArticleFacts f = run("Man jailed\n\nProsecutor James Bell said Holmes had spent the money on "
        + "gambling. The court heard that one victim lost her savings.\n\nIn a statement read "
        + "outside court, her son said the family was relieved. 'Nothing will bring the money "
        + "back, but at least he is behind bars,' he said.");
    Quote q = quoteStarting(f, "Nothing will bring");
    assertThat(q.speaker().text()).isEqualTo("he");
    assertThat(q.speaker().entityId()).isNull();
  }
}
