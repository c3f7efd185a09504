package io.newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article pages of the fixture batch, parsed with jsoup and checked against the JSON. */
class ArticlePageTest {

  @TempDir
  static Path tmp;
  static Path output;

  @BeforeAll
  static void writeReport() {
    output = ReportFixture.copyTo(tmp.resolve("output"));
    new ReportWriter().write(output);
  }

  private static Document page(String id) throws IOException {
    return Jsoup.parse(output.resolve("report/articles/" + id + ".html").toFile(), "UTF-8");
  }

  @Test
  void keepsArticleTextUnchangedUnderTheMarks() throws IOException {
    for (String id : List.of(ReportFixture.SEED_ID, ReportFixture.HOSTILE_ID, "europe/nato-brief")) {
      ArticleFacts facts = ReportFixture.read(output, id);
      assertEquals(facts.text(), page(id).getElementById("article-text").wholeText(), id);
    }
  }

  @Test
  void marksEntityMentionOnExactCodePoints() throws IOException {
    for (String id : List.of(ReportFixture.SEED_ID, ReportFixture.HOSTILE_ID)) {
      ArticleFacts facts = ReportFixture.read(output, id);
      Element text = page(id).getElementById("article-text");
      MarkOffsets offsets = new MarkOffsets(text);
      for (Entity entity : facts.entities()) {
        List<MarkOffsets.Span> marked = text.select(".ent[data-entity=" + entity.id() + "]").stream()
            .map(offsets::of).toList();
        List<MarkOffsets.Span> expected = entity.mentions().stream()
            .map(m -> new MarkOffsets.Span(m.start(), m.end())).toList();
        assertEquals(expected, marked, id + " " + entity.name());
        for (Mention mention : entity.mentions()) {
          assertEquals(mention.text(),
              ReportFixture.codePoints(facts.text(), mention.start(), mention.end()));
        }
      }
    }
  }

  @Test
  void marksMentionAfterEmojiOnCodePointsNotUtf16Units() throws IOException {
    Element tokyo = page(ReportFixture.HOSTILE_ID).selectFirst("#article-text .ent[data-entity=E1]");
    // The text starts with a rocket and a flag (three non-BMP code points): UTF-16 offsets would
    // shift the mark by three characters.
    assertEquals("Tokyo", tokyo.text());
    assertEquals("Tokyo · LOCATION / CITY", tokyo.attr("data-tip"));
  }

  @Test
  void marksEveryDateWithItsResolvedValue() throws IOException {
    ArticleFacts facts = ReportFixture.read(output, ReportFixture.SEED_ID);
    Element text = page(ReportFixture.SEED_ID).getElementById("article-text");
    MarkOffsets offsets = new MarkOffsets(text);
    List<Element> marks = text.select(".date");
    assertEquals(facts.dates().size(), marks.size());
    for (int i = 0; i < marks.size(); i++) {
      DateFact date = facts.dates().get(i);
      assertEquals(new MarkOffsets.Span(date.start(), date.end()), offsets.of(marks.get(i)));
      assertEquals(date.value(), marks.get(i).attr("data-value"));
      assertTrue(marks.get(i).attr("data-tip").startsWith(date.value()));
    }
  }

  @Test
  void nestsDateMarkInsideQuote() throws IOException {
    Element quote = page(ReportFixture.SEED_ID).getElementById("quote-Q3");
    Element date = quote.selectFirst(".date");
    assertNotNull(date, "the date inside the quote is marked inside the quote element");
    assertEquals("the coming months", date.text());
    assertEquals("FUTURE_REF", date.attr("data-value"));
    assertTrue(date.hasClass("unanchored"));

    Element hostileQuote = page(ReportFixture.HOSTILE_ID).getElementById("quote-Q1");
    assertEquals("PT24H", hostileQuote.selectFirst(".date").attr("data-value"));
    assertEquals("North Korea", hostileQuote.selectFirst(".ent").text());
  }

  @Test
  void speakerLinksToEntityMentions() throws IOException {
    ArticleFacts facts = ReportFixture.read(output, ReportFixture.SEED_ID);
    Quote hamadaQuote = facts.quotes().stream()
        .filter(q -> q.text().startsWith("will improve the ability of countries to detect"))
        .findFirst().orElseThrow();
    Entity hamada = facts.entities().stream()
        .filter(e -> e.id().equals(hamadaQuote.speaker().entityId())).findFirst().orElseThrow();
    assertEquals("Yasukazu Hamada", hamada.name());

    Document doc = page(ReportFixture.SEED_ID);
    Element quote = doc.getElementById("quote-" + hamadaQuote.id());
    assertEquals("Yasukazu Hamada", quote.attr("data-speaker"));
    assertEquals(hamada.id(), quote.attr("data-speaker-entity"));

    Element speaker = doc.selectFirst(".speaker[data-speaker-of=" + hamadaQuote.id() + "]");
    assertEquals("Hamada", speaker.text());
    assertEquals(hamada.id(), speaker.attr("data-entity"));
    assertEquals("button", speaker.attr("role"));
    assertEquals("0", speaker.attr("tabindex"));
    assertTrue(speaker.parents().stream().noneMatch(p -> p.hasClass("quote")),
        "the speaker is outside the quote");
    assertEquals(new MarkOffsets.Span(hamadaQuote.speaker().start(), hamadaQuote.speaker().end()),
        new MarkOffsets(doc.getElementById("article-text")).of(speaker));
    // Clicking highlights `.ent[data-entity=...]`: there must be one per mention.
    assertEquals(hamada.mentions().size(),
        doc.select("#article-text .ent[data-entity=" + hamada.id() + "]").size());
  }

  @Test
  void escapesScriptInArticleText() throws IOException {
    ArticleFacts facts = ReportFixture.read(output, ReportFixture.HOSTILE_ID);
    Document doc = page(ReportFixture.HOSTILE_ID);
    Element text = doc.getElementById("article-text");
    assertTrue(text.wholeText().contains("<script>alert(1)</script>"));
    assertTrue(text.select("script, b, i").isEmpty(), "article markup stays text");
    assertEquals(List.of("../../assets/article.js"),
        doc.select("script").stream().map(s -> s.attr("src")).toList(), "only our own script");
    assertEquals(facts.title(), doc.getElementById("article-title").text());
    assertEquals("<b>bold</b>", doc.selectFirst("#article-text .ent[data-entity=E4]").text());
    assertEquals("<b>bold</b> · MISC", doc.selectFirst("#article-text .ent[data-entity=E4]").attr("data-tip"));
  }

  @Test
  void linksOnlyWebUrls() throws IOException {
    assertNull(page(ReportFixture.HOSTILE_ID).selectFirst("a.original"), "javascript: URL");
    assertEquals("https://example.org/nato-brief",
        page("europe/nato-brief").selectFirst("a.original").attr("href"));
  }

  @Test
  void sidePanelCountsMatchJson() throws IOException {
    for (String id : List.of(ReportFixture.SEED_ID, ReportFixture.HOSTILE_ID, "europe/nato-brief")) {
      ArticleFacts facts = ReportFixture.read(output, id);
      Document doc = page(id);
      List<Element> entityButtons = doc.select("#entity-list .entity-button");
      assertEquals(facts.entities().size(), entityButtons.size(), id);
      for (Element button : entityButtons) {
        Entity entity = facts.entities().stream()
            .filter(e -> e.id().equals(button.attr("data-entity"))).findFirst().orElseThrow();
        assertEquals(entity.mentions().size() + " mentions", button.selectFirst(".mentions").text());
      }
      assertEquals(facts.dates().size(), doc.select("#timeline li").size(), id);
      assertEquals(facts.quotes().size(), doc.select(".quote-list li").size(), id);
      assertEquals(String.valueOf(facts.quotes().stream().filter(q -> q.speaker() != null).count()),
          doc.selectFirst("[data-count=quotes-with-speaker]").text(), id);
    }
  }

  @Test
  void listsDatesInCalendarOrder() throws IOException {
    List<String> values = page(ReportFixture.SEED_ID).select("#timeline .value").eachText();
    assertEquals(List.of("1998", "2019", "2021", "2022", "2023", "2023", "2023-06-03", "2023-W22",
        "FUTURE_REF"), values);
  }

  @Test
  void groupsQuotesBySpeaker() throws IOException {
    Document doc = page(ReportFixture.SEED_ID);
    Element hamadaGroup = doc.select(".quote-group").stream()
        .filter(g -> g.selectFirst("h3").text().startsWith("Yasukazu Hamada")).findFirst()
        .orElseThrow();
    assertEquals(List.of("Q4"), hamadaGroup.select("li").eachAttr("data-quote"));
    assertNotNull(hamadaGroup.selectFirst("button.speaker-button[data-entity=E8]"));
    assertTrue(doc.select(".quote-group h3").eachText().stream()
        .anyMatch(t -> t.startsWith("Unattributed")));
  }
}
