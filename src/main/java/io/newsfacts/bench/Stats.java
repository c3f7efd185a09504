package io.newsfacts.bench;

import java.util.Collection;

/** Medians: the benchmark's summary figure, robust to one run slowed by a busy machine. */
final class Stats {

  private Stats() {}

  /** The median; the mean of the two middle values for an even count; NaN when empty. */
  static double median(Collection<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v))
        .sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** {@code ours / theirs}, NaN when either is missing or theirs is zero. */
  static double ratio(double ours, double theirs) {
    return Double.isNaN(ours) || Double.isNaN(theirs) || theirs == 0 ? Double.NaN : ours / theirs;
  }
}
