package io.newsfacts.bench;

import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.TimeMlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs NewsFacts and plain CoreNLP alternately on the same corpus, each in a fresh JVM of its own
 * (same java, classpath, heap and collector) so start-up, throughput and peak RSS are each
 * system's alone.
 * One system runs at a time.
 */
public final class Benchmark {

  private final BenchSettings settings;
  private final PrintWriter log;

  /** @param log where progress lines go (one per run) */
  public Benchmark(BenchSettings settings, PrintWriter log) {
    this.settings = settings;
    this.log = log;
  }

  /** What a benchmark printed, and whether every run exited 0. */
  public record Outcome(String markdown, boolean allExitedZero) {}

  /** Runs every round; the Markdown has the machine, the settings, the medians and every run. */
  public Outcome run() throws IOException, InterruptedException {
    Machine machine = Machine.current();
    List<GoldDocument> documents = TimeMlReader.readFolder(settings.timebank());
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no *.tml files in " + settings.timebank());
    }
    Path work = settings.work().toAbsolutePath();
    delete(work.resolve("corpus"));
    BenchCorpus corpus = BenchCorpus.write(documents, settings.replicate(), work.resolve("corpus"));
    List<BenchSystem> systems = settings.systems().stream().map(BenchSystem::parse).toList();
    List<RunFigures> figures = new ArrayList<>();
    for (int run = 1; run <= settings.runs(); run++) {
      for (BenchSystem system : systems) {
        figures.add(runOnce(system, run, corpus, work));
      }
    }
    return new Outcome(report(machine, corpus, figures),
        figures.stream().allMatch(f -> f.exitCode() == 0));
  }

  private RunFigures runOnce(BenchSystem system, int run, BenchCorpus corpus, Path work)
      throws IOException, InterruptedException {
    Path out = work.resolve("out-" + system.id());
    delete(out);
    Files.createDirectories(out);
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + settings.heap(),
        settings.collector().flag(), "-cp", classpath()));
    command.addAll(system.arguments(corpus, work, out, settings.threads()));
    String load = Machine.loadAverage();
    log.printf("run %d/%d: %s on %d articles, %d threads (load %s)...%n", run, settings.runs(),
        system.label(), corpus.articles(), settings.threads(), load);
    log.flush();
    Path logFile = work.resolve(system.id() + "-run" + run + ".log");
    RunObservation seen = RunWatcher.run(command, logFile, system.outputFolder(out),
        ".json");
    long tokens = seen.outputs() == 0 ? 0 : system.tokens(out);
    RunFigures figures = RunFigures.of(system.id(), run, seen, tokens,
        load.split(" ")[0]);
    log.printf("  %s: exit %d, %d articles, %.1f s wall, log %s%n", system.label(),
        figures.exitCode(), figures.articles(), figures.wallSeconds(), logFile);
    log.flush();
    return figures;
  }

  private String report(Machine machine, BenchCorpus corpus, List<RunFigures> figures) {
    return machine.describe() + ", load average at end " + Machine.loadAverage() + "\n\n"
        + String.format("Corpus: %d TimeBank articles x %d = %d articles; %d threads; -Xmx%s %s; "
            + "%d runs alternating %s.%n%n", corpus.articles() / settings.replicate(),
            settings.replicate(), corpus.articles(), settings.threads(), settings.heap(),
            settings.collector().flag(), settings.runs(), String.join(", ", settings.systems()))
        + BenchTable.medians(figures) + "\n" + BenchTable.runs(figures);
  }

  /** The running JVM's classpath: from target/newsfacts.jar its manifest names target/lib. */
  private static String classpath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
