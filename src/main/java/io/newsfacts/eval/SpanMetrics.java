package io.newsfacts.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The one definition of span matching. Spans are code-point offsets, end exclusive.
 *
 * <ul>
 *   <li>strict (exact): same start and end;
 *   <li>relaxed (overlap): the spans share at least one code point;
 *   <li>attribute (type, value, speaker): a relaxed pair whose attribute is equal.
 * </ul>
 *
 * <p>Relaxed matching is one-to-one, as in TempEval-3 (whose scorer first aligns system and gold
 * TIMEX3s to shared ids): {@link #align} pairs each gold span with at most one system span and
 * vice versa, preferring exact pairs, then larger overlaps, then earlier spans. Precision is then
 * pairs / system spans, recall pairs / gold spans. Exact matching with {@link #match} counts like
 * conlleval.
 */
public final class SpanMetrics {

  private SpanMetrics() {}

  /** A span of code points, end exclusive. */
  public record Span(int start, int end) {
    int overlap(Span o) {
      return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
    }
  }

  /** A system span's index paired with a gold span's index. */
  public record Pair(int system, int gold) {}

  /** Same start and end. */
  public static boolean sameSpan(int start1, int end1, int start2, int end2) {
    return start1 == start2 && end1 == end2;
  }

  /** At least one code point in common (empty spans overlap nothing). */
  public static boolean overlaps(int start1, int end1, int start2, int end2) {
    return start1 < end2 && start2 < end1 && start1 < end1 && start2 < end2;
  }

  /**
   * One-to-one alignment of overlapping spans: of all overlapping (system, gold) pairs, taken
   * greedily in order of exact match first, then overlap length, then gold position, then system
   * position, each whose two spans are still free.
   */
  public static List<Pair> align(List<Span> system, List<Span> gold) {
    record Candidate(int system, int gold, boolean exact, int overlap) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      Span ss = system.get(s);
      for (int g = 0; g < gold.size(); g++) {
        Span gs = gold.get(g);
        if (overlaps(ss.start(), ss.end(), gs.start(), gs.end())) {
          candidates.add(new Candidate(s, g, ss.equals(gs), ss.overlap(gs)));
        }
      }
    }
    candidates.sort(Comparator.comparing((Candidate c) -> !c.exact())
        .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::system));
    boolean[] systemTaken = new boolean[system.size()];
    boolean[] goldTaken = new boolean[gold.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!systemTaken[c.system()] && !goldTaken[c.gold()]) {
        systemTaken[c.system()] = true;
        goldTaken[c.gold()] = true;
        pairs.add(new Pair(c.system(), c.gold()));
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::gold));
    return pairs;
  }

  /** P/R/F1 of aligned pairs that satisfy {@code counts} (e.g. same span, same value). */
  public static <S, G> Prf pairs(List<S> system, List<G> gold, List<Pair> alignment,
      BiPredicate<S, G> counts) {
    int n = (int) alignment.stream()
        .filter(p -> counts.test(system.get(p.system()), gold.get(p.gold()))).count();
    return Prf.ofTruePositives(system.size(), gold.size(), n);
  }

  /**
   * Counts system items that match some gold item and gold items that some system item matches
   * (for exact matches of unique spans, both are conlleval's true positives).
   */
  public static <S, G> Prf match(List<S> system, List<G> gold, BiPredicate<S, G> matches) {
    int matchedSystem = 0;
    for (S s : system) {
      if (gold.stream().anyMatch(g -> matches.test(s, g))) {
        matchedSystem++;
      }
    }
    int matchedGold = 0;
    for (G g : gold) {
      if (system.stream().anyMatch(s -> matches.test(s, g))) {
        matchedGold++;
      }
    }
    return new Prf(system.size(), gold.size(), matchedSystem, matchedGold);
  }
}
