package io.newsfacts.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Precision, recall and F1 from counts. Precision is {@code matchedSystem / system}, recall
 * {@code matchedGold / gold}: the two numerators differ when one system span overlaps two gold spans
 * (TempEval-3 counts them this way); for exact matching without duplicates both equal the number of
 * true positives, as conlleval counts.
 */
@JsonPropertyOrder({"precision", "recall", "f1", "system", "gold", "matchedSystem", "matchedGold"})
public record Prf(int system, int gold, int matchedSystem, int matchedGold) {

  public static final Prf ZERO = new Prf(0, 0, 0, 0);

  public static Prf ofTruePositives(int system, int gold, int truePositives) {
    return new Prf(system, gold, truePositives, truePositives);
  }

  public Prf plus(Prf o) {
    return new Prf(system + o.system, gold + o.gold, matchedSystem + o.matchedSystem,
        matchedGold + o.matchedGold);
  }

  @JsonProperty
  public double precision() {
    return system == 0 ? 0 : (double) matchedSystem / system;
  }

  @JsonProperty
  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  @JsonProperty
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
