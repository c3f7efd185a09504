package io.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.eval.SpanMetrics.Pair;
import io.newsfacts.eval.SpanMetrics.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final double EPS = 1e-9;

  @Test
  void prfFromCounts() {
    Prf p = new Prf(4, 5, 3, 2);
    assertEquals(0.75, p.precision(), EPS);
    assertEquals(0.4, p.recall(), EPS);
    assertEquals(2 * 0.75 * 0.4 / 1.15, p.f1(), EPS);
    assertEquals(0, Prf.ZERO.f1(), EPS);
    assertEquals(0, Prf.ZERO.precision(), EPS);
    assertEquals(new Prf(5, 7, 4, 3), p.plus(new Prf(1, 2, 1, 1)));
  }

  @Test
  void overlapNeedsOneSharedCodePoint() {
    assertTrue(SpanMetrics.overlaps(0, 5, 4, 9));
    assertFalse(SpanMetrics.overlaps(0, 5, 5, 9)); // end exclusive: touching is not overlapping
    assertFalse(SpanMetrics.overlaps(3, 3, 0, 9)); // empty spans overlap nothing
    assertTrue(SpanMetrics.sameSpan(2, 4, 2, 4));
    assertFalse(SpanMetrics.sameSpan(2, 4, 2, 5));
  }

  @Test
  void alignIsOneToOneAndPrefersExactThenLargerOverlap() {
    // gold "Sunday morning" [0,14); system "Sunday" [0,6) and "morning" [7,14): one pair only.
    List<Pair> pairs = SpanMetrics.align(List.of(new Span(0, 6), new Span(7, 14)),
        List.of(new Span(0, 14)));
    assertEquals(List.of(new Pair(1, 0)), pairs); // "morning" overlaps 7 > 6
    // An exact pair wins over a larger overlap elsewhere.
    pairs = SpanMetrics.align(List.of(new Span(0, 10), new Span(2, 5)),
        List.of(new Span(2, 5), new Span(0, 12)));
    assertTrue(pairs.contains(new Pair(1, 0)));
    assertTrue(pairs.contains(new Pair(0, 1)));
    // One system span over two gold spans pairs with one of them.
    pairs = SpanMetrics.align(List.of(new Span(0, 20)), List.of(new Span(0, 6), new Span(11, 20)));
    assertEquals(1, pairs.size());
  }

  @Test
  void matchCountsPrecisionAndRecallSides() {
    Prf p = SpanMetrics.match(List.of(1, 1, 2), List.of(1, 3), Integer::equals);
    assertEquals(new Prf(3, 2, 2, 1), p);
  }
}
