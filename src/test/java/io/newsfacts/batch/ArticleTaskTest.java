package io.newsfacts.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.Article;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An article settles once: done, or timed out with its worker interrupted and its slot freed. */
class ArticleTaskTest {

  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
  private final Semaphore slots = new Semaphore(1);
  private final List<String> outcomes = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    workers.shutdownNow();
    watchdog.shutdownNow();
  }

  private ArticleTask start(Duration limit, Runnable work) {
    slots.acquireUninterruptibly();
    ArticleTask task = new ArticleTask(new Article("a", new SourceInfo("a.txt", SourceFormat.TXT,
        "0"), null, null, null, "Text."), slots);
    task.start(workers, watchdog, limit, work, () -> outcomes.add("timed out"),
        () -> outcomes.add("crashed"));
    return task;
  }

  @Test
  void anArticleDoneInTimeSettlesOnceAsDone() throws Exception {
    ArticleTask[] task = new ArticleTask[1];
    CountDownLatch started = new CountDownLatch(1);
    task[0] = start(Duration.ofSeconds(30), () -> {
      awaitQuietly(started);
      task[0].settle(() -> outcomes.add("done"));
    });
    started.countDown();

    assertThat(slots.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    assertThat(outcomes).containsExactly("done");
  }

  @Test
  void anArticlePastTheLimitIsInterruptedAndItsLateResultDropped() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    ArticleTask[] task = new ArticleTask[1];
    task[0] = start(Duration.ofMillis(50), () -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      task[0].settle(() -> outcomes.add("done too late"));
    });

    assertThat(slots.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(outcomes).containsExactly("timed out");
  }

  @Test
  void anArticleThatIgnoresTheInterruptStillFreesItsSlotAtTheLimit() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    start(Duration.ofMillis(50), () -> {
      while (release.getCount() > 0) {
        Thread.onSpinWait(); // deaf to interrupts, like a runaway regular expression
      }
    });

    assertThat(slots.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    assertThat(outcomes).containsExactly("timed out");
    release.countDown();
  }

  @Test
  void workThatDiesWithoutSettlingIsSettledAsCrashed() throws Exception {
    start(Duration.ZERO, () -> {
      throw new IllegalStateException("boom");
    });

    assertThat(slots.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    assertThat(outcomes).containsExactly("crashed");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
