package io.newsfacts.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Checks JSON against the contract's JSON Schemas (draft 2020-12), shipped in the jar. */
public final class SchemaValidator {

  public static final String ARTICLE_SCHEMA = "/io/newsfacts/schema/article.schema.json";
  public static final String MANIFEST_SCHEMA = "/io/newsfacts/schema/manifest.schema.json";

  private final JsonSchema schema;

  private SchemaValidator(String resource) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
        .build();
    try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
      schema = factory.getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + resource, e);
    }
  }

  public static SchemaValidator forArticles() {
    return new SchemaValidator(ARTICLE_SCHEMA);
  }

  public static SchemaValidator forManifest() {
    return new SchemaValidator(MANIFEST_SCHEMA);
  }

  /** The problems found, one line each; empty when the document is valid. */
  public List<String> problems(JsonNode document) {
    return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  public List<String> problems(Path file) throws IOException {
    return problems(Json.MAPPER.readTree(file.toFile()));
  }
}
