package io.newsfacts.cli;

import io.newsfacts.NewsFacts;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.eval.EvalReport;
import io.newsfacts.eval.EvalTask;
import io.newsfacts.eval.Evaluator;
import io.newsfacts.eval.HtmlEvaluation;
import io.newsfacts.eval.HtmlReport;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.output.Json;
import io.newsfacts.eval.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: scores NewsFacts and plain CoreNLP on gold sets, prints a Markdown table per set
 * and writes {@code <out>/<set>.json} with every figure and disagreement. Exit 0 when done, 2 on
 * bad usage, 1 when a set cannot be read or written.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score NewsFacts beside plain CoreNLP on gold-standard sets.",
        "Example: evaluate --dates ../shared/eval/timebank --limit 20"})
public final class EvaluateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--dates", paramLabel = "DIR",
      description = "TimeML folder (*.tml): TIMEX3 spans, types and values.")
  Path dates;

  @Option(names = "--entities", paramLabel = "DIR_OR_FILE",
      description = "CoNLL-2003 file or folder of them: PER, ORG, LOC, MISC.")
  Path entities;

  @Option(names = "--quotes", paramLabel = "FILE_OR_DIR", arity = "1..*",
      description = "Quotation JSONL files or folders of them; each is a set of its own.")
  List<Path> quotes;

  @Option(names = "--attributions", paramLabel = "FILE_OR_DIR", arity = "1..*",
      description = "Quotation JSONL files with an attributions list (PolNeAR's layout): "
          + "source, cue and content of quoted and reported speech; each is a set of its own.")
  List<Path> attributions;

  @Option(names = "--html", paramLabel = "DIR",
      description = "HTML extraction set (evaldata.json + pages/): body snippets, title, date, "
          + "authors; ingest alone, no models.")
  Path html;

  @Option(names = "--html-system", paramLabel = "SYSTEM", defaultValue = "newsfacts",
      description = "Which extractor --html scores: newsfacts, or readability4j (Readability4J "
          + "1.0.8 for comparison, from target/readability4j-lib) (default: ${DEFAULT-VALUE}).")
  String htmlSystem;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Only the first N documents of each set (0: all).")
  int limit;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output/eval",
      description = "Where <set>.json goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--systems", paramLabel = "SYSTEM", split = ",",
      defaultValue = "newsfacts,corenlp",
      description = "Which systems to run: newsfacts, corenlp, heideltime (dates only; needs "
          + "target/eval-lib on the class path) (default: ${DEFAULT-VALUE}).")
  List<String> systems;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    List<Map.Entry<EvalTask, Path>> sets = new ArrayList<>();
    if (dates != null) {
      sets.add(Map.entry(EvalTask.DATES, dates));
    }
    if (entities != null) {
      sets.add(Map.entry(EvalTask.ENTITIES, entities));
    }
    if (quotes != null) {
      quotes.forEach(q -> sets.add(Map.entry(EvalTask.QUOTES, q)));
    }
    if (attributions != null) {
      attributions.forEach(a -> sets.add(Map.entry(EvalTask.ATTRIBUTIONS, a)));
    }
    if (sets.isEmpty() && html == null) {
      err.println("evaluate: give at least one of --dates, --entities, --quotes, --attributions, --html");
      return 2;
    }
    for (Map.Entry<EvalTask, Path> set : sets) {
      if (!Files.exists(set.getValue())) {
        err.println("evaluate: no such file or folder: " + set.getValue());
        return 2;
      }
      if (set.getKey() == EvalTask.DATES && !Files.isDirectory(set.getValue())) {
        err.println("evaluate: --dates needs a folder of *.tml files: " + set.getValue());
        return 2;
      }
    }
    if (limit < 0) {
      err.println("evaluate: --limit must be 0 or more");
      return 2;
    }
    if (!htmlSystem.equals("newsfacts") && !htmlSystem.equals("readability4j")) {
      err.println("evaluate: unknown --html-system '" + htmlSystem
          + "' (newsfacts, readability4j)");
      return 2;
    }
    if (html != null && !Files.isRegularFile(html.resolve("evaldata.json"))) {
      err.println("evaluate: --html needs a folder with evaldata.json and pages/: " + html);
      return 2;
    }
    for (String s : systems) {
      if (!s.equals("newsfacts") && !s.equals("corenlp") && !s.equals("heideltime")) {
        err.println("evaluate: unknown system '" + s + "' (newsfacts, corenlp, heideltime)");
        return 2;
      }
    }
    if (html != null) {
      int status = evaluateHtml(outWriter, err);
      if (status != 0 || sets.isEmpty()) {
        return status;
      }
    }
    if (systems.contains("heideltime") && !Evaluator.heidelTimeAvailable()) {
      err.println("evaluate: heideltime needs HeidelTime and UIMA on the class path: java -cp "
          + "'target/newsfacts.jar:target/eval-lib/*' io.newsfacts.cli.NewsFactsCli evaluate ...");
      return 2;
    }
    Evaluator evaluator = new Evaluator(() -> NewsFacts.create(PipelineConfig.defaults()),
        systems.contains("newsfacts"), systems.contains("corenlp"),
        systems.contains("heideltime"));
    for (Map.Entry<EvalTask, Path> set : sets) {
      try {
        EvalReport report = evaluator.evaluate(set.getKey(), set.getValue(), limit,
            Progress::create);
        Path written = Evaluator.write(report, out);
        outWriter.println();
        outWriter.print(report.markdown());
        outWriter.println();
        outWriter.println("Details: " + written);
        outWriter.flush();
      } catch (java.io.IOException | java.io.UncheckedIOException
          | IllegalArgumentException e) {
        err.println("evaluate: " + set.getValue() + ": " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  /** Ingest alone over an HTML set: prints the table, writes {@code <out>/<set>.json}. */
  private int evaluateHtml(PrintWriter outWriter, PrintWriter err) {
    try {
      HtmlReport report = HtmlEvaluation.run(html, limit, IngestOptions.defaults(), htmlSystem,
          null);
      Files.createDirectories(out);
      Path written = out.resolve(EvalTask.setName(html)
          + (htmlSystem.equals("newsfacts") ? "" : "-" + htmlSystem) + ".json");
      Json.PRETTY.writeValue(written.toFile(), report);
      outWriter.println();
      outWriter.print(report.markdown());
      outWriter.println();
      outWriter.println("Details: " + written);
      outWriter.flush();
      return 0;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      err.println("evaluate: " + html + ": " + e.getMessage());
      return 1;
    }
  }

  /** Runs the command alone (the main CLI registers it as a subcommand too). */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvaluateCommand()).execute(args));
  }
}
