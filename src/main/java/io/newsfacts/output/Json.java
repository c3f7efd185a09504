package io.newsfacts.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration: ISO dates, record field order, nulls written out. */
public final class Json {

  /** Reads and writes NewsFacts records. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  /** Pretty JSON for per-article files people open, spaced as most tools print it ("a": 1). */
  public static final ObjectWriter PRETTY = MAPPER.writer(new ColonSpacePrettyPrinter());

  /** One line of JSON, for JSONL. */
  public static final ObjectWriter COMPACT = MAPPER.writer();

  private Json() {}
}
