package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A quotation in British single marks parsed as its American double-mark twin would be: the
 * tagger reads the primary marks as {@code "} ({@code annotate.TaggerQuoteMarks}).
 */
@Tag("models")
class SingleMarkParsingTest {

  private static Quote quoteStarting(String text, String prefix) {
    ArticleFacts facts = SharedPipeline.get().process(Articles.of(text, "2024-03-14"));
    return facts.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + prefix + " in "
            + facts.quotes()));
  }

  @Test
  void creditsTheSubjectOfCitedAsWhenTheQuotationIsInStraightSingleMarks() {
    // With the marks read as ' the parse leaves the quotation outside "cited", and the speaker
    // is taken from the sentence before.
    Quote q = quoteStarting("Mayor Jane Holt said on Tuesday that the budget was a 'hard choice.' "
        + "She cited the closure of three libraries and the sale of two parks to builders as "
        + "'serious and lasting damage to the public life of the whole city.'", "serious");

    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().text()).isEqualTo("She");
  }
}
