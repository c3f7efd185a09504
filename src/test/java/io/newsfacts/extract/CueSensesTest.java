package io.newsfacts.extract;

import static io.newsfacts.extract.AttributionsFound.hasCue;
import static io.newsfacts.extract.AttributionsFound.run;
import static io.newsfacts.extract.AttributionsFound.withCue;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cue words read in a sense that attributes nothing, on tiny texts of our own. */
@Tag("models")
class CueSensesTest {

  @Test
  void thePersonAskedIsNoMessage() {
    ArticleFacts f = run("At the market, the mayor asked Ines Duarte about the new pier.");
    assertThat(hasCue(f, "asked")).isFalse();
  }

  @Test
  void theThingWrittenIsNoMessage() {
    ArticleFacts f = run("The harbour master wrote the letter on Monday.");
    assertThat(hasCue(f, "wrote")).isFalse();
  }

  @Test
  void aMessageObjectStaysContent() {
    ArticleFacts f = run("The harbour master announced new rules for the pier.");
    assertThat(withCue(f, "announced").content().text()).isEqualTo("new rules for the pier");
  }

  @Test
  void aWrittenClauseStaysContent() {
    ArticleFacts f = run("The harbour master wrote that the pier would open in May.");
    assertThat(withCue(f, "wrote").content().text()).isEqualTo("that the pier would open in May");
  }
}
