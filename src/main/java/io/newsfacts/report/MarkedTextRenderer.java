package io.newsfacts.report;

import java.util.List;

/**
 * Writes article text with its marks as HTML. Every character of the text goes through
 * {@link Html#escape}, so text containing {@code <script>} stays text.
 */
final class MarkedTextRenderer {

  private MarkedTextRenderer() {}

  /** The HTML of {@code text} with {@code marks} nested in place. */
  static String render(String text, List<Mark> marks) {
    CodePointText cpText = new CodePointText(text);
    SpanSegmenter.Node root = SpanSegmenter.segment(cpText.length(), marks);
    StringBuilder out = new StringBuilder(text.length() * 2);
    writeChildren(out, cpText, root);
    return out.toString();
  }

  private static void writeChildren(StringBuilder out, CodePointText text, SpanSegmenter.Node node) {
    int cursor = node.start();
    for (SpanSegmenter.Node child : node.children()) {
      Html.appendEscaped(out, text.slice(cursor, child.start()));
      writeElement(out, text, child);
      cursor = child.end();
    }
    Html.appendEscaped(out, text.slice(cursor, node.end()));
  }

  private static void writeElement(StringBuilder out, CodePointText text, SpanSegmenter.Node node) {
    Mark mark = node.mark();
    out.append('<').append(mark.tag());
    for (Mark.Attribute attribute : mark.attributes()) {
      // An id may appear once in a page: only the first piece of a split mark keeps it.
      if (mark.continuation() && attribute.name().equals("id")) {
        continue;
      }
      out.append(' ').append(attribute.name()).append("=\"");
      Html.appendEscaped(out, attribute.value());
      out.append('"');
    }
    if (mark.continuation()) {
      out.append(" data-continued=\"true\"");
    }
    out.append('>');
    writeChildren(out, text, node);
    out.append("</").append(mark.tag()).append('>');
  }
}
