package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Entity;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "A spokeswoman for the ministry, Kate Moss, said": the wire introduces a source by a role of a
 * body and then the name, and the parser hangs the name on the body. The speaker keeps its words
 * and takes the person's entity; a person in apposition to a person stays where it is.
 */
@Tag("models")
class NameApposedToARolesBodyTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2024-03-14"));
  }

  @Test
  void aNameAfterTheBodyOfASpeakersRoleIsTheSpeakers() {
    ArticleFacts f = run("“The talks are over,” a spokeswoman for the ministry, Kate Moss, said.");
    assertThat(quoteStarting(f, "The talks").speaker().text())
        .isEqualTo("a spokeswoman for the ministry");
    assertThat(speakerEntityName(f, quoteStarting(f, "The talks"))).isEqualTo("Kate Moss");
  }

  @Test
  void aNameAfterACompanyOfAnOfficeIsTheOfficeHolders() {
    ArticleFacts f = run("The chief executive of Acme Corp., John Smith, said: “We are pleased.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We are pleased"))).isEqualTo("John Smith");
  }

  @Test
  void reportedSpeechSourceTakesTheNameToo() {
    ArticleFacts f = run("A spokeswoman for the ministry, Kate Moss, said the talks were over.");
    AttributionFact said = f.attributions().stream()
        .filter(a -> a.cue().text().equals("said")).findFirst().orElseThrow();
    String id = said.source().entityId();
    assertThat(f.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name))
        .containsExactly("Kate Moss");
  }
}
