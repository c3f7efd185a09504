package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: write tiny corpus files and read the corpus back. */
final class Corpus {

  static Path write(Path root, String relative, String content) {
    return write(root, relative, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path root, String relative, byte[] content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<IngestResult> readAll(Path root) {
    return readAll(root, IngestOptions.defaults());
  }

  static List<IngestResult> readAll(Path root, IngestOptions options) {
    try (Stream<IngestResult> results = new CorpusReader(options).read(root)) {
      return results.toList();
    }
  }

  static Article onlyArticle(Path root) {
    List<IngestResult> results = readAll(root);
    assertEquals(1, results.size(), () -> "results: " + results);
    return assertInstanceOf(IngestResult.Ok.class, results.get(0), () -> results.toString())
        .article();
  }

  static ArticleFailure onlyFailure(Path root) {
    return onlyFailure(readAll(root));
  }

  static ArticleFailure onlyFailure(List<IngestResult> results) {
    assertEquals(1, results.size(), () -> "results: " + results);
    return failure(results.get(0));
  }

  static ArticleFailure failure(IngestResult result) {
    return assertInstanceOf(IngestResult.Failed.class, result, () -> result.toString()).failure();
  }

  static Article article(IngestResult result) {
    return assertInstanceOf(IngestResult.Ok.class, result, () -> result.toString()).article();
  }

  private Corpus() {}
}
