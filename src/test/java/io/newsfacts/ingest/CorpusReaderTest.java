package io.newsfacts.ingest;

import static io.newsfacts.ingest.Corpus.article;
import static io.newsfacts.ingest.Corpus.failure;
import static io.newsfacts.ingest.Corpus.onlyArticle;
import static io.newsfacts.ingest.Corpus.onlyFailure;
import static io.newsfacts.ingest.Corpus.readAll;
import static io.newsfacts.ingest.Corpus.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  @TempDir
  Path tmp;

  private Path corpus() throws IOException {
    return Files.createDirectories(tmp.resolve("corpus"));
  }

  // ---- ids, files, order ----

  @Test
  void idIsRelativePathWithoutExtension() throws IOException {
    Path root = corpus();
    write(root, "sub/deeper/a.b.txt", "Text.");
    Article article = onlyArticle(root);
    assertEquals("sub/deeper/a.b", article.id());
    assertEquals("corpus/sub/deeper/a.b.txt", article.source().file());
    assertEquals(SourceFormat.TXT, article.source().format());
  }

  @Test
  void sourceFileDoesNotDependOnHowTheFolderIsNamed() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    Article viaDots = onlyArticle(root.resolve("sub/..").resolve("."));
    assertEquals("corpus/a.txt", viaDots.source().file());
  }

  @Test
  void sha256IsOfRawBytes() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "abc");
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        onlyArticle(root).source().sha256());
  }

  @Test
  void walksRecursivelyInNameOrder() throws IOException {
    Path root = corpus();
    for (String name : List.of("b.txt", "a/z.txt", "a/b/c.txt", "A.txt", "c.html", "a.txt")) {
      write(root, name, name.endsWith(".html") ? "<p>Text.</p>" : "Text.");
    }
    List<String> ids = readAll(root).stream().map(IngestResult::id).toList();
    assertEquals(List.of("A", "a/b/c", "a/z", "a", "b", "c"), ids);
  }

  @Test
  void ignoresOtherFilesSidecarsAndHiddenEntries() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json", "{\"title\": \"T\"}");
    write(root, "notes.md", "# Notes");
    write(root, "data.json", "{}");
    write(root, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    write(root, ".hidden.txt", "Text.");
    write(root, ".git/x.txt", "Text.");
    assertEquals("a", onlyArticle(root).id());
  }

  @Test
  void duplicateIdFails() throws IOException {
    Path root = corpus();
    write(root, "a.html", "<p>From HTML.</p>");
    write(root, "a.txt", "From text.");
    List<IngestResult> results = readAll(root);
    assertEquals(2, results.size());
    assertEquals("From HTML.", article(results.get(0)).text());
    ArticleFailure dup = failure(results.get(1));
    assertEquals("a", dup.id());
    assertEquals("corpus/a.txt", dup.file());
    assertEquals("duplicate id a (first seen in corpus/a.html)", dup.error());
  }

  @Test
  void duplicateIdAcrossJsonlAndFileFails() throws IOException {
    Path root = corpus();
    write(root, "a.jsonl", "{\"id\": \"b\", \"text\": \"From JSONL.\"}\n");
    write(root, "b.txt", "From text.");
    List<IngestResult> results = readAll(root);
    assertEquals("From JSONL.", article(results.get(0)).text());
    assertEquals("duplicate id b (first seen in corpus/a.jsonl:1)", failure(results.get(1)).error());
  }

  // ---- the corpus folder itself ----

  @Test
  void reportsMissingCorpusFolderInOneLine() {
    Path missing = tmp.resolve("nope");
    IngestException e = assertThrows(IngestException.class,
        () -> new CorpusReader(IngestOptions.defaults()).read(missing));
    assertEquals("corpus folder not found: " + missing, e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void reportsCorpusPathThatIsAFile() {
    Path file = write(tmp, "a.txt", "Text.");
    IngestException e = assertThrows(IngestException.class,
        () -> new CorpusReader(IngestOptions.defaults()).read(file));
    assertEquals("corpus path is not a folder: " + file, e.getMessage());
  }

  @Test
  void reportsUnreadableCorpusFolder() throws IOException {
    Path root = corpus();
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(root), "running as root: permissions not enforced");
      IngestException e = assertThrows(IngestException.class,
          () -> new CorpusReader(IngestOptions.defaults()).read(root));
      assertEquals("cannot read corpus folder " + root + ": permission denied", e.getMessage());
    } finally {
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void emptyCorpusYieldsNothing() throws IOException {
    assertTrue(readAll(corpus()).isEmpty());
  }

  // ---- bad text files ----

  @Test
  void failsNonUtf8FileWithByteOffset() throws IOException {
    Path root = corpus();
    write(root, "latin1.txt", "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
    ArticleFailure failure = onlyFailure(root);
    assertEquals("latin1", failure.id());
    assertEquals("corpus/latin1.txt", failure.file());
    assertEquals("not valid UTF-8 (byte offset 3)", failure.error());
  }

  @Test
  void byteOffsetCountsTheBom() throws IOException {
    Path root = corpus();
    write(root, "a.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF});
    assertEquals("not valid UTF-8 (byte offset 4)", onlyFailure(root).error());
  }

  @Test
  void failsUtf16File() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.".getBytes(StandardCharsets.UTF_16));
    assertTrue(onlyFailure(root).error().startsWith("not valid UTF-8 (UTF-16"));
  }

  @Test
  void stripsBomAndNbspFromFile() throws IOException {
    Path root = corpus();
    byte[] text = "\uFEFFA\u00A0b.".getBytes(StandardCharsets.UTF_8);
    write(root, "a.txt", text);
    assertEquals("A b.", onlyArticle(root).text());
  }

  @Test
  void failsBinaryFileWithNulBytes() throws IOException {
    Path root = corpus();
    write(root, "a.txt", new byte[] {'a', 'b', 0, 'c'});
    assertEquals("binary file, not text (NUL byte at byte offset 2)", onlyFailure(root).error());
  }

  @Test
  void aStrayNulInRealTextIsDroppedNotTheWholeArticle() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "The minister said on Monday\u0000 that talks would resume in May.");
    assertEquals("The minister said on Monday that talks would resume in May.",
        onlyArticle(root).text());
  }

  @Test
  void failsBinaryFileOfControlCharacters() throws IOException {
    Path root = corpus();
    write(root, "a.txt", new byte[] {1, 2, 3, 4, 5, 6, 'a', 'b', 7, 8});
    assertEquals("binary file, not text", onlyFailure(root).error());
  }

  @Test
  void failsEmptyAndWhitespaceOnlyFiles() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "");
    write(root, "b.txt", " \n\t\u00A0\u200B\r\n");
    write(root, "c.html", "");
    List<IngestResult> results = readAll(root);
    assertEquals(3, results.size());
    for (IngestResult result : results) {
      assertEquals("empty article", failure(result).error());
    }
  }

  @Test
  void failsFileThatIsOnlyBoilerplate() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Related Articles\n\nBack to top button\n");
    assertEquals("empty article: every line was taken for site chrome (menus, share and "
        + "subscribe lines) and removed", onlyFailure(root).error());
  }

  @Test
  void oversizedArticleFailsWithoutReadingIt() throws IOException {
    Path root = corpus();
    write(root, "big.txt", "x".repeat(101));
    write(root, "ok.txt", "y".repeat(100));
    List<IngestResult> results = readAll(root, new IngestOptions(100));
    ArticleFailure failure = failure(results.get(0));
    assertEquals("big", failure.id());
    assertEquals("too large: 101 bytes (limit 100)", failure.error());
    assertEquals("y".repeat(100), article(results.get(1)).text());
  }

  @Test
  void oversizedSparseFileIsNeverRead() throws IOException {
    Path root = corpus();
    try (var file = new java.io.RandomAccessFile(root.resolve("huge.txt").toFile(), "rw")) {
      file.setLength(5L << 30); // 5 GiB, sparse: reading it would take far longer than the timeout
    }
    ArticleFailure failure = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> onlyFailure(root));
    assertEquals("too large: " + (5L << 30) + " bytes (limit 1000000)", failure.error());
  }

  @Test
  void fifoNamedLikeArticleFailsWithoutBlocking() throws Exception {
    Path root = corpus();
    Path fifo = root.resolve("pipe.txt");
    int exit;
    try {
      exit = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (IOException e) {
      exit = -1;
    }
    Assumptions.assumeTrue(exit == 0 && Files.exists(fifo), "mkfifo not available");
    ArticleFailure failure = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> onlyFailure(root));
    assertEquals("cannot read: not a regular file", failure.error());
  }

  @Test
  void unreadableSubfolderFailsAndOthersAreRead() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    Path sub = Files.createDirectories(root.resolve("sub"));
    write(root, "sub/b.txt", "Text.");
    Files.setPosixFilePermissions(sub, Set.of());
    try {
      Assumptions.assumeFalse(Files.isReadable(sub), "running as root: permissions not enforced");
      List<IngestResult> results = readAll(root);
      assertEquals("a", article(results.get(0)).id());
      ArticleFailure failure = failure(results.get(1));
      assertEquals("corpus/sub", failure.file());
      assertEquals("cannot read folder: permission denied", failure.error());
    } finally {
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void unreadableFileFailsWithReason() throws IOException {
    Path root = corpus();
    Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("missing-target.txt"));
    ArticleFailure failure = onlyFailure(root);
    assertEquals("dangling", failure.id());
    assertEquals("cannot read: no such file", failure.error());
  }

  @Test
  void unreadableFilePermissionFailsWithReason() throws IOException {
    Path root = corpus();
    Path file = write(root, "secret.txt", "Text.");
    Files.setPosixFilePermissions(file, Set.of());
    Assumptions.assumeFalse(Files.isReadable(file), "running as root: permissions not enforced");
    assertEquals("cannot read: permission denied", onlyFailure(root).error());
  }

  @Test
  void symlinkLoopIsWalkedOnce() throws IOException {
    Path root = corpus();
    write(root, "sub/a.txt", "Text.");
    Files.createSymbolicLink(root.resolve("sub/loop"), root);
    assertEquals(List.of("sub/a"), readAll(root).stream().map(IngestResult::id).toList());
  }

  // ---- sidecars ----

  @Test
  void readsSidecarPublishedDate() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json",
        "{\"title\": \"The Title\", \"publishedDate\": \"2023-06-03\", \"url\": \"https://x/a\"}");
    Article article = onlyArticle(root);
    assertEquals(LocalDate.of(2023, 6, 3), article.publishedDate());
    assertEquals("The Title", article.title());
    assertEquals("https://x/a", article.url());
  }

  @Test
  void sidecarDateTimeKeepsItsOwnDatePart() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json", "{\"publishedDate\": \"2023-06-03T23:30:00-05:00\"}");
    assertEquals(LocalDate.of(2023, 6, 3), onlyArticle(root).publishedDate());
  }

  @Test
  void sidecarIsOptionalAndFieldsAreOptional() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json", "{\"extra\": 1, \"title\": null}");
    Article article = onlyArticle(root);
    assertNull(article.title());
    assertNull(article.publishedDate());
    assertNull(article.url());
  }

  @Test
  void sidecarTitleRemovesRepeatedFirstParagraph() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Storm hits the coast.\n\nIt rained.");
    write(root, "a.meta.json", "{\"title\": \"Storm Hits the Coast.\"}");
    Article article = onlyArticle(root);
    assertEquals("Storm Hits the Coast.", article.title());
    assertEquals("It rained.", article.text());
  }

  @Test
  void malformedSidecarFailsItsArticle() throws IOException {
    Path root = corpus();
    write(root, "sub/a.txt", "Text.");
    write(root, "sub/a.meta.json", "{\"title\": ");
    ArticleFailure failure = onlyFailure(root);
    assertEquals("sub/a", failure.id());
    assertEquals("corpus/sub/a.txt", failure.file());
    assertTrue(failure.error().startsWith("sidecar corpus/sub/a.meta.json: malformed JSON ("),
        failure.error());
    assertFalse(failure.error().contains("\n"));
  }

  @Test
  void sidecarWithBadDateFailsItsArticle() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json", "{\"publishedDate\": \"June 3rd\"}");
    assertEquals("sidecar corpus/a.meta.json: bad publishedDate \"June 3rd\""
        + " (expected YYYY-MM-DD or an ISO date-time, years 1600 to 2199)",
        onlyFailure(root).error());
  }

  @Test
  void sidecarWithImpossibleDateFails() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json", "{\"publishedDate\": \"2023-02-30\"}");
    assertTrue(onlyFailure(root).error().contains("bad publishedDate \"2023-02-30\""));
  }

  @Test
  void sidecarWithWrongTypeFails() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json", "{\"title\": 42}");
    assertEquals("sidecar corpus/a.meta.json: title must be a string", onlyFailure(root).error());
  }

  @Test
  void sidecarThatIsNotAnObjectFails() throws IOException {
    Path root = corpus();
    write(root, "a.txt", "Text.");
    write(root, "a.meta.json", "[1, 2]");
    assertEquals("sidecar corpus/a.meta.json: malformed JSON (expected an object, found array)",
        onlyFailure(root).error());
  }
}
