package io.newsfacts.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Reads the small JSON objects of sidecars and JSONL lines, with one-line reasons when they are bad. */
final class JsonFields {

  // Plain Jackson tree parsing; the output mapper's settings are about writing, not reading.
  // Trailing tokens fail: a line holding two objects is an error, never its first object alone.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** The JSON object in {@code json}; "malformed JSON (…)" when it is not one. */
  static JsonNode parseObject(String json) throws ArticleProblem {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (MismatchedInputException e) {
      if (e.getOriginalMessage().startsWith("Trailing token")) {
        throw new ArticleProblem("malformed JSON (more than one value: a line holds exactly one "
            + "object)");
      }
      throw new ArticleProblem("malformed JSON (" + OneLine.of(e.getOriginalMessage()) + ")");
    } catch (JsonProcessingException e) {
      throw new ArticleProblem("malformed JSON (" + OneLine.of(e.getOriginalMessage()) + ")");
    }
    if (node == null || node.isMissingNode()) {
      throw new ArticleProblem("malformed JSON (no value)");
    }
    if (!node.isObject()) {
      throw new ArticleProblem("malformed JSON (expected an object, found " + node.getNodeType()
          .name().toLowerCase(Locale.ROOT) + ")");
    }
    return node;
  }

  /** A string field, or null when absent or JSON null; other types are an error. */
  static String optionalString(JsonNode object, String field) throws ArticleProblem {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ArticleProblem(field + " must be a string");
    }
    return value.textValue();
  }

  /** The {@code publishedDate} field as a date, or null when absent. */
  static LocalDate optionalDate(JsonNode object, String field) throws ArticleProblem {
    String value = optionalString(object, field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PublishedDates.parse(value);
    } catch (DateTimeException e) {
      throw new ArticleProblem("bad " + field + " \"" + value.strip() + "\" ("
          + PublishedDates.EXPECTED + ")");
    }
  }

  /** title, publishedDate and url of a sidecar or JSONL object. */
  static Metadata metadata(JsonNode object) throws ArticleProblem {
    return new Metadata(optionalString(object, "title"), optionalDate(object, "publishedDate"),
        optionalString(object, "url"));
  }

  private JsonFields() {}
}
