package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Entity;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;

/** What the attribution tests ask of a tiny article run through the shared pipeline. */
final class AttributionsFound {

  private AttributionsFound() {}

  /** The article's facts, published 2024-03-14. */
  static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2024-03-14"));
  }

  /** The first relation whose cue is exactly these words; fails listing them all when none is. */
  static AttributionFact withCue(ArticleFacts facts, String cue) {
    return facts.attributions().stream()
        .filter(a -> a.cue() != null && a.cue().text().equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution cued by " + cue + " in "
            + facts.attributions()));
  }

  static boolean hasCue(ArticleFacts facts, String cue) {
    return facts.attributions().stream()
        .anyMatch(a -> a.cue() != null && a.cue().text().equals(cue));
  }

  /** The name of the entity the relation's source is linked to, null when it is linked to none. */
  static String entityName(ArticleFacts facts, AttributionFact a) {
    assertThat(a.source()).as("source of " + a.content().text()).isNotNull();
    return facts.entities().stream().filter(e -> e.id().equals(a.source().entityId()))
        .map(Entity::name).findFirst().orElse(null);
  }
}
