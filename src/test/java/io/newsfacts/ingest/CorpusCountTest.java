package io.newsfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCountTest {

  @Test
  void countsArticleFilesAndJsonlLinesForTheProgressBar(@TempDir Path corpus) throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A");
    Files.writeString(corpus.resolve("a.meta.json"), "{}");
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("sub/b.html"), "<p>B</p>");
    Files.writeString(corpus.resolve("sub/feed.jsonl"), "{}\n\n{}\n{}\n");
    Files.writeString(corpus.resolve("notes.md"), "ignored");
    assertThat(new CorpusReader(IngestOptions.defaults()).countArticles(corpus)).isEqualTo(5);
  }

  @Test
  void missingFolderCountsAsUnknown(@TempDir Path tmp) {
    assertThat(new CorpusReader(IngestOptions.defaults()).countArticles(tmp.resolve("none")))
        .isEqualTo(-1);
  }
}
