package io.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine the figures come from; timings mean little without it, and on a shared machine the
 * load average says how much of it the benchmark had.
 */
record Machine(int cores, long memoryBytes, String javaVersion, String vmName, String load) {

  static Machine current() {
    return new Machine(Runtime.getRuntime().availableProcessors(),
        ProcStatus.kilobytesField(read("/proc/meminfo"), "MemTotal").orElse(0),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), loadAverage());
  }

  /** The 1, 5 and 15 minute load averages, e.g. {@code 1.02 0.80 0.75}. */
  static String loadAverage() {
    String[] parts = read("/proc/loadavg").trim().split("\\s+");
    return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
  }

  /** One Markdown line. */
  String describe() {
    return String.format(java.util.Locale.ROOT,
        "Machine: %d cores, %.1f GiB memory, Java %s (%s), load average at start %s",
        cores, memoryBytes / (1024.0 * 1024 * 1024), javaVersion, vmName, load);
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }
}
