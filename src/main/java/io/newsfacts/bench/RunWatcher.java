package io.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts one system's JVM and watches it from outside until it exits: how many articles its output
 * folder holds (start-up ends when the first appears) and its peak RSS from {@code /proc}. Polling
 * is cheap (one directory listing and one small file read) so it barely takes CPU from the run.
 */
final class RunWatcher {

  private static final long POLL_MILLIS = 200;

  private RunWatcher() {}

  /**
   * Runs {@code command}, its stdout and stderr going to {@code log}, and counts files ending in
   * {@code suffix} (hidden temporary files excluded) in {@code outputs}.
   */
  static RunObservation run(List<String> command, Path log, Path outputs, String suffix)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    long first = -1;
    long last = -1;
    int seen = 0;
    long peak = 0;
    double cpu = Double.NaN;
    try {
      while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, ProcStatus.peakRss(process.pid()).orElse(0));
        cpu = ProcStatus.cpuSeconds(process.pid()).orElse(cpu);
        int count = count(outputs, suffix);
        if (count > seen) {
          long now = System.nanoTime();
          first = first < 0 ? now : first;
          last = now;
          seen = count;
        }
      }
    } finally {
      process.destroy();
    }
    long end = System.nanoTime();
    int finalCount = count(outputs, suffix);
    if (finalCount > seen) {
      // articles written in the last poll interval before exit
      first = first < 0 ? end : first;
      last = end;
    }
    return new RunObservation(start, first, last, end, finalCount, peak, cpu,
        process.exitValue());
  }

  static int count(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return (int) files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix) && !n.startsWith(".")).count();
    }
  }
}
