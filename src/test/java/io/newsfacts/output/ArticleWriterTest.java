package io.newsfacts.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleWriterTest {

  private static ArticleFacts facts(String id) {
    return new ArticleFacts("1.0", id,
        new SourceInfo("corpus/" + id + ".txt", SourceFormat.TXT, "a".repeat(64)), "Title",
        LocalDate.of(2023, 6, 3), null, "Some text.", List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void writesIdWithSlashesIntoSubfolders(@TempDir Path out) throws Exception {
    Path written = new ArticleWriter(out).write(facts("wires/a"));
    assertThat(written).isEqualTo(out.resolve("articles/wires/a.json"));
    assertThat(Files.readString(written)).endsWith("}\n");
  }

  @Test
  void writesFieldsInContractOrderWithNullsAndIsoDate(@TempDir Path out) throws Exception {
    String json = Files.readString(new ArticleWriter(out).write(facts("a")));
    assertThat(json).containsSubsequence("\"schemaVersion\": \"1.0\"", "\"id\"", "\"source\"",
        "\"title\"", "\"publishedDate\": \"2023-06-03\"", "\"url\": null", "\"text\"",
        "\"sentences\"", "\"entities\"", "\"dates\"", "\"quotes\"");
  }

  @Test
  void sameRecordGivesIdenticalBytes(@TempDir Path out) throws Exception {
    byte[] first = Files.readAllBytes(new ArticleWriter(out.resolve("1")).write(facts("a")));
    byte[] second = Files.readAllBytes(new ArticleWriter(out.resolve("2")).write(facts("a")));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void writtenArticleMatchesTheSchema(@TempDir Path out) throws Exception {
    Path written = new ArticleWriter(out).write(facts("a"));
    assertThat(SchemaValidator.forArticles().problems(written)).isEmpty();
  }
}
