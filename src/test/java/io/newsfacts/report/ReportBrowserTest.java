package io.newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import io.newsfacts.output.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium from {@code file://} and checks the DOM the browser built,
 * then saves screenshots of both pages. They go to {@code target/report-screenshots/}, so that a
 * test run leaves the working tree clean; {@code -Dnewsfacts.updateScreenshots=true} writes them
 * over the README's copies in {@code output/report/} instead, to be reviewed and committed.
 */
class ReportBrowserTest {

  /**
   * The seed article the browser opens: the pipeline's real, reviewed output (the golden file).
   */
  static final Path SEED_ARTICLE = Path.of(
      "src/test/resources/golden/us-japan-south-korea-missile-warning-data.json");
  static final Path SCREENSHOTS = Boolean.getBoolean("newsfacts.updateScreenshots")
      ? Path.of("output/report") : Path.of("target/report-screenshots");

  @TempDir
  static Path tmp;
  static HeadlessChromium chromium;
  static ArticleFacts seed;
  static Path report;
  static Path seedPage;

  @BeforeAll
  static void writeReport() throws Exception {
    chromium = HeadlessChromium.require();
    Path output = ReportFixture.copyTo(tmp.resolve("output"));
    Path seedJson = output.resolve("articles").resolve(SEED_ARTICLE.getFileName().toString());
    Files.copy(SEED_ARTICLE, seedJson, StandardCopyOption.REPLACE_EXISTING);
    seed = Json.MAPPER.readValue(SEED_ARTICLE.toFile(), ArticleFacts.class);
    new ReportWriter().write(output);
    report = output.resolve("report");
    seedPage = report.resolve(ReportPaths.pageOf(Path.of(SEED_ARTICLE.getFileName().toString())));
  }

  @Test
  void showsSeedArticleMarksAndHamadaSpeakerInBrowser() throws Exception {
    Document dom = Jsoup.parse(chromium.dumpDom(seedPage));
    assertTrue(dom.selectFirst("html").hasClass("js"), "article.js ran from file://");
    Element text = dom.getElementById("article-text");
    assertEquals(seed.text(), text.wholeText());

    for (Entity entity : seed.entities()) {
      List<String> marked = text.select(".ent[data-entity=" + entity.id() + "]").eachText();
      assertEquals(entity.mentions().stream().map(Mention::text).toList(), marked, entity.name());
    }
    assertEquals(seed.dates().size(), text.select(".date").size());
    assertEquals(seed.quotes().size(), text.select(".quote:not([data-continued])").size());

    Quote hamadaQuote = seed.quotes().stream()
        .filter(q -> q.text().startsWith("will improve the ability of countries to detect"))
        .findFirst().orElseThrow();
    Element quote = dom.getElementById("quote-" + hamadaQuote.id());
    assertNotNull(quote);
    assertTrue(quote.text().startsWith("will improve the ability of countries to detect"));
    assertEquals("Yasukazu Hamada", quote.attr("data-speaker"));
    Element speaker = dom.selectFirst(".speaker[data-speaker-of=" + hamadaQuote.id() + "]");
    assertEquals("Hamada", speaker.text());
    assertEquals(hamadaQuote.speaker().entityId(), speaker.attr("data-entity"));
    assertEquals("Yasukazu Hamada", dom.selectFirst(
        "#entity-list .entity-button[data-entity=" + speaker.attr("data-entity") + "] .name").text());
  }

  @Test
  void pagesIndexRowsWithScriptInBrowser() throws Exception {
    Document dom = Jsoup.parse(chromium.dumpDom(report.resolve("index.html")));
    assertTrue(dom.selectFirst("html").hasClass("js"), "index-data.js and index.js ran from file://");
    int rows = IndexPageTest.indexData(report.getParent()).get("rows").size();
    assertEquals(rows, dom.select("#articles tbody tr").size());
    assertTrue(dom.getElementById("page-status").text().contains("of " + rows), dom.getElementById("page-status").text());
    assertEquals(7, dom.select("#articles th button.sort").size());
    Element seedLink = dom.selectFirst("#articles a[href$=" + seedPage.getFileName() + "]");
    assertNotNull(seedLink);
  }

  @Test
  void savesScreenshotsForReadme() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    chromium.screenshot(seedPage, SCREENSHOTS.resolve("screenshot-article.png"));
    chromium.screenshot(report.resolve("index.html"), SCREENSHOTS.resolve("screenshot-index.png"));
  }
}
