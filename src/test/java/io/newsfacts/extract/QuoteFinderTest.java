package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private List<String> contents(String text) {
    return finder.find(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd()))
        .toList();
  }

  @Test
  void findsCurlyQuotation() {
    assertThat(contents("He said “we will win” on Monday.")).containsExactly("we will win");
  }

  @Test
  void findsStraightQuotation() {
    assertThat(contents("\"We will win,\" she said. \"And soon.\""))
        .containsExactly("We will win,", "And soon.");
  }

  @Test
  void joinsQuotationRunningOverParagraphs() {
    String text = "“The first part.\n\n“The second part,” he said.";
    assertThat(contents(text)).containsExactly("The first part.\n\n“The second part,");
  }

  @Test
  void dropsQuotationNeverClosedInItsParagraph() {
    assertThat(contents("“Unclosed here.\n\nA new paragraph with “a real one”."))
        .containsExactly("a real one");
  }

  @Test
  void ignoresApostrophesAndSingleQuotes() {
    assertThat(contents("It’s the ‘Grave Danger’ section, don't worry.")).isEmpty();
  }

  @Test
  void reopeningMarkMidParagraphAbandonsTheUnclosedQuote() {
    assertThat(contents("“one two “three four” five")).containsExactly("three four");
  }

  @Test
  void skipsEmptyQuotation() {
    assertThat(contents("an empty “ ” pair")).isEmpty();
  }

  @Test
  void endIsJustPastTheClosingMark() {
    QuoteFinder.Found q = finder.find("a “b” c").get(0);
    assertThat(q.open()).isEqualTo(2);
    assertThat(q.end()).isEqualTo(5);
  }
}
