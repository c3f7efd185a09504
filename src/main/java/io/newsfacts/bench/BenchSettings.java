package io.newsfacts.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How the benchmark runs.
 *
 * @param timebank folder of TimeML {@code *.tml} files: the articles and their dates
 * @param replicate how many copies of each article (1: the corpus as is)
 * @param threads worker threads of both systems
 * @param runs rounds; each runs every system once, in the order given
 * @param heap {@code -Xmx} of every system's JVM, e.g. {@code 6g}
 * @param collector the garbage collector of every system's JVM
 * @param work folder for the corpus, outputs and logs (emptied of old outputs first)
 */
public record BenchSettings(Path timebank, int replicate, int threads, int runs,
    List<String> systems, String heap, Collector collector, Path work) {

  public BenchSettings {
    if (replicate < 1 || threads < 1 || runs < 1) {
      throw new IllegalArgumentException("--replicate, --threads and --runs must be positive");
    }
    if (!heap.matches("\\d+[kKmMgG]?")) {
      throw new IllegalArgumentException("--heap must look like 6g or 4096m, got " + heap);
    }
    systems = List.copyOf(systems);
    systems.forEach(BenchSystem::parse);
  }
}
