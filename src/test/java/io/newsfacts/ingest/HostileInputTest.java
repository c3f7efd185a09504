package io.newsfacts.ingest;

import static io.newsfacts.ingest.Corpus.readAll;
import static io.newsfacts.ingest.Corpus.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input a careful or hostile user feeds: each is an error that says what is wrong, never silent. */
class HostileInputTest {

  @TempDir
  Path tmp;

  private Path corpus() throws IOException {
    return Files.createDirectories(tmp.resolve("corpus"));
  }

  private static List<String> outcomes(Path root) {
    return readAll(root).stream().map(r -> r instanceof IngestResult.Failed f
        ? "failed " + f.failure().file() + ": " + f.failure().error()
        : "ok " + ((IngestResult.Ok) r).article().id()).toList();
  }

  @Test
  void aJsonlLineHoldingTwoObjectsFailsInsteadOfKeepingTheFirst() throws IOException {
    Path root = corpus();
    write(root, "feed.jsonl", "{\"id\": \"a\", \"text\": \"One.\"} {\"id\": \"b\", \"text\": \"Two.\"}\n"
        + "{\"id\": \"c\", \"text\": \"Three.\"}\n");

    assertThat(outcomes(root)).containsExactly(
        "failed corpus/feed.jsonl:1: malformed JSON (more than one value: a line holds exactly "
            + "one object)",
        "ok c");
  }

  @Test
  void anIdTooLongForAFileNameFailsBeforeAnnotation() throws IOException {
    Path root = corpus();
    String id = "x".repeat(240);
    write(root, "feed.jsonl", "{\"id\": \"wires/" + id + "\", \"text\": \"One.\"}\n"
        + "{\"id\": \"wires/" + "y".repeat(231) + "\", \"text\": \"Two.\"}\n");

    List<String> outcomes = outcomes(root);
    assertThat(outcomes.get(0)).startsWith("failed corpus/feed.jsonl:1: id too long for a file "
        + "name: \"xxxx").endsWith("is 240 bytes, at most 231 between slashes");
    assertThat(outcomes.get(1)).isEqualTo("ok wires/" + "y".repeat(231));
  }

  @Test
  void aMisnamedSidecarIsReportedNotIgnored() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.txt.meta.json", "{\"publishedDate\": \"2023-06-03\"}");
    write(root, "b.txt", "Text.");
    write(root, "b.meta.json", "{\"publishedDate\": \"2023-06-03\"}");

    assertThat(outcomes(root)).containsExactly("ok a",
        "failed corpus/a.txt.meta.json: sidecar without an article: no a.txt.txt, .html or .htm "
            + "beside it; its metadata is used by no article (the sidecar of NAME.txt is "
            + "NAME.meta.json, without the .txt)",
        "ok b");
  }

  @Test
  void aSidecarBesideAnArticleWithAnUpperCaseExtensionIsItsSidecar() throws IOException {
    Path root = corpus();
    write(root, "A.TXT", "Text.");
    write(root, "A.meta.json", "{\"publishedDate\": \"2023-06-03\"}");
    write(root, "b.Html", "<html><body><p>Text.</p></body></html>");
    write(root, "b.meta.json", "{\"publishedDate\": \"2023-06-03\"}");

    assertThat(outcomes(root)).containsExactly("ok A", "ok b");
  }

  @Test
  void aPageNestedTwentyThousandElementsDeepIsRead() throws IOException {
    Path root = corpus();
    int depth = 20_000;
    write(root, "deep.html", "<html><head><title>Deep page</title></head><body>"
        + "<div>".repeat(depth) + "<p>The council said on Monday that the bridge would reopen in "
        + "May, after repairs costing two million pounds.</p>" + "</div>".repeat(depth)
        + "</body></html>");

    assertThat(outcomes(root)).containsExactly("ok deep");
  }

  @Test
  void aHeadlineOverTwentyThousandNestedNamedBlocksWithTextIsRead() throws IOException {
    Path root = corpus();
    int depth = 20_000;
    write(root, "deepnamed.html", "<html><body><article><h1>Bridge to reopen</h1>"
        + "<div class=\"post-date\">x ".repeat(depth) + "<p>The council said on Monday that the "
        + "bridge would reopen in May, after repairs costing two million pounds.</p>"
        + "</div>".repeat(depth) + "</article></body></html>");

    assertThat(outcomes(root)).containsExactly("ok deepnamed");
  }

  @Test
  void aLongLineWithoutSpacesIsTextNotAMenu() throws IOException {
    Path root = corpus();
    write(root, "glued.txt", "Word".repeat(75_000) + "\n");

    assertThat(outcomes(root)).containsExactly("ok glued");
  }

  @Test
  void anArticleOfOnlySiteChromeSaysSo() throws IOException {
    Path root = corpus();
    write(root, "chrome.txt", "Related Articles\n\nBack to top button\n");

    assertThat(outcomes(root)).containsExactly("failed corpus/chrome.txt: empty article: every "
        + "line was taken for site chrome (menus, share and subscribe lines) and removed");
  }

  @Test
  void publicationDatesOutsideSixteenHundredToTwentyOneNinetyNineFail() throws IOException {
    Path root = corpus();
    for (String year : List.of("0000", "9999", "1599", "2200")) {
      write(root, "y" + year + ".txt", "Text.");
      write(root, "y" + year + ".meta.json", "{\"publishedDate\": \"" + year + "-01-03\"}");
    }
    write(root, "y1600.txt", "Text.");
    write(root, "y1600.meta.json", "{\"publishedDate\": \"1600-01-03\"}");

    List<IngestResult> results = readAll(root);
    assertThat(results).filteredOn(r -> r instanceof IngestResult.Failed).hasSize(4)
        .allSatisfy(r -> assertThat(((IngestResult.Failed) r).failure().error())
            .contains("years 1600 to 2199"));
    assertThat(results).filteredOn(r -> r instanceof IngestResult.Ok).singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo("y1600"));
  }
}
