package io.newsfacts.eval;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress over a set's documents: a progress bar on a terminal, otherwise a plain line on stderr
 * every 5% (logs and CI stay readable).
 */
public interface Progress extends AutoCloseable {

  /** One more document done. */
  void step();

  @Override
  void close();

  /** A bar when stderr is a terminal, plain lines otherwise. */
  static Progress create(String task, int total) {
    return System.console() != null ? bar(task, total) : lines(task, total, System.err);
  }

  /** No output, for tests. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void close() {}
    };
  }

  static Progress bar(String task, int total) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  static Progress lines(String task, int total, PrintStream out) {
    int every = Math.max(1, total / 20);
    long started = System.nanoTime();
    return new Progress() {
      private int done;

      @Override
      public synchronized void step() {
        done++;
        if (done % every == 0 || done == total) {
          out.printf("%s: %d/%d documents (%.0f s)%n", task, done, total,
              (System.nanoTime() - started) / 1e9);
        }
      }

      @Override
      public void close() {}
    };
  }
}
