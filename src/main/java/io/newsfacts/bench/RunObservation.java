package io.newsfacts.bench;

/**
 * What watching a process showed, on the {@link System#nanoTime()} clock.
 *
 * @param firstOutputNanos when the first output file appeared, -1 if none did
 * @param lastOutputNanos when the output count last grew, -1 if it never did
 * @param outputs output files at exit
 * @param peakRssBytes the largest VmHWM read while it ran (0 when /proc was unreadable)
 * @param cpuSeconds CPU time it used, as last read before it exited (NaN when unreadable)
 */
record RunObservation(long startNanos, long firstOutputNanos, long lastOutputNanos,
    long endNanos, int outputs, long peakRssBytes, double cpuSeconds, int exitCode) {}
