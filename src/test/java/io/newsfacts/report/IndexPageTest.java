package io.newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index page and index-data.js of the fixture batch. */
class IndexPageTest {

  @TempDir
  static Path tmp;
  static Path output;
  static Document index;

  @BeforeAll
  static void writeReport() throws IOException {
    output = ReportFixture.copyTo(tmp.resolve("output"));
    new ReportWriter().write(output);
    index = Jsoup.parse(output.resolve("report/index.html").toFile(), "UTF-8");
  }

  /** The rows of index-data.js: the script sets one global to a JSON value. */
  static JsonNode indexData(Path outputDir) throws IOException {
    String script = Files.readString(outputDir.resolve("report/index-data.js"), StandardCharsets.UTF_8);
    String prefix = "window.NEWSFACTS_INDEX = ";
    assertTrue(script.startsWith(prefix));
    return Json.MAPPER.readTree(script.substring(prefix.length(), script.lastIndexOf(';')));
  }

  @Test
  void listsEveryArticleAndFailureInIndexData() throws IOException {
    JsonNode rows = indexData(output).get("rows");
    assertEquals(4, rows.size());
    JsonNode failed = rows.get(1);
    assertEquals("broken-feed", failed.get("id").asText());
    assertEquals("failed", failed.get("status").asText());
    assertEquals("Cannot read HTML: unexpected <EOF> & no <body>", failed.get("error").asText());
    assertTrue(failed.get("href").isNull());
  }

  @Test
  void rowCountsMatchArticleJson() throws IOException {
    for (JsonNode row : indexData(output).get("rows")) {
      if (!row.get("status").asText().equals("ok")) {
        continue;
      }
      ArticleFacts facts = ReportFixture.read(output, row.get("id").asText());
      assertEquals(facts.entities().size(), row.get("entities").asInt());
      assertEquals(facts.dates().size(), row.get("dates").asInt());
      assertEquals(facts.quotes().size(), row.get("quotes").asInt());
      assertEquals(facts.quotes().stream().filter(q -> q.speaker() != null).count(),
          row.get("quotesWithSpeaker").asLong());
      assertTrue(Files.isRegularFile(output.resolve("report").resolve(row.get("href").asText())));
    }
  }

  @Test
  void writesFirstPageOfRowsAsHtmlForReadersWithoutScript() {
    List<Element> rows = index.select("#articles tbody tr");
    assertEquals(4, rows.size());
    Element hostile = rows.get(0).selectFirst("a");
    assertEquals("Hostile <b>sample</b> & <script>alert(1)</script> 🚀", hostile.text());
    assertEquals("articles/asia/hostile-sample.html", hostile.attr("href"));
    assertEquals("Cannot read HTML: unexpected <EOF> & no <body>",
        rows.get(1).selectFirst(".error").text());
    assertEquals(List.of("index-data.js", "assets/index.js"), index.select("script").eachAttr("src"));
  }

  @Test
  void showsManifestFigures() {
    Map<String, String> figures = index.select("#figures > div").stream().collect(Collectors.toMap(
        d -> d.selectFirst("dt").text(), d -> d.selectFirst("dd").text()));
    assertEquals(Map.of("Articles", "4", "Done", "3", "Failed", "1", "Entities", "25", "Dates", "13",
        "Quotes", "8", "Quotes with a speaker", "7"), figures);
    assertTrue(index.select("#timing dt").eachText().contains("Wall time"));
  }

  @Test
  void listsFailedArticlesWithTheirError() {
    Element failed = index.selectFirst("#failed li");
    assertEquals("broken-feed", failed.selectFirst("code").text());
    assertEquals("Cannot read HTML: unexpected <EOF> & no <body>", failed.selectFirst(".error").text());
  }

  @Test
  void listsMostFrequentEntitiesWithTheirArticles() {
    Element first = index.selectFirst("#top-entities tbody tr");
    assertEquals("North Korea", first.child(0).text());
    assertEquals("2", first.child(2).text());
    assertEquals("9", first.child(3).text());
    assertEquals(List.of("articles/asia/hostile-sample.html",
        "articles/us-japan-south-korea-missile-warning-data.html"), first.select("a").eachAttr("href"));
  }

  @Test
  void pagesLargeBatchesThroughIndexData(@TempDir Path big) throws IOException {
    ArticleFacts seed = ReportFixture.read(output, ReportFixture.SEED_ID);
    Path articles = Files.createDirectories(big.resolve("articles/feed"));
    for (int i = 0; i < 120; i++) {
      ArticleFacts copy = new ArticleFacts(seed.schemaVersion(), "feed/a" + i, seed.source(),
          "Article " + i, seed.publishedDate(), null, seed.text(), seed.sentences(), seed.entities(),
          seed.dates(), seed.quotes());
      Json.PRETTY.writeValue(articles.resolve("a" + i + ".json").toFile(), copy);
    }
    ReportSummary summary = new ReportWriter().write(big);

    assertEquals(120, summary.articlePages());
    assertEquals(120, indexData(big).get("rows").size());
    Document page = Jsoup.parse(big.resolve("report/index.html").toFile(), "UTF-8");
    assertEquals(ReportWriter.PAGE_SIZE, page.select("#articles tbody tr").size());
    assertNotNull(page.selectFirst("noscript"));
    assertTrue(page.text().contains("No manifest.json"), "figures come from the articles");
    assertEquals("../../index.html",
        Jsoup.parse(big.resolve("report/articles/feed/a7.html").toFile(), "UTF-8")
            .selectFirst("nav a").attr("href"));
  }
}
