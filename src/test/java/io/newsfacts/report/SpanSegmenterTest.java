package io.newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanSegmenterTest {

  private static Mark mark(MarkKind kind, int start, int end, String id) {
    return new Mark(kind, start, end, "span", List.of(new Mark.Attribute("id", id),
        new Mark.Attribute("class", kind.name().toLowerCase())));
  }

  @Test
  void nestsInnerMarkInsideOuter() {
    SpanSegmenter.Node root = SpanSegmenter.segment(20,
        List.of(mark(MarkKind.DATE, 5, 8, "d"), mark(MarkKind.QUOTE, 2, 15, "q")));
    assertEquals(1, root.children().size());
    SpanSegmenter.Node quote = root.children().get(0);
    assertEquals(MarkKind.QUOTE, quote.mark().kind());
    assertEquals(MarkKind.DATE, quote.children().get(0).mark().kind());
  }

  @Test
  void wrapsEntityInSpeakerWhenTheyCoverTheSameCharacters() {
    SpanSegmenter.Node root = SpanSegmenter.segment(10,
        List.of(mark(MarkKind.ENTITY, 0, 6, "e"), mark(MarkKind.SPEAKER, 0, 6, "s")));
    assertEquals(MarkKind.SPEAKER, root.children().get(0).mark().kind());
    assertEquals(MarkKind.ENTITY, root.children().get(0).children().get(0).mark().kind());
  }

  @Test
  void splitsMarkThatCrossesTheEndOfAnEnclosingMark() {
    SpanSegmenter.Node root = SpanSegmenter.segment(20,
        List.of(mark(MarkKind.QUOTE, 0, 10, "q"), mark(MarkKind.ENTITY, 8, 14, "e")));
    SpanSegmenter.Node quote = root.children().get(0);
    SpanSegmenter.Node inside = quote.children().get(0);
    SpanSegmenter.Node after = root.children().get(1);
    assertEquals(List.of(8, 10, false), List.of(inside.start(), inside.end(), inside.mark().continuation()));
    assertEquals(List.of(10, 14, true), List.of(after.start(), after.end(), after.mark().continuation()));
  }

  @Test
  void marksInsideTheFirstPieceOfASplitMarkNestInThatPiece() {
    // reported content [10, 50), a quote crossing its end [20, 60), a speaker inside both [30, 40)
    String text = "x".repeat(70);
    String html = MarkedTextRenderer.render(text, List.of(mark(MarkKind.REPORTED, 10, 50, "r"),
        mark(MarkKind.QUOTE, 20, 60, "q"), mark(MarkKind.SPEAKER, 30, 40, "s")));
    assertEquals("x".repeat(10) + "<span id=\"r\" class=\"reported\">" + "x".repeat(10)
        + "<span id=\"q\" class=\"quote\">" + "x".repeat(10)
        + "<span id=\"s\" class=\"speaker\">" + "x".repeat(10) + "</span>" + "x".repeat(10)
        + "</span></span><span class=\"quote\" data-continued=\"true\">" + "x".repeat(10)
        + "</span>" + "x".repeat(10), html);
  }

  @Test
  void dropsEmptyAndOutOfRangeMarks() {
    SpanSegmenter.Node root = SpanSegmenter.segment(5, List.of(mark(MarkKind.ENTITY, 3, 3, "a"),
        mark(MarkKind.ENTITY, 4, 9, "b"), mark(MarkKind.ENTITY, -1, 2, "c")));
    assertTrue(root.children().isEmpty());
  }

  @Test
  void keepsIdOnlyOnFirstPieceOfSplitMark() {
    String html = MarkedTextRenderer.render("abcdefghij",
        List.of(mark(MarkKind.QUOTE, 0, 5, "q"), mark(MarkKind.ENTITY, 3, 8, "e")));
    assertEquals("<span id=\"q\" class=\"quote\">abc<span id=\"e\" class=\"entity\">de</span></span>"
        + "<span class=\"entity\" data-continued=\"true\">fgh</span>ij", html);
  }

  @Test
  void rendersMarksOnCodePointsAfterSurrogatePairs() {
    // "🚀" is one code point but two UTF-16 units; offsets 2..4 mean "ab".
    String html = MarkedTextRenderer.render("🚀 ab c", List.of(mark(MarkKind.ENTITY, 2, 4, "e")));
    assertEquals("🚀 <span id=\"e\" class=\"entity\">ab</span> c", html);
  }

  @Test
  void escapesTextAndAttributeValues() {
    String html = MarkedTextRenderer.render("<b>&\"x\"</b>", List.of(new Mark(MarkKind.ENTITY, 3, 4,
        "mark", List.of(new Mark.Attribute("data-tip", "\"><script>")))));
    assertEquals("&lt;b&gt;<mark data-tip=\"&quot;&gt;&lt;script&gt;\">&amp;</mark>&quot;x&quot;&lt;/b&gt;",
        html);
  }
}
