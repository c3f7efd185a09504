package io.newsfacts.batch;

import io.newsfacts.NewsFacts;
import io.newsfacts.ingest.CorpusReader;
import io.newsfacts.ingest.IngestResult;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.Manifest;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.ArticleWriter;
import io.newsfacts.output.Json;
import io.newsfacts.output.JsonlWriter;
import io.newsfacts.output.ManifestWriter;
import io.newsfacts.output.OutputFolder;
import io.newsfacts.output.StaleOutputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs the pipeline over a corpus: articles stream from ingest to the workers that share the one
 * pipeline, and each is written as soon as it is done. At most one article per worker is in memory
 * at once, whatever the corpus size. A failing article is recorded in the manifest and never stops
 * the others; one that runs past the article timeout fails and its worker's slot goes to the next.
 *
 * <p>The output folder is locked for the run. Articles an earlier run already wrote, unchanged
 * since, are reused ({@link RunJournal}); at the end the folder holds exactly this corpus's
 * articles ({@link StaleOutputs}).
 */
public final class BatchRunner {

  private final PipelineOnDemand pipeline;
  private final BatchOptions options;

  /**
   * @param setupSeconds how long loading the pipeline took, reported in the manifest
   */
  public BatchRunner(NewsFacts newsFacts, BatchOptions options, double setupSeconds) {
    this(PipelineOnDemand.loaded(newsFacts, setupSeconds), options);
  }

  private BatchRunner(PipelineOnDemand pipeline, BatchOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /**
   * A batch that loads the pipeline only when the first article needs annotating, so a rerun that
   * reuses every article loads no models. A pipeline that cannot be built surfaces from
   * {@link #run} as {@link #isPipelineUnavailable}.
   */
  public static BatchRunner loadingOnDemand(Supplier<NewsFacts> loader, BatchOptions options) {
    return new BatchRunner(new PipelineOnDemand(loader), options);
  }

  /** Whether {@code e}, thrown by {@link #run}, means the pipeline could not be built. */
  public static boolean isPipelineUnavailable(RuntimeException e) {
    return e instanceof PipelineOnDemand.Unavailable;
  }

  /**
   * Processes every article under {@code corpus} into {@code output}, holding its lock meanwhile.
   *
   * @throws io.newsfacts.ingest.IngestException when the corpus folder cannot be read at all
   * @throws io.newsfacts.output.OutputException when the output folder cannot be used
   */
  public BatchResult run(Path corpus, Path output, Progress progress) throws IOException {
    try (OutputFolder folder = OutputFolder.claim(output)) {
      return run(corpus, folder, progress);
    }
  }

  /** As {@link #run(Path, Path, Progress)}, into a folder the caller has already claimed. */
  public BatchResult run(Path corpus, OutputFolder folder, Progress progress) throws IOException {
    Instant startedAt = Instant.now();
    long start = System.nanoTime();
    Path output = folder.path();
    boolean jsonl = options.format() == OutputFormat.JSONL;
    String settings = "code=" + CodeFingerprint.value() + ";format=" + options.format();
    Map<String, RunJournal.Done> previous = options.resume()
        ? RunJournal.previous(folder.stateDir(), settings) : Map.of();
    ArticleWriter articleWriter = new ArticleWriter(output);
    RunJournal journal = RunJournal.open(folder.stateDir(), settings, previous);
    ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("newsfacts-worker-"));
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(daemonThreads("newsfacts-watchdog-"));
    Semaphore slots = new Semaphore(options.threads());
    Sink sink;
    try (journal;
        Stream<IngestResult> articles = new CorpusReader(options.ingest()).read(corpus);
        JsonlWriter jsonlWriter = jsonl ? new JsonlWriter(output) : null) {
      sink = new Sink(progress, jsonlWriter, journal);
      long sequence = 0;
      for (IngestResult result : (Iterable<IngestResult>) articles::iterator) {
        long seq = sequence++;
        if (result instanceof IngestResult.Failed failed) {
          sink.failed(seq, failed.failure());
          continue;
        }
        Article article = ((IngestResult.Ok) result).article()
            .withDefaultPublishedDate(options.defaultPublishedDate());
        String key = ArticleKey.of(article);
        RunJournal.Done earlier = previous.get(article.id());
        Path file = articleWriter.pathOf(article.id());
        if (earlier != null && earlier.key().equals(key)
            && (jsonl ? earlier.line() != null : Files.isRegularFile(file))) {
          sink.reused(seq, earlier.withOutput(jsonl ? null : file.toString()));
          continue;
        }
        NewsFacts newsFacts = pipeline.get();
        slots.acquireUninterruptibly();
        ArticleTask task = new ArticleTask(article, slots);
        task.start(workers, watchdog, options.articleTimeout(),
            () -> process(newsFacts, seq, key, task, articleWriter, sink),
            () -> sink.failed(seq, ArticleRun.timedOut(article, options.articleTimeout())),
            () -> sink.failed(seq, ArticleRun.failure(article, "annotation failed: the worker "
                + "thread ended unexpectedly")));
      }
      // Every slot back means every article has settled (done, failed or timed out).
      slots.acquireUninterruptibly(options.threads());
    } finally {
      watchdog.shutdownNow();
      workers.shutdownNow();
    }
    // With every output file closed and in place: drop what this corpus no longer has.
    List<RunJournal.Done> done = sink.doneInOrder();
    List<String> removed = StaleOutputs.remove(output, outputsOf(done), jsonl);
    journal.compact(done);
    double wall = (System.nanoTime() - start) / 1e9;
    List<ManifestEntry> ordered = sink.entriesInOrder();
    Manifest manifest = new Manifest(ArticleFacts.SCHEMA_VERSION, Version.text(),
        corpus.toString(), Manifest.Summary.of(ordered),
        timing(startedAt, wall, ordered.size(), sink.tokens.get()),
        new Manifest.Incremental(sink.annotated(), sink.reused(), removed), ordered);
    ManifestWriter.write(output, manifest);
    return new BatchResult(manifest);
  }

  private static void process(NewsFacts newsFacts, long seq, String key, ArticleTask task,
      ArticleWriter writer, Sink sink) {
    ArticleRun run = ArticleRun.of(newsFacts, task.article());
    if (run instanceof ArticleRun.Failed failed) {
      task.settle(() -> sink.failed(seq, failed.failure()));
      return;
    }
    NewsFacts.Result result = ((ArticleRun.Done) run).result();
    task.settle(() -> {
      try {
        String line = sink.jsonl == null ? null : Json.COMPACT.writeValueAsString(result.facts());
        String written = line == null ? writer.write(result.facts()).toString() : null;
        sink.done(seq, key, result, written, line);
      } catch (IOException e) {
        sink.failed(seq, ArticleRun.failure(task.article(), "cannot write output: "
            + e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        sink.failed(seq, ArticleRun.annotationFailed(task.article(), e));
      }
    });
  }

  private static Set<Path> outputsOf(List<RunJournal.Done> done) {
    Set<Path> files = new HashSet<>();
    for (RunJournal.Done line : done) {
      if (line.entry().output() != null) {
        files.add(Path.of(line.entry().output()));
      }
    }
    return files;
  }

  private Manifest.Timing timing(Instant startedAt, double wall, int articles, long tokens) {
    return new Manifest.Timing(startedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
        options.threads(), round(pipeline.loadSeconds()), round(wall), round(articles / Math.max(wall, 1e-9)),
        tokens, round(tokens / Math.max(wall, 1e-9)));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
    AtomicLong count = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private record Sequenced<T>(long sequence, T value) {}

  /** Collects how each article ended, from all workers, and journals the finished ones. */
  private static final class Sink {
    private final List<Sequenced<ManifestEntry>> entries = new ArrayList<>();
    private final List<Sequenced<RunJournal.Done>> done = new ArrayList<>();
    private final Progress progress;
    private final JsonlWriter jsonl;
    private final RunJournal journal;
    private final AtomicLong tokens = new AtomicLong();
    private int annotated;
    private int reused;

    Sink(Progress progress, JsonlWriter jsonl, RunJournal journal) {
      this.progress = progress;
      this.jsonl = jsonl;
      this.journal = journal;
    }

    /** Written (or added to the JSONL file) first, journaled after: never the other way round. */
    void done(long seq, String key, NewsFacts.Result result, String written, String line)
        throws IOException {
      if (jsonl != null) {
        jsonl.addLine(seq, line);
      }
      tokens.addAndGet(result.tokens());
      ManifestEntry entry = ManifestEntry.ok(result.facts(), written);
      RunJournal.Done finished = new RunJournal.Done(key, entry, line);
      journal.add(finished);
      synchronized (this) {
        annotated++;
        done.add(new Sequenced<>(seq, finished));
      }
      record(seq, entry, true);
    }

    void reused(long seq, RunJournal.Done earlier) throws IOException {
      if (jsonl != null) {
        jsonl.addLine(seq, earlier.line());
      }
      synchronized (this) {
        reused++;
        done.add(new Sequenced<>(seq, earlier));
      }
      record(seq, earlier.entry(), true);
    }

    void failed(long seq, ArticleFailure failure) {
      try {
        if (jsonl != null) {
          jsonl.skip(seq);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      record(seq, ManifestEntry.failed(failure), false);
    }

    private void record(long seq, ManifestEntry entry, boolean ok) {
      synchronized (this) {
        entries.add(new Sequenced<>(seq, entry));
      }
      progress.articleEnded(ok);
    }

    synchronized int annotated() {
      return annotated;
    }

    synchronized int reused() {
      return reused;
    }

    synchronized List<ManifestEntry> entriesInOrder() {
      return inOrder(entries);
    }

    synchronized List<RunJournal.Done> doneInOrder() {
      return inOrder(done);
    }

    private static <T> List<T> inOrder(List<Sequenced<T>> list) {
      return list.stream().sorted(Comparator.comparingLong(Sequenced::sequence))
          .map(Sequenced::value).toList();
    }
  }
}
