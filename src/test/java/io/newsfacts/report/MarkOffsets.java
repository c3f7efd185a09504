package io.newsfacts.report;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Where each element inside the rendered article text sits, in code points of the text: the
 * independent check that a mark covers exactly the characters the JSON says.
 */
final class MarkOffsets {

  /** A mark element's span in code points, end exclusive. */
  record Span(int start, int end) {}

  private final Map<Element, Span> spans = new IdentityHashMap<>();

  MarkOffsets(Element articleText) {
    walk(articleText, 0);
  }

  Span of(Element element) {
    return spans.get(element);
  }

  private int walk(Node node, int offset) {
    if (node instanceof TextNode text) {
      String raw = text.getWholeText();
      return offset + raw.codePointCount(0, raw.length());
    }
    int start = offset;
    for (Node child : node.childNodes()) {
      offset = walk(child, offset);
    }
    if (node instanceof Element element) {
      spans.put(element, new Span(start, offset));
    }
    return offset;
  }
}
