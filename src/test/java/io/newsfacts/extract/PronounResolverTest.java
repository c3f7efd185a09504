package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pronoun speakers resolved on hand-made entities, no models: gender, nearness, quotations. */
class PronounResolverTest {

  private static PronounResolver resolver(String text, List<EntityCluster> entities) {
    return new PronounResolver(new CoreDocument(text), entities, QuoteFinder.findAll(text));
  }

  /** A person entity whose mentions are every occurrence of each given name in the text. */
  private static EntityCluster person(String text, String... names) {
    List<NamedMention> mentions = new ArrayList<>();
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new NamedMention(name, at, at + name.length(), 0, EntityType.PERSON, null,
            Arrays.asList(name.split(" "))));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return new EntityCluster(names[0], EntityType.PERSON, null, mentions);
  }

  @Test
  void heSkipsTheNearerWomanNamedByTitle() {
    String text = "Tom Ruiz met Mrs. Okafor on Monday. He said the talks went well.";
    EntityCluster ruiz = person(text, "Tom Ruiz");
    EntityCluster okafor = person(text, "Okafor");
    assertThat(resolver(text, List.of(ruiz, okafor)).person(text.indexOf("He said"), "He", null))
        .isSameAs(ruiz);
  }

  @Test
  void sheSkipsTheNearerManByFirstName() {
    String text = "Maria Lopez thanked John Carter. She said the port would grow.";
    EntityCluster lopez = person(text, "Maria Lopez");
    EntityCluster carter = person(text, "John Carter");
    assertThat(resolver(text, List.of(lopez, carter)).person(text.indexOf("She said"), "She", null))
        .isSameAs(lopez);
  }

  @Test
  void personNamedOnlyInsideAQuotationIsNoAntecedent() {
    String text = "Ann Berg spoke first. “I thank Anna Vik,” she said.";
    EntityCluster berg = person(text, "Ann Berg");
    EntityCluster vik = person(text, "Anna Vik");
    assertThat(resolver(text, List.of(berg, vik)).person(text.indexOf("she said"), "she", null))
        .isSameAs(berg);
  }

  @Test
  void personNamedAfterTheLastSpeakerWinsOverThatSpeaker() {
    String text = "“We start today,” Lopez said. Ruiz, a hydrologist, agreed. He said it was time.";
    EntityCluster lopez = person(text, "Lopez");
    EntityCluster ruiz = person(text, "Ruiz");
    int said = text.indexOf("Lopez");
    Attribution last = new Attribution(said, said + 5, "Lopez", lopez, "said");
    assertThat(resolver(text, List.of(lopez, ruiz)).person(text.indexOf("He said"), "He", last))
        .isSameAs(ruiz);
  }

  @Test
  void weInNarrationStaysUnlinked() {
    String text = "Ruiz spoke. We said nothing.";
    assertThat(resolver(text, List.of(person(text, "Ruiz")))
        .group(text.indexOf("We"), 0, "We", null)).isNull();
  }
}
