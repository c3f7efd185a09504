package io.newsfacts.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.extract.QuoteConventionRewrite.Style;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Developer tool, not a test: rewrites quotation gold (the {@code evaluate --quotes} JSONL, with
 * PolNeAR's {@code attributions}) into another mark convention, so that speakers can be measured
 * on wire and British copy of the same articles. The text goes through
 * {@link QuoteConventionRewrite}; every gold offset goes with it (code points, as the format has
 * them: a wire {@code ``} is two where “ was one): quotations, speaker spans, and each
 * attribution's source, cue and content with their {@code text}. A span the gold gives reversed
 * (a few PolNeAR lines) is kept empty where it started, which readers skip as before.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:target/lib/*
 * io.newsfacts.extract.PolnearInConvention IN.jsonl WIRE|BRITISH_CURLY|BRITISH_STRAIGHT OUT.jsonl}.
 */
public final class PolnearInConvention {

  private PolnearInConvention() {}

  public static void main(String[] args) throws IOException {
    Style style = Style.valueOf(args[1]);
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(Json.MAPPER.writeValueAsString(rewrite(Json.MAPPER.readTree(line), style)));
      }
    }
    Files.write(Path.of(args[2]), out, StandardCharsets.UTF_8);
  }

  /** One gold document in the style, offsets mapped (the node given is not changed). */
  static ObjectNode rewrite(JsonNode original, Style style) {
    ObjectNode doc = original.deepCopy();
    String text = doc.get("text").asText();
    OffsetMap map = new OffsetMap(text, QuoteConventionRewrite.rewrite(text, style));
    doc.put("text", map.text());
    for (JsonNode q : doc.path("quotes")) {
      map.span((ObjectNode) q, "start", "end", null);
      map.span((ObjectNode) q, "speakerStart", "speakerEnd", null);
    }
    for (JsonNode a : doc.path("attributions")) {
      for (String part : List.of("source", "cue", "content")) {
        if (a.path(part).isObject()) {
          map.span((ObjectNode) a.get(part), "start", "end", "text");
        }
      }
    }
    return doc;
  }

  /** Code point offsets of the original to code point offsets of the rewritten text. */
  static final class OffsetMap {
    private final String original;
    private final QuoteConventionRewrite.Rewritten rewritten;
    private final CodePoints rewrittenCodePoints;

    OffsetMap(String original, QuoteConventionRewrite.Rewritten rewritten) {
      this.original = original;
      this.rewritten = rewritten;
      this.rewrittenCodePoints = new CodePoints(rewritten.text());
    }

    String text() {
      return rewritten.text();
    }

    /** Where code point offset {@code at} of the original (0 to its length) went. */
    int map(int at) {
      int chars = original.offsetByCodePoints(0, at);
      return rewrittenCodePoints.of(rewritten.at()[chars]);
    }

    /**
     * Maps a span's two fields in place (both must be present, else nothing changes); a reversed
     * span becomes empty at its start. {@code textField}, when given, is set to the new span's
     * text.
     */
    void span(ObjectNode node, String startField, String endField, String textField) {
      if (!node.hasNonNull(startField) || !node.hasNonNull(endField)) {
        return;
      }
      int start = map(node.get(startField).asInt());
      int end = Math.max(start, map(node.get(endField).asInt()));
      node.put(startField, start);
      node.put(endField, end);
      if (textField != null) {
        String t = rewritten.text();
        node.put(textField, t.substring(t.offsetByCodePoints(0, start),
            t.offsetByCodePoints(0, end)));
      }
    }
  }
}
