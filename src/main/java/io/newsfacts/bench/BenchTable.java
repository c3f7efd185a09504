package io.newsfacts.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The benchmark's Markdown: medians per system with the ratio ours/theirs, then every run. */
final class BenchTable {

  private static final double GB = 1e9;

  private BenchTable() {}

  /** One row per figure; columns NewsFacts, plain CoreNLP, ours/theirs (medians). */
  static String medians(List<RunFigures> runs) {
    List<RunFigures> ours = of(runs, BenchSystem.OURS);
    List<RunFigures> theirs = of(runs, BenchSystem.CORENLP);
    StringBuilder md = new StringBuilder();
    md.append("| median of ").append(Math.max(ours.size(), theirs.size()))
        .append(" runs | NewsFacts | plain CoreNLP | ours/theirs |\n")
        .append("|---|---:|---:|---:|\n");
    row(md, "start-up to first article (s)", ours, theirs, RunFigures::startupSeconds, "%.1f");
    row(md, "steady throughput (tokens/s)", ours, theirs, RunFigures::tokensPerSecond, "%.0f");
    row(md, "steady throughput (articles/s)", ours, theirs, RunFigures::articlesPerSecond, "%.2f");
    row(md, "total wall time (s)", ours, theirs, RunFigures::wallSeconds, "%.1f");
    row(md, "CPU time, whole process (s)", ours, theirs, RunFigures::cpuSeconds, "%.0f");
    row(md, "CPU ms per token", ours, theirs, r -> 1000 * r.cpuSeconds() / r.tokens(), "%.2f");
    row(md, "peak RSS (GB)", ours, theirs, r -> r.peakRssBytes() / GB, "%.2f");
    row(md, "tokens counted", ours, theirs, r -> r.tokens(), "%.0f");
    return md.toString();
  }

  /** Every run, in the order they ran. */
  static String runs(List<RunFigures> runs) {
    StringBuilder md = new StringBuilder(
        "| run | system | articles | start-up (s) | tokens/s | articles/s | wall (s) "
            + "| CPU (s) | peak RSS (GB) | exit | load (1 min) |\n"
            + "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (RunFigures r : runs) {
      md.append(String.format(Locale.ROOT,
          "| %d | %s | %d | %s | %s | %s | %s | %s | %s | %d | %s |%n",
          r.run(), r.system(), r.articles(), fmt("%.1f", r.startupSeconds()),
          fmt("%.0f", r.tokensPerSecond()), fmt("%.2f", r.articlesPerSecond()),
          fmt("%.1f", r.wallSeconds()), fmt("%.0f", r.cpuSeconds()),
          fmt("%.2f", r.peakRssBytes() / GB), r.exitCode(), r.load()));
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String label, List<RunFigures> ours,
      List<RunFigures> theirs, ToDoubleFunction<RunFigures> figure, String format) {
    double a = median(ours, figure);
    double b = median(theirs, figure);
    md.append("| ").append(label).append(" | ").append(fmt(format, a)).append(" | ")
        .append(fmt(format, b)).append(" | ").append(fmt("%.2f", Stats.ratio(a, b)))
        .append(" |\n");
  }

  private static double median(List<RunFigures> runs, ToDoubleFunction<RunFigures> figure) {
    List<Double> values = new ArrayList<>();
    runs.forEach(r -> values.add(figure.applyAsDouble(r)));
    return Stats.median(values);
  }

  private static List<RunFigures> of(List<RunFigures> runs, BenchSystem system) {
    return runs.stream().filter(r -> r.system().equals(system.id())).toList();
  }

  static String fmt(String format, double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value);
  }
}
