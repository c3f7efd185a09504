package io.newsfacts.report;

import java.util.List;

/**
 * One element to wrap around the code points [start, end) of the text: its tag and attributes (raw
 * values, escaped when written). {@code continuation} is set on the later pieces of a mark that had
 * to be split because it crossed the end of an enclosing mark.
 */
record Mark(MarkKind kind, int start, int end, String tag, List<Attribute> attributes,
    boolean continuation) {

  /** An HTML attribute with its unescaped value. */
  record Attribute(String name, String value) {}

  Mark {
    attributes = List.copyOf(attributes);
  }

  Mark(MarkKind kind, int start, int end, String tag, List<Attribute> attributes) {
    this(kind, start, end, tag, attributes, false);
  }

  /** The same mark restricted to [newStart, newEnd). */
  Mark piece(int newStart, int newEnd, boolean isContinuation) {
    return new Mark(kind, newStart, newEnd, tag, attributes, continuation || isContinuation);
  }
}
