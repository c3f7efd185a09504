package io.newsfacts.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which divs read as paragraphs, on markup written for each case. */
class PagePreparationTest {

  private static Element firstDiv(String html) {
    return Jsoup.parseBodyFragment(html).selectFirst("div");
  }

  @Test
  void aDivOfTextAndInlineMarkupHoldsNoBlock() {
    assertThat(PagePreparation.holdsNoBlock(
        firstDiv("<div>The bridge <b>reopens</b> in <a href=\"#\">May</a>.</div>"))).isTrue();
  }

  @Test
  void aDivHoldingABlockAtAnyDepthIsNoParagraph() {
    assertThat(PagePreparation.holdsNoBlock(
        firstDiv("<div>Intro <span><em><p>The bridge reopens.</p></em></span></div>"))).isFalse();
    assertThat(PagePreparation.holdsNoBlock(
        firstDiv("<div><span>A picture: <img src=\"a.jpg\"></span></div>"))).isFalse();
  }

  @Test
  void ofNestedDivsOnlyTheInnermostReadsAsAParagraph() {
    Element outer = firstDiv("<div class=\"x\">a ".repeat(5_000) + "end" + "</div>".repeat(5_000));
    assertThat(PagePreparation.holdsNoBlock(outer)).isFalse();
    assertThat(PagePreparation.holdsNoBlock(outer.select("div").last())).isTrue();
  }
}
