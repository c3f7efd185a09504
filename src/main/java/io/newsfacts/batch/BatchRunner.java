package io.newsfacts.batch;

import io.newsfacts.NewsFacts;
import io.newsfacts.ingest.CorpusReader;
import io.newsfacts.ingest.IngestResult;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.Manifest;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.ArticleWriter;
import io.newsfacts.output.JsonlWriter;
import io.newsfacts.output.ManifestWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs the pipeline over a corpus: articles stream from ingest to a fixed pool of workers that share
 * the one pipeline, and each is written as soon as it is done. At most a few articles per worker are
 * in memory at once, whatever the corpus size. A failing article is recorded in the manifest and
 * never stops the others.
 */
public final class BatchRunner {

  private final NewsFacts newsFacts;
  private final BatchOptions options;
  private final double setupSeconds;

  /**
   * @param setupSeconds how long loading the pipeline took, reported in the manifest
   */
  public BatchRunner(NewsFacts newsFacts, BatchOptions options, double setupSeconds) {
    this.newsFacts = newsFacts;
    this.options = options;
    this.setupSeconds = setupSeconds;
  }

  /**
   * Processes every article under {@code corpus} into {@code output}.
   *
   * @throws io.newsfacts.ingest.IngestException when the corpus folder cannot be read at all
   */
  public BatchResult run(Path corpus, Path output, Progress progress) throws IOException {
    Instant startedAt = Instant.now();
    long start = System.nanoTime();
    List<Sequenced> entries = new ArrayList<>();
    AtomicLong tokens = new AtomicLong();
    ArticleWriter articleWriter = new ArticleWriter(output);
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    Semaphore inFlight = new Semaphore(options.threads() * 2);
    try (Stream<IngestResult> articles = new CorpusReader(options.ingest()).read(corpus);
        JsonlWriter jsonl = options.format() == OutputFormat.JSONL ? new JsonlWriter(output) : null) {
      Sink sink = new Sink(entries, progress, jsonl);
      long sequence = 0;
      for (IngestResult result : (Iterable<IngestResult>) articles::iterator) {
        long seq = sequence++;
        if (result instanceof IngestResult.Failed failed) {
          sink.failed(seq, failed.failure());
          continue;
        }
        Article article = ((IngestResult.Ok) result).article()
            .withDefaultPublishedDate(options.defaultPublishedDate());
        inFlight.acquireUninterruptibly();
        workers.execute(() -> {
          try {
            process(seq, article, articleWriter, sink, tokens);
          } finally {
            inFlight.release();
          }
        });
      }
      awaitAll(workers);
    } finally {
      workers.shutdownNow();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    List<ManifestEntry> ordered = entries.stream()
        .sorted(Comparator.comparingLong(Sequenced::sequence)).map(Sequenced::entry).toList();
    Manifest manifest = new Manifest(io.newsfacts.model.ArticleFacts.SCHEMA_VERSION,
        Version.text(), corpus.toString(), Manifest.Summary.of(ordered),
        timing(startedAt, wall, ordered.size(), tokens.get()), ordered);
    ManifestWriter.write(output, manifest);
    return new BatchResult(manifest);
  }

  private void process(long seq, Article article, ArticleWriter writer, Sink sink,
      AtomicLong tokens) {
    ArticleRun run = ArticleRun.of(newsFacts, article);
    if (run instanceof ArticleRun.Failed failed) {
      sink.failed(seq, failed.failure());
      return;
    }
    NewsFacts.Result result = ((ArticleRun.Done) run).result();
    try {
      tokens.addAndGet(result.tokens());
      String written = null;
      if (sink.jsonl == null) {
        written = writer.write(result.facts()).toString();
      }
      sink.done(seq, result.facts(), written);
    } catch (IOException e) {
      sink.failed(seq, ArticleRun.failure(article, "cannot write output: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      sink.failed(seq, ArticleRun.annotationFailed(article, e));
    }
  }

  private Manifest.Timing timing(Instant startedAt, double wall, int articles, long tokens) {
    return new Manifest.Timing(startedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
        options.threads(), round(setupSeconds), round(wall), round(articles / Math.max(wall, 1e-9)),
        tokens, round(tokens / Math.max(wall, 1e-9)));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static void awaitAll(ExecutorService workers) {
    workers.shutdown();
    try {
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // still working: long articles on slow machines
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for workers", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicLong count = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, "newsfacts-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private record Sequenced(long sequence, ManifestEntry entry) {}

  /** Collects how each article ended, from all workers. */
  private static final class Sink {
    private final List<Sequenced> entries;
    private final Progress progress;
    private final JsonlWriter jsonl;

    Sink(List<Sequenced> entries, Progress progress, JsonlWriter jsonl) {
      this.entries = entries;
      this.progress = progress;
      this.jsonl = jsonl;
    }

    void done(long seq, io.newsfacts.model.ArticleFacts facts, String written) throws IOException {
      if (jsonl != null) {
        jsonl.add(seq, facts);
      }
      record(seq, ManifestEntry.ok(facts, written), true);
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
      synchronized (entries) {
        entries.add(new Sequenced(seq, entry));
      }
      progress.articleEnded(ok);
    }
  }
}
