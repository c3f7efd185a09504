package io.newsfacts.eval;

import io.newsfacts.NewsFacts;
import io.newsfacts.annotate.BaselinePipeline;
import io.newsfacts.extract.BaselineFacts;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The harness: runs NewsFacts (the same {@link NewsFacts#process} the batch calls) and plain
 * CoreNLP ({@link BaselineFacts}) over a gold set and scores both with the same code. Models load
 * on first use and are kept for the next set.
 */
public final class Evaluator {

  public static final String NEWSFACTS = "NewsFacts";
  public static final String BASELINE = "plain CoreNLP";
  public static final String HEIDELTIME = "HeidelTime";

  private final Supplier<NewsFacts> newsFactsFactory;
  private final boolean runNewsFacts;
  private final boolean runBaseline;
  private final boolean runHeidelTime;
  private NewsFacts newsFacts;
  private HeidelTimeFacts heidelTime;
  private final Map<BaselinePipeline.Task, BaselineFacts> baselines =
      new EnumMap<>(BaselinePipeline.Task.class);

  /**
   * @param newsFacts builds (or hands out the shared) NewsFacts; called at most once
   * @param runNewsFacts score NewsFacts
   * @param runBaseline score plain CoreNLP
   */
  public Evaluator(Supplier<NewsFacts> newsFacts, boolean runNewsFacts, boolean runBaseline) {
    this(newsFacts, runNewsFacts, runBaseline, false);
  }

  /**
   * @param runHeidelTime also score HeidelTime on date sets (needs {@link #heidelTimeAvailable()})
   */
  public Evaluator(Supplier<NewsFacts> newsFacts, boolean runNewsFacts, boolean runBaseline,
      boolean runHeidelTime) {
    this.newsFactsFactory = newsFacts;
    this.runNewsFacts = runNewsFacts;
    this.runBaseline = runBaseline;
    this.runHeidelTime = runHeidelTime;
  }

  /**
   * True when HeidelTime and UIMA are on the class path: they are evaluation-only dependencies,
   * in target/eval-lib, not in the runtime's target/lib.
   */
  public static boolean heidelTimeAvailable() {
    try {
      ClassLoader loader = Evaluator.class.getClassLoader();
      Class.forName("de.unihd.dbs.uima.annotator.heideltime.HeidelTime", false, loader);
      Class.forName("org.apache.uima.jcas.JCas", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Reads a set, runs the systems on its first {@code limit} documents (all when {@code limit <=
   * 0}) and scores them.
   */
  public EvalReport evaluate(EvalTask task, Path data, int limit,
      BiFunction<String, Integer, Progress> progress) {
    List<GoldDocument> docs = task.read(data);
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    List<EvalSystem> systems = new ArrayList<>();
    if (runNewsFacts) {
      NewsFacts nf = newsFacts();
      systems.add(new EvalSystem(NEWSFACTS, nf::process));
    }
    if (runBaseline) {
      BaselineFacts baseline = baselines.computeIfAbsent(task.baseline(), BaselineFacts::create);
      systems.add(new EvalSystem(BASELINE, baseline::process));
    }
    if (runHeidelTime && task == EvalTask.DATES) {
      HeidelTimeFacts ht = heidelTime();
      systems.add(new EvalSystem(HEIDELTIME, ht::process));
    }
    String set = EvalTask.setName(data);
    try (Progress p = progress.apply(set, docs.size())) {
      return EvalRunner.run(set, data.toString(), task.scorer(), docs, systems, p);
    }
  }

  private synchronized HeidelTimeFacts heidelTime() {
    if (heidelTime == null) {
      heidelTime = new HeidelTimeFacts();
    }
    return heidelTime;
  }

  private synchronized NewsFacts newsFacts() {
    if (newsFacts == null) {
      newsFacts = newsFactsFactory.get();
    }
    return newsFacts;
  }

  /** Writes {@code <out>/<set>.json} (atomically) and returns its path. */
  public static Path write(EvalReport report, Path out) throws IOException {
    Files.createDirectories(out);
    Path target = out.resolve(report.set() + ".json");
    Path tmp = Files.createTempFile(out, report.set(), ".tmp");
    Json.PRETTY.writeValue(tmp.toFile(), report);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }
}
