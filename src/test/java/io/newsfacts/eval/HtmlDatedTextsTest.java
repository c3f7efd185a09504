package io.newsfacts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dated-text tool's filters: English bodies, and a split by site, not by page. */
class HtmlDatedTextsTest {

  private static final String ENGLISH = "The harbour board said on Tuesday that the new pier, "
      + "which took four years to build, would open to ferries in the spring, once the last "
      + "safety checks are done. Fishermen, who had opposed the project at first, now say that "
      + "the deeper berths will let larger boats land their catch, and the town council expects "
      + "more visitors from the coast by the end of the year.";

  private static final String GERMAN = "Der Hafenrat teilte am Dienstag mit, dass der neue Pier, "
      + "an dem vier Jahre lang gebaut wurde, im Frühjahr für Fähren geöffnet werde, sobald die "
      + "letzten Sicherheitsprüfungen abgeschlossen sind. Die Fischer, die das Projekt zunächst "
      + "abgelehnt hatten, sagen nun, die tieferen Liegeplätze ließen größere Boote ihren Fang "
      + "anlanden, und der Stadtrat erwartet mehr Besucher von der Küste bis Ende des Jahres. "
      + "Ein Sprecher nannte das Projekt einen Erfolg für die ganze Region und ihre Häfen.";

  @Test
  void englishBodiesAreKeptAndOthersLeftOut() {
    assertThat(HtmlDatedTexts.looksEnglish(ENGLISH)).isTrue();
    assertThat(HtmlDatedTexts.looksEnglish(GERMAN)).isFalse();
    // a German page quoting one English phrase is still German
    assertThat(HtmlDatedTexts.looksEnglish(GERMAN + " \"The show must go on\", sagte er."))
        .isFalse();
    // too short to tell
    assertThat(HtmlDatedTexts.looksEnglish("The pier opens in the spring.")).isFalse();
  }

  @Test
  void everyPageOfASiteFallsInTheSameHalf() {
    assertThat(HtmlDatedTexts.site("https://www.example-news.com/2019/05/pier.html"))
        .isEqualTo("example-news.com");
    assertThat(HtmlDatedTexts.site("not a url")).isNull();
    String a = HtmlDatedTexts.siteHalf(HtmlDatedTexts.site("https://example-news.com/a"));
    String b = HtmlDatedTexts.siteHalf(HtmlDatedTexts.site("http://www.example-news.com/b?x=1"));
    assertThat(a).isEqualTo(b).isIn("A", "B");
  }
}
