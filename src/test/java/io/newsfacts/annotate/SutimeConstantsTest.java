package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.NewsFacts;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SUTime's tense rules mark the value of the time they match; the mark must stay with that one
 * mention, never reach the same word in the next article.
 */
@Tag("models")
class SutimeConstantsTest {

  private static final NewsFacts PIPELINE = SharedPipeline.get();

  /** A Friday: the closest Monday is 1998-05-04, the one before it 1998-04-27. */
  private static final String FRIDAY = "1998-05-01";

  private static List<String> values(String text) {
    return PIPELINE.process(Articles.of(text, FRIDAY)).dates().stream()
        .map(d -> d.text() + "=" + d.value()).toList();
  }

  @Test
  void pastTenseElsewhereDoesNotTurnALaterArticlesWeekdayToThePast() {
    String article = "The two leaders meet separately Monday with the secretary of state.";
    List<String> alone = values(article);

    values("Sources said Monday that talks had stalled. Officials said Tuesday and Wednesday "
        + "they met in March and again in the spring, and said Sunday they were hopeful.");

    assertThat(values(article)).isEqualTo(alone).contains("Monday=1998-05-04");
  }

  @Test
  void futureTenseElsewhereDoesNotTurnALaterArticlesWeekdayToTheFuture() {
    String article = "Officials said Monday the vote had been delayed.";
    List<String> alone = values(article);

    values("The committee will meet Monday, and ministers will vote Tuesday.");

    assertThat(values(article)).isEqualTo(alone).contains("Monday=1998-04-27");
  }
}
