package io.newsfacts.batch;

import io.newsfacts.model.Article;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One article on a worker thread, with a time limit. The article settles exactly once: when its
 * worker finishes, or when the limit passes, whichever comes first; settling gives its worker slot
 * back. At the limit the worker is interrupted (CoreNLP's long loops check for that) and whatever
 * it produces afterwards is dropped, so the batch goes on even if the article never stops.
 */
final class ArticleTask {

  private final Article article;
  private final Semaphore slots;
  private boolean settled;
  private Thread worker;
  private ScheduledFuture<?> alarm;

  ArticleTask(Article article, Semaphore slots) {
    this.article = article;
    this.slots = slots;
  }

  Article article() {
    return article;
  }

  /**
   * Runs {@code work} on a worker and {@code onTimeout} if {@code limit} (unless zero) passes
   * first. {@code work} ends by calling {@link #settle}; if it ends without (an error it could not
   * catch), {@code onCrash} settles the article, so its slot is never lost.
   */
  void start(ExecutorService workers, ScheduledExecutorService watchdog, Duration limit,
      Runnable work, Runnable onTimeout, Runnable onCrash) {
    workers.execute(() -> {
      synchronized (this) {
        if (settled) {
          return;
        }
        worker = Thread.currentThread();
      }
      try {
        work.run();
      } finally {
        settle(onCrash);
        synchronized (this) {
          worker = null;
          // An interrupt meant for this article must not reach the next one on this thread.
          Thread.interrupted();
        }
      }
    });
    if (!limit.isZero()) {
      ScheduledFuture<?> scheduled = watchdog.schedule(() -> timeOut(onTimeout),
          limit.toMillis(), TimeUnit.MILLISECONDS);
      synchronized (this) {
        alarm = scheduled;
      }
    }
  }

  /** Settles the article with {@code outcome}, unless the time limit already settled it. */
  void settle(Runnable outcome) {
    synchronized (this) {
      if (settled) {
        return;
      }
      settled = true;
      if (alarm != null) {
        alarm.cancel(false);
      }
    }
    try {
      outcome.run();
    } finally {
      slots.release();
    }
  }

  private void timeOut(Runnable onTimeout) {
    synchronized (this) {
      if (settled) {
        return;
      }
      settled = true;
      if (worker != null) {
        worker.interrupt();
      }
    }
    try {
      onTimeout.run();
    } finally {
      slots.release();
    }
  }
}
