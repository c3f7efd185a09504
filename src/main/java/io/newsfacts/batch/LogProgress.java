package io.newsfacts.batch;

import java.util.concurrent.atomic.AtomicInteger;

/** One plain line every few seconds, for logs where a redrawn bar would be noise. */
final class LogProgress implements Progress {

  private static final long EVERY_NANOS = 10_000_000_000L;

  private final long total;
  private final long start = System.nanoTime();
  private final AtomicInteger ended = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private long lastLine = start;

  LogProgress(long total) {
    this.total = total;
  }

  @Override
  public void articleEnded(boolean ok) {
    ended.incrementAndGet();
    if (!ok) {
      failed.incrementAndGet();
    }
    long now = System.nanoTime();
    synchronized (this) {
      if (now - lastLine >= EVERY_NANOS) {
        lastLine = now;
        print(now);
      }
    }
  }

  private void print(long now) {
    double seconds = (now - start) / 1e9;
    System.err.printf("newsfacts: %d%s articles (%d failed), %.1f articles/s%n", ended.get(),
        total >= 0 ? "/" + total : "", failed.get(), ended.get() / Math.max(seconds, 1e-9));
  }

  @Override
  public void close() {
    print(System.nanoTime());
  }
}
