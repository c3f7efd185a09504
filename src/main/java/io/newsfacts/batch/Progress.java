package io.newsfacts.batch;

/** Reports a batch's progress to the person running it. */
public interface Progress extends AutoCloseable {

  /** One more article ended, done or failed. */
  void articleEnded(boolean ok);

  @Override
  void close();

  /**
   * A progress bar on a terminal; plain periodic lines on stderr otherwise (CI logs, files).
   *
   * @param total articles expected, or -1 when unknown
   */
  static Progress forStderr(long total) {
    return System.console() != null ? new TerminalProgress(total) : new LogProgress(total);
  }
}
