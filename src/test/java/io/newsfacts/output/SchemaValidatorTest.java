package io.newsfacts.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Phrase;
import io.newsfacts.model.Speaker;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

  private static ObjectNode validArticle() {
    ArticleFacts facts = new ArticleFacts("1.0", "a",
        new SourceInfo("corpus/a.txt", SourceFormat.TXT, "b".repeat(64)), null, null, null, "x",
        List.of(), List.of(), List.of(), List.of());
    return Json.MAPPER.valueToTree(facts);
  }

  @Test
  void acceptsAnArticleRecord() {
    assertThat(SchemaValidator.forArticles().problems(validArticle())).isEmpty();
  }

  @Test
  void rejectsMissingField() {
    ObjectNode article = validArticle();
    article.remove("quotes");
    assertThat(SchemaValidator.forArticles().problems(article)).anyMatch(p -> p.contains("quotes"));
  }

  @Test
  void rejectsUnknownEntityType() {
    ObjectNode article = validArticle();
    article.putArray("entities").addObject().put("id", "E1").put("name", "X").put("type", "TITLE")
        .putNull("subtype").putArray("mentions").addObject().put("text", "X").put("start", 0)
        .put("end", 1).put("sentence", 0);
    assertThat(SchemaValidator.forArticles().problems(article)).isNotEmpty();
  }

  @Test
  void acceptsReportedAndQuotedAttributions() {
    ArticleFacts facts = new ArticleFacts(ArticleFacts.SCHEMA_VERSION, "a",
        new SourceInfo("corpus/a.txt", SourceFormat.TXT, "b".repeat(64)), null, null, null,
        List.of(), "Ann said rain is coming.", List.of(), List.of(), List.of(), List.of(),
        List.of(new AttributionFact("A1", new Speaker("Ann", 0, 3, null),
                new Phrase("said", 4, 8), new Phrase("rain is coming", 9, 23), List.of()),
            new AttributionFact("A2", null, null, new Phrase("rain", 9, 13), List.of("Q1"))));
    ObjectNode article = Json.MAPPER.valueToTree(facts);
    assertThat(article.get("schemaVersion").asText()).isEqualTo("1.1");
    assertThat(SchemaValidator.forArticles().problems(article)).isEmpty();
  }

  @Test
  void acceptsAVersionOneFileWithoutAttributions() {
    ObjectNode article = validArticle();
    article.remove("attributions");
    assertThat(SchemaValidator.forArticles().problems(article)).isEmpty();
  }

  @Test
  void rejectsAnAttributionWithoutContent() {
    ObjectNode article = validArticle();
    article.putArray("attributions").addObject().put("id", "A1").putNull("source")
        .putNull("cue").putArray("quoteIds");
    assertThat(SchemaValidator.forArticles().problems(article)).anyMatch(p -> p.contains("content"));
  }

  @Test
  void rejectsBadPublishedDate() {
    ObjectNode article = validArticle();
    article.put("publishedDate", "3 June 2023");
    assertThat(SchemaValidator.forArticles().problems(article)).isNotEmpty();
  }
}
