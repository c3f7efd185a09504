package io.newsfacts.batch;

import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A live progress bar with rate and time left, for a person at a terminal. */
final class TerminalProgress implements Progress {

  private final ProgressBar bar;
  private final AtomicInteger failed = new AtomicInteger();

  TerminalProgress(long total) {
    bar = new ProgressBarBuilder().setTaskName("articles").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed(new java.text.DecimalFormat("0.00"))
        .continuousUpdate().build();
  }

  @Override
  public void articleEnded(boolean ok) {
    if (!ok) {
      bar.setExtraMessage(failed.incrementAndGet() + " failed");
    }
    bar.step();
  }

  @Override
  public void close() {
    bar.close();
  }
}
