package io.newsfacts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.ingest.IngestOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --html}: snippet counting, metadata matching and the fixed split, on a tiny set. */
class HtmlEvaluationTest {

  @TempDir
  Path dir;

  private static final String PAGE = """
      <html><head><title>Pier to open in spring | Harbour Times</title>
      <meta property="article:published_time" content="2020-01-08T21:30:00-05:00">
      <meta name="author" content="Ana Souza"></head>
      <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
      <article><p>The harbour authority said on Tuesday that the new pier, which took four years to
      build, would open to ferries in the spring, once the last safety checks are done.</p>
      <p>Fishermen, who had opposed the project at first, now say the deeper berths will let larger
      boats land their catch, and the town council expects more visitors.</p></article>
      </body></html>""";

  @Test
  void countsSnippetsAndMetadataOverHalves() throws IOException {
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/plain.html"), PAGE);
    try (OutputStream out = new GZIPOutputStream(
        Files.newOutputStream(dir.resolve("pages/zipped.html.gz")))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("evaldata.json"), """
        {"plain.html": {"file": "plain.html",
           "with": ["the new pier,  which took", "deeper berths"], "without": ["Sport", "Home"],
           "title": "Pier to open in spring", "date": "2020-01-08", "author": "Ana Souza"},
         "zipped.html": {"file": "zipped.html", "with": ["not on the page"], "without": [],
           "title": "Another title", "author": ["Ana Souza", "Li Wei"]}}""");

    HtmlReport report = HtmlEvaluation.run(dir, 0, IngestOptions.defaults());

    HtmlReport.Half all = report.halves().get("all");
    assertThat(all.pages()).isEqualTo(2);
    assertThat(all.truePositives()).isEqualTo(2);
    assertThat(all.falseNegatives()).isEqualTo(1);
    assertThat(all.falsePositives()).isZero();
    assertThat(all.trueNegatives()).isEqualTo(2);
    assertThat(all.titlesCorrect()).isEqualTo(1);
    assertThat(all.titles()).isEqualTo(2);
    assertThat(all.datesCorrect()).isEqualTo(1);
    assertThat(all.dates()).isEqualTo(1);
    assertThat(all.authorsCorrect()).isEqualTo(1);
    assertThat(all.authors()).isEqualTo(2);
    assertThat(report.halves().get("A").pages() + report.halves().get("B").pages()).isEqualTo(2);
    assertThat(report.markdown()).contains("| all | 2 | 0 |");
  }

  @Test
  void halfDependsOnTheFileNameOnly() {
    HtmlGold a = new HtmlGold("x.html", List.of(), List.of(), null, null, List.of());
    HtmlGold b = new HtmlGold("x.html", List.of("s"), List.of(), "T", "2020-01-01", List.of());
    assertThat(a.half()).isEqualTo(b.half()).isIn("A", "B");
  }

  @Test
  void namesMatchHoweverListed() {
    assertThat(HtmlEvaluation.sameNames(List.of("Von Anna Muster und Jan Roe"),
        List.of("Anna Muster", "Jan Roe"))).isTrue();
    assertThat(HtmlEvaluation.sameNames(List.of("Anna Muster"), List.of("Jan Roe"))).isFalse();
  }

  @Test
  void snippetsCompareWithoutSoftHyphensAndSpacing() {
    assertThat(HtmlEvaluation.collapse("Werk\u00ADzeug  und\u00A0Stein")).isEqualTo("Werkzeug und Stein");
  }
}
