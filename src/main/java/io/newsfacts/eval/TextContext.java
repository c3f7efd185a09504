package io.newsfacts.eval;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.TextSpan;

/** Code-point offsets to Java strings, and the sentence around an offset, for disagreement lists. */
final class TextContext {

  private static final int WINDOW = 80;

  private TextContext() {}

  /** The text between two code-point offsets (clamped to the text). */
  static String slice(String text, int start, int end) {
    int length = text.codePointCount(0, text.length());
    int s = Math.max(0, Math.min(start, length));
    int e = Math.max(s, Math.min(end, length));
    int from = text.offsetByCodePoints(0, s);
    return text.substring(from, text.offsetByCodePoints(from, e - s));
  }

  /** The system's sentence holding {@code start}, or {@value #WINDOW} code points either side. */
  static String sentence(ArticleFacts facts, String text, int start, int end) {
    if (facts != null) {
      for (TextSpan s : facts.sentences()) {
        if (s.start() <= start && start < s.end()) {
          return slice(text, s.start(), Math.max(s.end(), end)).strip();
        }
      }
    }
    return slice(text, start - WINDOW, end + WINDOW).replaceAll("\\s+", " ").strip();
  }
}
