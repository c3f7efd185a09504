package io.newsfacts.batch;

import io.newsfacts.ingest.Unexpected;
import io.newsfacts.model.Article;
import java.time.Duration;
import java.util.Locale;

/**
 * One-line reasons for articles that could not be annotated, each saying what in the input caused
 * it: the article's size and longest line, the method that recursed, whether the heap or the
 * article is to blame.
 */
final class FailureReasons {

  private FailureReasons() {}

  /** An article that ran past the per-article time limit. */
  static String timedOut(Article article, Duration limit) {
    String seconds = limit.toMillis() % 1000 == 0 ? Long.toString(limit.toSeconds())
        : String.format(Locale.ROOT, "%.1f", limit.toMillis() / 1000.0);
    return "timed out after " + seconds + " s (--article-timeout) on " + Shape.of(article);
  }

  /** An exception or error from annotating the article, as one line. */
  static String annotationFailed(Article article, Throwable e) {
    if (e instanceof StackOverflowError) {
      return "annotation failed: stack overflow in " + Unexpected.recursingMethod(e) + " on " + Shape.of(article)
          + " (a structure in the text nests or repeats too deeply)";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "annotation failed: " + message.replaceAll("\\s+", " ").trim();
  }

  /**
   * Whether the article or the heap is to blame: a long article is named as the cause; otherwise
   * the other articles in flight hold the heap, and the advice is about -Xmx and threads.
   */
  static String outOfMemory(Article article) {
    int characters = article.text().length();
    if (characters >= LONG_ARTICLE) {
      return "out of memory while annotating " + Shape.of(article)
          + ": the article itself is too long for this heap (split it, or raise -Xmx)";
    }
    return "out of memory while annotating " + Shape.of(article) + ", not an unusually long "
        + "article: the articles in flight on other threads share the heap (raise -Xmx or lower "
        + "--threads)";
  }

  /** Above this many characters an article alone can fill a heap sized for news. */
  private static final int LONG_ARTICLE = 200_000;

  /** What in the article's shape can make it costly: its length and its longest line. */
  private record Shape(int characters, int longestLine) {
    static Shape of(Article article) {
      int longest = 0;
      for (String line : article.text().split("\n", -1)) {
        longest = Math.max(longest, line.length());
      }
      return new Shape(article.text().length(), longest);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d characters of text (longest line %,d)", characters,
          longestLine);
    }
  }
}
