package io.newsfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Less common ways pages state their date and authors, on small pages written for each form. */
class HtmlMetadataFormsTest {

  @TempDir
  Path tmp;

  private static final String STORY = """
      <p>The valley's only bakery reopened on Monday after a fire in March, and the owners said
      the queue, which reached the church by seven o'clock, was the best welcome they could get.</p>
      <p>Insurance paid for most of the new ovens, although the family, who have run the shop for
      three generations, borrowed from a cousin to rebuild the counter and the cold room.</p>""";

  private Article article(String head, String body) {
    Corpus.write(tmp, "page.html", "<html><head>" + head + "</head><body>" + body
        + "</body></html>");
    return Corpus.onlyArticle(tmp);
  }

  private static String jsonLd(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdOfAnyCreativeWorkGivesTheDate() {
    Article a = article(jsonLd("""
        [{"@context": "https://schema.org", "@type": "Organization", "name": "Valley Post"},
         {"@context": "https://schema.org", "@type": "HowTo", "name": "Bake rye bread",
          "datePublished": "2022-01-10T22:06:08:684Z"}]"""), "<article>" + STORY + "</article>");
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 10));
  }

  @Test
  void jsonLdWrittenWithTypeInsteadOfAtTypeIsRead() {
    Article a = article(jsonLd("""
        {"@context": "http://schema.org", "type": "Article", "headline": "Bakery reopens",
         "datePublished": "Thu, 08 May 2014 14:04:53 -0400"}"""),
        "<article>" + STORY + "</article>");
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2014, 5, 8));
  }

  @Test
  void metaCreatedGivesTheDate() {
    assertThat(article("<meta name=\"created\" content=\"2022-12-30 13:49:50 +0100\">",
        "<article>" + STORY + "</article>").publishedDate()).isEqualTo(LocalDate.of(2022, 12, 30));
  }

  @Test
  void slashedDateIsReadOnlyWhenTheDayIsPlain() {
    assertThat(article("<meta name=\"date\" content=\"14/01/2020\">", "<article>" + STORY
        + "</article>").publishedDate()).isEqualTo(LocalDate.of(2020, 1, 14));
    assertThat(article("<meta name=\"date\" content=\"01/14/2020 05:22 pm\">", "<article>" + STORY
        + "</article>").publishedDate()).isEqualTo(LocalDate.of(2020, 1, 14));
    // 10 May or 5 October: nothing in the page says, so no date rather than a guess.
    assertThat(article("<meta name=\"date\" content=\"10/05/2022 05:22 pm\">", "<article>" + STORY
        + "</article>").publishedDate()).isNull();
  }

  @Test
  void timeElementWithoutDatetimeGivesTheDatePrintedInIt() {
    Article a = article("", "<nav><time>Viernes, 22 de abril de 2022</time></nav><article>"
        + "<time><span class=\"long\">Jueves, 21 de <span>abril</span> de 2022</span>"
        + "<span class=\"short\">21/04/2022</span></time>" + STORY + "</article>");
    // The date in the site's top bar is today's, not the story's.
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2022, 4, 21));
  }

  @Test
  void monthNamesOfSpanishItalianAndPortugueseDateLines() {
    assertThat(article("", "<article><span class=\"post-date\">5 de março de 2020</span>" + STORY
        + "</article>").publishedDate()).isEqualTo(LocalDate.of(2020, 3, 5));
    assertThat(article("", "<article><span class=\"post-date\">3 maggio 2021</span>" + STORY
        + "</article>").publishedDate()).isEqualTo(LocalDate.of(2021, 5, 3));
  }

  @Test
  void jsonLdAuthorReferencedByIdInTheGraphIsRead() {
    Article a = article(jsonLd("""
        {"@context": "https://schema.org", "@graph": [
         {"@type": "Article", "headline": "Bakery reopens",
          "author": {"@id": "https://valley.example/#/schema/person/1"}},
         {"@type": "Person", "@id": "https://valley.example/#/schema/person/1",
          "name": "Mara Klein"}]}"""), "<article>" + STORY + "</article>");
    assertThat(a.authors()).containsExactly("Mara Klein");
  }

  @Test
  void cmsAccountNameIsNotAnAuthor() {
    assertThat(article("<meta name=\"author\" content=\"admin\">", "<article>" + STORY
        + "</article>").authors()).isEmpty();
  }

  @Test
  void commentFormLabelsAndCommentersAreNotTheByline() {
    Article a = article("", "<article>" + STORY + "<div id=\"comments\"><div class=\"comment-author"
        + "\">Art Edwards says</div></div><form><label class=\"author\">Name *</label></form>"
        + "</article>");
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void labelsBeforeTheNameAreDropped() {
    assertThat(article("", "<article><span class=\"author\"><span class=\"screen-reader-text\">"
        + "Veröffentlicht von</span><a href=\"/author/mk\">Mara Klein</a></span>" + STORY
        + "</article>").authors()).containsExactly("Mara Klein");
    assertThat(article("", "<article><p class=\"author\">About the Author - Mara Klein</p>" + STORY
        + "</article>").authors()).containsExactly("Mara Klein");
    assertThat(article("", "<article><span class=\"byline\">Publié par Jean Morel</span>" + STORY
        + "</article>").authors()).containsExactly("Jean Morel");
    // A label followed by a date is not a name.
    assertThat(article("", "<article><span class=\"author\">Published on</span>" + STORY
        + "</article>").authors()).isEmpty();
  }

  @Test
  void bylinePrintedWithoutAClassName() {
    assertThat(article("", "<article>" + STORY + "<p>Auteur : Jean Morel</p><p>Édition : Anne Roy"
        + "</p></article>").authors()).containsExactly("Jean Morel");
    assertThat(article("", "<article><div><span>By</span> <a href=\"/staff/jr\">J.R. Stone</a>"
        + "</div>" + STORY + "</article>").authors()).containsExactly("J.R. Stone");
    assertThat(article("", "<article>" + STORY + "<h4>Autor</h4><p><a href=\"/p/mk\">Mara Klein</a>"
        + "</p></article>").authors()).containsExactly("Mara Klein");
  }
}
