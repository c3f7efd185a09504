package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * British copy writes titles and ranks without a full stop ("Mr Harper", "Det Insp Paul Wood",
 * "Prof Ferguson"), and the tagger then takes them into the person's name; the entity is the
 * name alone, as "Mr. Harper" gives it. Texts of our own through the one shared pipeline.
 */
@Tag("models")
class TitlesOutsideNamesTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2023-06-03"));
  }

  private static boolean namesPerson(ArticleFacts f, String name) {
    return f.entities().stream()
        .anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(name));
  }

  @Test
  void aCourtesyTitleWithoutItsStopIsNoPartOfTheName() {
    ArticleFacts f = run("Ministers met on Tuesday.\n\nSpeaking to the BBC, Mr Harper said: "
        + "‘We are investing more than any government before us.’");
    assertThat(speakerEntityName(f, quoteStarting(f, "We are investing"))).isEqualTo("Harper");
    assertThat(f.entities()).extracting(Entity::name).doesNotContain("Mr Harper");
  }

  @Test
  void anAbbreviatedPoliceRankIsNoPartOfTheName() {
    ArticleFacts f = run("Police were called on Tuesday.\n\n‘This was a shocking attack,’ said "
        + "Det Insp Paul Wood, of Avon and Somerset Police.");
    assertThat(speakerEntityName(f, quoteStarting(f, "This was"))).isEqualTo("Paul Wood");
    assertThat(namesPerson(f, "Det Insp Paul Wood")).isFalse();
  }

  @Test
  void aTitledSurnameJoinsTheFullNameBeforeIt() {
    ArticleFacts f = run("Professor Neil Ferguson, of Imperial College London, spoke on "
        + "Tuesday.\n\n'The data are clear,' added Prof Ferguson.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The data"))).isEqualTo("Neil Ferguson");
  }
}
