package io.newsfacts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where a page states its date, for the denominator of "date found on pages that declare one". */
class DeclaredDateTest {

  private static DeclaredDate of(String html) {
    return DeclaredDate.of(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jsonLdAndMetaAndMicrodataAndTimeAndUrlAreMarkup() {
    assertThat(of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2021-06-08T10:00:00Z\"}</script>")).isEqualTo(DeclaredDate.JSON_LD);
    assertThat(of("<meta property=\"article:published_time\" content=\"2021-06-08\">"))
        .isEqualTo(DeclaredDate.META);
    assertThat(of("<span itemprop=\"datePublished\">8 June 2021</span>"))
        .isEqualTo(DeclaredDate.MICRODATA);
    assertThat(of("<time datetime=\"2021-06-08\">Tuesday</time>")).isEqualTo(DeclaredDate.TIME);
    assertThat(of("<link rel=\"canonical\" href=\"https://example.org/2021/06/08/pier/\">"))
        .isEqualTo(DeclaredDate.URL);
    assertThat(DeclaredDate.URL.inMarkup()).isTrue();
  }

  @Test
  void modifiedDateAloneIsNotAPublicationDate() {
    assertThat(of("<meta property=\"article:modified_time\" content=\"2021-06-08\"><p>Hi</p>"))
        .isNull();
  }

  @Test
  void printedDateIsTextAndAPageWithoutDateIsNull() {
    assertThat(of("<p>Posted on June 8, 2021 by Ana</p>")).isEqualTo(DeclaredDate.TEXT);
    assertThat(DeclaredDate.TEXT.inMarkup()).isFalse();
    assertThat(of("<p>The pier opens in spring.</p>")).isNull();
  }
}
