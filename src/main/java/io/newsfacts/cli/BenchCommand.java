package io.newsfacts.cli;

import io.newsfacts.bench.BenchSettings;
import io.newsfacts.bench.Benchmark;
import io.newsfacts.bench.Collector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: NewsFacts against plain CoreNLP's batch runner on the TimeBank articles, each in
 * its own JVM, alternating; prints a Markdown table of medians. Exit 0 when every run exited 0.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark NewsFacts against plain CoreNLP (tokenize..depparse,coref,quote) "
        + "on the same corpus, each in its own JVM.",
        "Example: bench --corpus ../shared/eval/timebank --runs 3 --threads 2"})
public final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/eval/timebank",
      description = "TimeML folder (*.tml): the articles and their dates (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--replicate", paramLabel = "K", defaultValue = "1",
      description = "Copies of each article, for the steady state (default: ${DEFAULT-VALUE}).")
  int replicate;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Worker threads of both systems (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
      description = "Rounds, each running every system once (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--systems", paramLabel = "SYSTEM", split = ",", defaultValue = "ours,corenlp",
      description = "Which systems, in order: ours, corenlp (default: ${DEFAULT-VALUE}).")
  List<String> systems;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "6g",
      description = "-Xmx of every system's JVM (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--gc", paramLabel = "COLLECTOR", defaultValue = "serial",
      description = "Garbage collector of every system's JVM: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}, as the README's run command).")
  Collector collector;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "output/bench",
      description = "Corpus copy, outputs, logs and bench.md (default: ${DEFAULT-VALUE}).")
  Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      err.println("bench: corpus folder not found: " + corpus);
      return NewsFactsCli.EXIT_USAGE;
    }
    BenchSettings settings;
    try {
      settings = new BenchSettings(corpus, replicate, threads, runs, systems, heap, collector,
          work);
    } catch (IllegalArgumentException e) {
      err.println("bench: " + e.getMessage());
      return NewsFactsCli.EXIT_USAGE;
    }
    Benchmark.Outcome outcome = new Benchmark(settings, err).run();
    Files.createDirectories(work);
    Files.writeString(work.resolve("bench.md"), outcome.markdown());
    PrintWriter out = spec.commandLine().getOut();
    out.print(outcome.markdown());
    out.flush(); // main exits the JVM right after, without flushing picocli's writer
    return outcome.allExitedZero() ? 0 : 1;
  }
}
