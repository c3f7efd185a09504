package io.newsfacts.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Turns possibly overlapping marks into a properly nested tree, so they can be written as HTML
 * elements. Offsets are code points. A mark that crosses the end of an enclosing mark is split in
 * two pieces (HTML elements cannot overlap); marks outside the text or empty are dropped.
 */
final class SpanSegmenter {

  /** A mark placed in the tree; the root has no mark and spans the whole text. */
  record Node(Mark mark, int start, int end, List<Node> children) {}

  /** Outer marks first: earlier start, then longer, then the kind that nests outside. */
  private static final Comparator<Mark> NESTING_ORDER = Comparator.comparingInt(Mark::start)
      .thenComparing(Comparator.comparingInt(Mark::end).reversed())
      .thenComparing(Mark::kind);

  private SpanSegmenter() {}

  /** The root node over [0, textLength) holding all valid marks, nested. */
  static Node segment(int textLength, List<Mark> marks) {
    Node root = new Node(null, 0, textLength, new ArrayList<>());
    // Ties keep input order (sequence number) so the output is deterministic.
    PriorityQueue<Queued> queue = new PriorityQueue<>(
        Comparator.comparing(Queued::mark, NESTING_ORDER).thenComparingInt(Queued::sequence));
    int sequence = 0;
    for (Mark mark : marks) {
      if (mark.start() >= 0 && mark.start() < mark.end() && mark.end() <= textLength) {
        queue.add(new Queued(mark, sequence++));
      }
    }
    Deque<Node> open = new ArrayDeque<>();
    open.push(root);
    while (!queue.isEmpty()) {
      Mark mark = queue.poll().mark();
      while (open.peek() != root && open.peek().end() <= mark.start()) {
        open.pop();
      }
      Node parent = open.peek();
      if (mark.end() <= parent.end()) {
        open.push(addChild(parent, mark));
      } else {
        // open like any mark: a later mark inside this piece nests in it, not beside it
        open.push(addChild(parent, mark.piece(mark.start(), parent.end(), false)));
        queue.add(new Queued(mark.piece(parent.end(), mark.end(), true), sequence++));
      }
    }
    return root;
  }

  private static Node addChild(Node parent, Mark mark) {
    Node child = new Node(mark, mark.start(), mark.end(), new ArrayList<>());
    parent.children().add(child);
    return child;
  }

  private record Queued(Mark mark, int sequence) {}
}
