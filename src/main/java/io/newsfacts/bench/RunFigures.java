package io.newsfacts.bench;

/**
 * One run of one system, as the benchmark measured it from outside the process.
 *
 * @param startupSeconds process start to the first article written
 * @param wallSeconds process start to exit
 * @param tokens tokens of the whole corpus, as the system counted them
 * @param tokensPerSecond steady state: tokens of the articles after the first, over the time from
 *     the first article written to the last
 * @param articlesPerSecond steady state, likewise
 * @param peakRssBytes the kernel's peak resident set size of the process
 * @param cpuSeconds CPU time of the whole process: on a shared machine the figure least
 *     disturbed by other work, since waiting for a core costs wall time but no CPU time
 * @param exitCode the process's exit code (0: every article done)
 * @param load the machine's 1-minute load average when the run started
 */
record RunFigures(String system, int run, int articles, double startupSeconds, double wallSeconds,
    long tokens, double tokensPerSecond, double articlesPerSecond, long peakRssBytes,
    double cpuSeconds, int exitCode, String load) {

  /** Figures from the raw observations of a finished run. */
  static RunFigures of(String system, int run, RunObservation seen, long tokens, String load) {
    double startup = seconds(seen.firstOutputNanos() - seen.startNanos());
    double steady = seconds(seen.lastOutputNanos() - seen.firstOutputNanos());
    int after = seen.outputs() - 1;
    // Token counts are per corpus; the first article's share is its average one.
    double steadyTokens = seen.outputs() == 0 ? 0 : tokens * (double) after / seen.outputs();
    boolean measurable = after > 0 && steady > 0;
    return new RunFigures(system, run, seen.outputs(),
        seen.firstOutputNanos() < 0 ? Double.NaN : startup,
        seconds(seen.endNanos() - seen.startNanos()), tokens,
        measurable ? steadyTokens / steady : Double.NaN,
        measurable ? after / steady : Double.NaN, seen.peakRssBytes(), seen.cpuSeconds(),
        seen.exitCode(), load);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
