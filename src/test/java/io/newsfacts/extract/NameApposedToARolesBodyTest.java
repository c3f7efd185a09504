package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "A spokeswoman for the ministry, Kate Moss, said": the wire introduces a source by a role of a
 * body and then the name, and the parser hangs the name on the body. The speaker keeps its words
 * and takes the person's entity.
 */
@Tag("models")
class NameApposedToARolesBodyTest {

  @Test
  void aNameAfterTheBodyOfASpeakersRoleIsTheSpeakers() {
    ArticleFacts f = AttributionsFound.run("“The talks are over,” a spokeswoman for the ministry, "
        + "Kate Moss, said.");
    assertThat(quoteStarting(f, "The talks").speaker().text())
        .isEqualTo("a spokeswoman for the ministry");
    assertThat(speakerEntityName(f, quoteStarting(f, "The talks"))).isEqualTo("Kate Moss");
  }

  @Test
  void aNameAfterACompanyOfAnOfficeIsTheOfficeHolders() {
    ArticleFacts f = AttributionsFound.run("The chief executive of Acme Corp., John Smith, said: "
        + "“We are pleased.”");
    assertThat(speakerEntityName(f, quoteStarting(f, "We are pleased"))).isEqualTo("John Smith");
  }

  @Test
  void reportedSpeechSourceTakesTheNameToo() {
    ArticleFacts f = AttributionsFound.run("A spokeswoman for the ministry, Kate Moss, said the "
        + "talks were over.");
    assertThat(AttributionsFound.entityName(f, AttributionsFound.withCue(f, "said")))
        .isEqualTo("Kate Moss");
  }

  @Test
  void aNameAmongSeveralSpeakersIsNoOnesEntity() {
    ArticleFacts f = AttributionsFound.run("But seven members, including the group’s two leaders, "
        + "Ana Ruiz of Washington, said they back the bill.");
    assertThat(AttributionsFound.withCue(f, "said").source().entityId()).isNull();
  }
}
