package io.newsfacts.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWriterTest {

  private static ArticleFacts facts(String id) {
    return new ArticleFacts("1.0", id, new SourceInfo("c/" + id, SourceFormat.TXT, "0"), null,
        null, null, "text", List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void writesInCorpusOrderWhateverOrderWorkersFinish(@TempDir Path out) throws Exception {
    try (JsonlWriter writer = new JsonlWriter(out)) {
      writer.add(2, facts("c"));
      writer.skip(1);
      writer.add(0, facts("a"));
    }
    List<String> lines = Files.readAllLines(out.resolve(JsonlWriter.FILE_NAME));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"id\":\"a\"");
    assertThat(lines.get(1)).contains("\"id\":\"c\"");
  }

  @Test
  void leavesNoTemporaryFileBehind(@TempDir Path out) throws Exception {
    try (JsonlWriter writer = new JsonlWriter(out)) {
      writer.add(0, facts("a"));
    }
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("articles.jsonl");
    }
  }
}
