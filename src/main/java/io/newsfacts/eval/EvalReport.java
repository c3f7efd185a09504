package io.newsfacts.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One set's evaluation: every figure of every system, its failures and disagreements, and the
 * Markdown table (rows: metric; columns: each system, then the delta of the first minus the
 * second).
 */
@JsonPropertyOrder({"set", "task", "data", "date", "documents", "systems"})
public record EvalReport(String set, String task, String data, String date, int documents,
    List<SystemResult> systems) {

  public EvalReport {
    systems = List.copyOf(systems);
  }

  /** One system's figures on the set. */
  @JsonPropertyOrder({"name", "seconds", "failures", "metrics", "disagreements"})
  public record SystemResult(String name, double seconds, List<String> failures,
      Map<String, Prf> metrics, List<Disagreement> disagreements) {}

  /** The Markdown table: P, R and F1 per metric (accuracies as one row), counts, failures. */
  public String markdown() {
    List<String> header = new ArrayList<>();
    header.add(set + " (" + task + ", " + documents + " docs)");
    systems.forEach(s -> header.add(s.name()));
    boolean delta = systems.size() == 2;
    if (delta) {
      header.add("delta");
    }
    StringBuilder md = new StringBuilder();
    row(md, header);
    List<String> rule = new ArrayList<>();
    rule.add("---");
    for (int i = 1; i < header.size(); i++) {
      rule.add("---:");
    }
    row(md, rule);
    if (systems.isEmpty()) {
      return md.toString();
    }
    for (String metric : systems.get(0).metrics().keySet()) {
      if (metric.endsWith("accuracy")) {
        figureRow(md, metric, metric, Prf::recall, delta);
        continue;
      }
      figureRow(md, metric + " F1", metric, Prf::f1, delta);
      figureRow(md, metric + " P", metric, Prf::precision, delta);
      figureRow(md, metric + " R", metric, Prf::recall, delta);
    }
    String first = systems.get(0).metrics().keySet().iterator().next();
    countRow(md, "gold items", s -> s.metrics().get(first).gold(), delta);
    countRow(md, "system items", s -> s.metrics().get(first).system(), delta);
    countRow(md, "failed documents", s -> s.failures().size(), delta);
    return md.toString();
  }

  private void figureRow(StringBuilder md, String label, String metric,
      java.util.function.ToDoubleFunction<Prf> f, boolean delta) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    double[] v = systems.stream().mapToDouble(s -> 100 * f.applyAsDouble(s.metrics().get(metric)))
        .toArray();
    for (double x : v) {
      cells.add(String.format(Locale.ROOT, "%.1f", x));
    }
    if (delta) {
      cells.add(String.format(Locale.ROOT, "%+.1f", v[0] - v[1]));
    }
    row(md, cells);
  }

  private void countRow(StringBuilder md, String label,
      java.util.function.ToIntFunction<SystemResult> f, boolean delta) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    int[] v = systems.stream().mapToInt(f).toArray();
    for (int x : v) {
      cells.add(Integer.toString(x));
    }
    if (delta) {
      cells.add(String.format(Locale.ROOT, "%+d", v[0] - v[1]));
    }
    row(md, cells);
  }

  private static void row(StringBuilder md, List<String> cells) {
    md.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
