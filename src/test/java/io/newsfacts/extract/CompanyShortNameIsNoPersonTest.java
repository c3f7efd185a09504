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
 * A company named in full once and then by its first word ("Fenwick Co." … "Fenwick") is an
 * organisation, so a later "he said" does not go to it (docs/quotes.md, round 23). Texts of our
 * own, in wire marks and in curly marks, through the one shared pipeline.
 */
@Tag("models")
class CompanyShortNameIsNoPersonTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "1989-10-30"));
  }

  private static final String STORY = "Fenwick Co. said its third-quarter profit fell 12%, "
      + "citing weak demand for its breakfast cereals.\n\nAnother analyst, Joseph Marlow of "
      + "Harbor Securities, recently cut his rating on Fenwick stock. ";

  @Test
  void heAfterACompanysShortNameInWireMarksIsTheAnalyst() {
    ArticleFacts f = run(STORY + "``I don't think sales can recover this year,'' he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I don't think"))).isEqualTo("Joseph Marlow");
    assertThat(f.entities().stream().filter(e -> e.name().startsWith("Fenwick"))
        .map(Entity::type)).doesNotContain(EntityType.PERSON);
  }

  @Test
  void heAfterACompanysShortNameInCurlyMarksIsTheAnalyst() {
    ArticleFacts f = run(STORY + "“I don’t think sales can recover this year,” he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I don’t think"))).isEqualTo("Joseph Marlow");
  }
}
