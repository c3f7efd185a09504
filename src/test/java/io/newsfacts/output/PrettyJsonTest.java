package io.newsfacts.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pretty output keeps the exact spacing it had on Jackson 2.18 (Separators.Spacing.AFTER) now that
 * the project is on the 2.15 line Spark ships, where that API does not exist.
 */
class PrettyJsonTest {

  @Test
  void prettyJsonIsSpacedExactlyAsOnJackson218() throws Exception {
    Map<String, Object> value = new TreeMap<>();
    value.put("a", List.of(Map.of("b", 1), Map.of("b", 2)));
    value.put("c", List.of());
    value.put("d", new TreeMap<>());
    value.put("e", "x");
    // Printed by the previous configuration on jackson-databind 2.18.2.
    String on218 = "{\n  \"a\": [ {\n    \"b\": 1\n  }, {\n    \"b\": 2\n  } ],\n  \"c\": [ ],\n"
        + "  \"d\": { },\n  \"e\": \"x\"\n}";
    assertEquals(on218, Json.PRETTY.writeValueAsString(value));
  }
}
