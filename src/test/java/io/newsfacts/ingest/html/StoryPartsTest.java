package io.newsfacts.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which classes name a block's kind in the template, on elements written for each case. */
class StoryPartsTest {

  private static Element div(String classes) {
    return Jsoup.parse("<div class=\"" + classes + "\">text</div>").selectFirst("div");
  }

  @Test
  void classesMadeFromANumberNameOneInstanceNotTheKind() {
    assertThat(StoryParts.templateClasses(div("text-column  vc_custom_1570185518 content")))
        .isEqualTo("text-column content");
    assertThat(StoryParts.templateClasses(div("post-4177 story-text"))).isEqualTo("story-text");
  }

  @Test
  void shortNumbersInClassesAreTheTemplatesWords() {
    // Grid widths and heading levels are the template's vocabulary, shared by like blocks.
    assertThat(StoryParts.templateClasses(div("col-md-8 h2-title"))).isEqualTo("col-md-8 h2-title");
  }
}
