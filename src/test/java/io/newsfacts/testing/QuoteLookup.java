package io.newsfacts.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Quote;

/** Finding a quotation and its speaker in one article's facts, for tests that read speakers. */
public final class QuoteLookup {

  private QuoteLookup() {}

  /** The first quotation whose text starts with {@code prefix}; fails the test when none does. */
  public static Quote quoteStarting(ArticleFacts facts, String prefix) {
    return facts.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + prefix + " in "
            + facts.quotes()));
  }

  /** The words naming the quotation's speaker; fails the test when it has none. */
  public static String speakerText(Quote quote) {
    assertThat(quote.speaker()).as("speaker of " + quote.text()).isNotNull();
    return quote.speaker().text();
  }

  /** The name of the entity the speaker is linked to, or null; fails when there is no speaker. */
  public static String speakerEntityName(ArticleFacts facts, Quote quote) {
    assertThat(quote.speaker()).as("speaker of " + quote.text()).isNotNull();
    return facts.entities().stream().filter(e -> e.id().equals(quote.speaker().entityId()))
        .map(Entity::name).findFirst().orElse(null);
  }
}
