package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.extract.QuoteConventionRewrite.Style;
import io.newsfacts.output.Json;
import org.junit.jupiter.api.Test;

class PolnearInConventionTest {

  // code points: “ at 0, content 1..37, ” at 37, "said" at 39, "Mo Reid’s aide" at 44..58
  private static final String TEXT =
      "\u201CWe will \u2018never\u2019 quit, rock \u2019n\u2019 roll,\u201D said Mo Reid\u2019s aide.";

  private static ObjectNode gold(String text, int quoteStart, int quoteEnd, int speakerStart,
      int speakerEnd) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("id", "own");
    doc.put("text", text);
    ObjectNode q = ((ArrayNode) doc.putArray("quotes")).addObject();
    q.put("start", quoteStart).put("end", quoteEnd).put("speaker", "x")
        .put("speakerStart", speakerStart).put("speakerEnd", speakerEnd);
    ObjectNode a = doc.putArray("attributions").addObject();
    a.putObject("source").put("start", speakerStart).put("end", speakerEnd).put("text", "x");
    // "said" before the speaker, given reversed as a few PolNeAR spans are
    a.putObject("cue").put("start", speakerStart - 5).put("end", speakerStart - 6).put("text", "");
    a.putNull("content");
    return doc;
  }

  private static String span(JsonNode doc, JsonNode node, String start, String end) {
    String text = doc.get("text").asText();
    return text.substring(text.offsetByCodePoints(0, node.get(start).asInt()),
        text.offsetByCodePoints(0, node.get(end).asInt()));
  }

  @Test
  void mapsEveryGoldOffsetThroughTwoCharacterWireMarks() {
    ObjectNode wire = PolnearInConvention.rewrite(gold(TEXT, 1, 37, 44, 58), Style.WIRE);
    assertThat(wire.get("text").asText())
        .isEqualTo("``We will `never' quit, rock 'n' roll,'' said Mo Reid's aide.");
    JsonNode q = wire.get("quotes").get(0);
    assertThat(span(wire, q, "start", "end")).isEqualTo("We will `never' quit, rock 'n' roll,");
    assertThat(span(wire, q, "speakerStart", "speakerEnd")).isEqualTo("Mo Reid's aide");
    JsonNode source = wire.get("attributions").get(0).get("source");
    assertThat(source.get("text").asText()).isEqualTo("Mo Reid's aide");
  }

  @Test
  void rewritesBritishStylesOneMarkForOneWithOffsetsUnchanged() {
    ObjectNode curly = PolnearInConvention.rewrite(gold(TEXT, 1, 37, 44, 58),
        Style.BRITISH_CURLY);
    assertThat(curly.get("text").asText()).isEqualTo(
        "\u2018We will \u201Cnever\u201D quit, rock \u2019n\u2019 roll,\u2019 said Mo Reid\u2019s aide.");
    assertThat(curly.get("quotes").get(0).get("end").asInt()).isEqualTo(37);
    ObjectNode straight = PolnearInConvention.rewrite(gold(TEXT, 1, 37, 44, 58),
        Style.BRITISH_STRAIGHT);
    assertThat(straight.get("text").asText())
        .isEqualTo("'We will \"never\" quit, rock 'n' roll,' said Mo Reid's aide.");
  }

  @Test
  void keepsAReversedGoldSpanEmptyWhereItStarted() {
    ObjectNode wire = PolnearInConvention.rewrite(gold(TEXT, 1, 37, 44, 58), Style.WIRE);
    JsonNode cue = wire.get("attributions").get(0).get("cue");
    assertThat(cue.get("start").asInt()).isEqualTo(cue.get("end").asInt()).isEqualTo(41);
    assertThat(cue.get("text").asText()).isEmpty();
    assertThat(wire.get("attributions").get(0).get("content").isNull()).isTrue();
  }

  @Test
  void countsOffsetsInCodePointsPastACharacterOutsideTheBasicPlane() {
    // "\uD83D\uDCF0" (a newspaper emoji) is one code point and two Java chars
    String text = "\uD83D\uDCF0 \u201CYes,\u201D said Al.";
    ObjectNode wire = PolnearInConvention.rewrite(gold(text, 3, 7, 14, 16), Style.WIRE);
    assertThat(wire.get("text").asText()).isEqualTo("\uD83D\uDCF0 ``Yes,'' said Al.");
    JsonNode q = wire.get("quotes").get(0);
    assertThat(q.get("start").asInt()).isEqualTo(4);
    assertThat(span(wire, q, "start", "end")).isEqualTo("Yes,");
    assertThat(span(wire, q, "speakerStart", "speakerEnd")).isEqualTo("Al");
  }
}
