package io.newsfacts.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.model.ArticleFacts;
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
  void rejectsBadPublishedDate() {
    ObjectNode article = validArticle();
    article.put("publishedDate", "3 June 2023");
    assertThat(SchemaValidator.forArticles().problems(article)).isNotEmpty();
  }
}
