package io.newsfacts.ingest;

import static io.newsfacts.ingest.Corpus.article;
import static io.newsfacts.ingest.Corpus.failure;
import static io.newsfacts.ingest.Corpus.onlyFailure;
import static io.newsfacts.ingest.Corpus.readAll;
import static io.newsfacts.ingest.Corpus.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.SourceFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

  @TempDir
  Path tmp;

  private Path corpus() throws IOException {
    return Files.createDirectories(tmp.resolve("corpus"));
  }

  @Test
  void readsOneArticlePerLineWithFields() throws IOException {
    Path root = corpus();
    write(root, "feed.jsonl", """
        {"id": "a", "text": "First story.", "title": "First", "publishedDate": "2023-06-03", "url": "u1"}

        {"id": "b/c", "text": "Second story."}
        """);
    List<IngestResult> results = readAll(root);
    assertEquals(2, results.size());
    Article a = article(results.get(0));
    assertEquals("a", a.id());
    assertEquals("First", a.title());
    assertEquals(LocalDate.of(2023, 6, 3), a.publishedDate());
    assertEquals("u1", a.url());
    assertEquals("First story.", a.text());
    assertEquals("corpus/feed.jsonl:1", a.source().file());
    assertEquals(SourceFormat.JSONL, a.source().format());
    Article b = article(results.get(1));
    assertEquals("b/c", b.id());
    assertEquals("corpus/feed.jsonl:3", b.source().file());
  }

  @Test
  void sha256IsOfTheLineBytes() throws IOException {
    Path root = corpus();
    String line = "{\"id\":\"a\",\"text\":\"Text.\"}";
    write(root, "f.jsonl", line + "\r\n");
    assertEquals(Sha256.hex(line.getBytes(StandardCharsets.UTF_8)),
        article(readAll(root).get(0)).source().sha256());
  }

  @Test
  void malformedJsonlLineFailsAloneAndOthersAreRead() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", """
        {"id": "a", "text": "One."}
        {"id": "b", "text": oops}
        {"id": "c", "text": "Three."}
        """);
    List<IngestResult> results = readAll(root);
    assertEquals(3, results.size());
    assertEquals("One.", article(results.get(0)).text());
    ArticleFailure bad = failure(results.get(1));
    assertEquals("corpus/f.jsonl:2", bad.file());
    assertNull(bad.id());
    assertTrue(bad.error().startsWith("malformed JSON ("), bad.error());
    assertFalse(bad.error().contains("\n"));
    assertEquals("Three.", article(results.get(2)).text());
  }

  @Test
  void lineThatIsNotAnObjectFails() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "[1]\n");
    assertEquals("malformed JSON (expected an object, found array)", onlyFailure(root).error());
  }

  @Test
  void missingIdFails() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"text\": \"One.\"}\n");
    ArticleFailure failure = onlyFailure(root);
    assertEquals("missing id", failure.error());
    assertEquals("corpus/f.jsonl:1", failure.file());
  }

  @Test
  void missingTextFails() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": \"a\", \"title\": \"T\"}\n");
    ArticleFailure failure = onlyFailure(root);
    assertEquals("a", failure.id());
    assertEquals("missing text (a \"text\" or \"html\" field is required)", failure.error());
  }

  @Test
  void emptyTextFails() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": \"a\", \"text\": \" \\u00a0 \"}\n");
    assertEquals("empty article", onlyFailure(root).error());
  }

  @Test
  void nonStringIdFails() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": 7, \"text\": \"Text.\"}\n");
    assertEquals("id must be a string", onlyFailure(root).error());
  }

  @Test
  void unsafeIdFails() throws IOException {
    Path root = corpus();
    List<String> bad = List.of("../up", "/abs", "a/../b", "a//b", "sp ace", "a/", ".", "ü");
    StringBuilder lines = new StringBuilder();
    for (String id : bad) {
      lines.append("{\"id\": \"").append(id).append("\", \"text\": \"Text.\"}\n");
    }
    write(root, "f.jsonl", lines.toString());
    List<IngestResult> results = readAll(root);
    assertEquals(bad.size(), results.size());
    for (IngestResult result : results) {
      assertTrue(failure(result).error().startsWith("unsafe id"), result.toString());
      assertNull(result.id());
    }
  }

  @Test
  void safeIdsAreAccepted() {
    for (String id : List.of("a", "a.b", "sub/dir/x-1_2", "a..b")) {
      assertTrue(DocumentIds.isSafe(id), id);
    }
  }

  @Test
  void badPublishedDateFails() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": \"a\", \"text\": \"Text.\", \"publishedDate\": \"3 June\"}\n");
    assertEquals("bad publishedDate \"3 June\" (expected YYYY-MM-DD or an ISO date-time, "
        + "years 1600 to 2199)", onlyFailure(root).error());
  }

  @Test
  void htmlFieldGoesThroughHtmlReader() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": \"a\", \"url\": \"mine\", \"html\": \"<head><title>T</title>"
        + "<link rel=canonical href=theirs></head><body><nav>Menu</nav><p>Story.</p></body>\"}\n"
        + "{\"id\": \"b\", \"html\": \"<nav>Menu</nav>\"}\n");
    List<IngestResult> results = readAll(root);
    Article a = article(results.get(0));
    assertEquals("Story.", a.text());
    assertEquals("T", a.title());
    assertEquals("mine", a.url());
    assertEquals(SourceFormat.JSONL, a.source().format());
    assertEquals("HTML has no article text", failure(results.get(1)).error());
  }

  @Test
  void htmlFieldKeepsADeckUnderTheHeadlineButTextKeepsTheHeadlineGuess() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": \"a\", \"html\": \"<body><h1>Pier opens</h1><h3>Ferries use"
        + " the new berths</h3><p>The harbour opened its new pier on Tuesday.</p></body>\"}\n"
        + "{\"id\": \"b\", \"title\": \"Pier opens\", \"text\": \"Ferries use the new berths\\n\\n"
        + "The harbour opened its new pier on Tuesday.\"}\n");
    List<IngestResult> results = readAll(root);
    assertEquals("Ferries use the new berths\n\nThe harbour opened its new pier on Tuesday.",
        article(results.get(0)).text());
    // Plain text has no markup to say where its headline is: a short first line is taken for one.
    assertEquals("The harbour opened its new pier on Tuesday.", article(results.get(1)).text());
  }

  @Test
  void textWinsWhenBothTextAndHtmlAreGiven() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": \"a\", \"text\": \"Plain.\", \"html\": \"<p>Html.</p>\"}\n");
    assertEquals("Plain.", article(readAll(root).get(0)).text());
  }

  @Test
  void sizeLimitAppliesPerLine() throws IOException {
    Path root = corpus();
    String small = "{\"id\": \"a\", \"text\": \"Text.\"}";
    String big = "{\"id\": \"b\", \"text\": \"" + "y".repeat(100) + "\"}";
    write(root, "f.jsonl", small + "\n" + big + "\n" + small.replace("\"a\"", "\"c\"") + "\n");
    List<IngestResult> results = readAll(root, new IngestOptions(50));
    assertEquals(3, results.size());
    assertEquals("a", article(results.get(0)).id());
    ArticleFailure tooLarge = failure(results.get(1));
    assertEquals("corpus/f.jsonl:2", tooLarge.file());
    assertEquals("too large: 100 bytes of text (limit 50)", tooLarge.error());
    assertEquals("c", article(results.get(2)).id());
  }

  @Test
  void nonUtf8LineFailsAlone() throws IOException {
    Path root = corpus();
    byte[] good = "{\"id\": \"a\", \"text\": \"Text.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\": \"b\", \"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = new byte[good.length + bad.length];
    System.arraycopy(bad, 0, both, 0, bad.length);
    System.arraycopy(good, 0, both, bad.length, good.length);
    write(root, "f.jsonl", both);
    List<IngestResult> results = readAll(root);
    assertEquals("not valid UTF-8 (byte offset 24)", failure(results.get(0)).error());
    assertEquals("a", article(results.get(1)).id());
  }

  @Test
  void bomOnFirstLineAndMissingFinalNewlineAreFine() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "\uFEFF{\"id\": \"a\", \"text\": \"Text.\"}\n{\"id\": \"b\", \"text\": \"More.\"}");
    assertEquals(List.of("a", "b"), readAll(root).stream().map(IngestResult::id).toList());
  }

  @Test
  void duplicateIdInsideJsonlFails() throws IOException {
    Path root = corpus();
    write(root, "f.jsonl", "{\"id\": \"a\", \"text\": \"Text.\"}\n{\"id\": \"a\", \"text\": \"More.\"}\n");
    assertEquals("duplicate id a (first seen in corpus/f.jsonl:1)",
        failure(readAll(root).get(1)).error());
  }

  @Test
  void streamsLargeFileLazily() throws IOException {
    Path root = corpus();
    try (BufferedWriter w = Files.newBufferedWriter(root.resolve("big.jsonl"))) {
      for (int i = 0; i < 20_000; i++) {
        w.write("{\"id\": \"n" + i + "\", \"text\": \"Story " + i + ".\"}\n");
      }
    }
    try (Stream<IngestResult> results = new CorpusReader(IngestOptions.defaults()).read(root)) {
      Iterator<IngestResult> it = results.iterator();
      assertEquals("n0", it.next().id());
      assertEquals("n1", it.next().id());
    }
    assertEquals(20_000, readAll(root).size());
  }
}
