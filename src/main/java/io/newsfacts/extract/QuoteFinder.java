package io.newsfacts.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in double quotation marks, curly or straight, the way news prints them.
 *
 * <p>CoreNLP's QuoteAnnotator is not used for finding quotes: it pairs marks across paragraphs
 * without knowing the news convention that a quotation running over several paragraphs re-opens
 * each paragraph with an opening mark and closes only at its end.
 */
public final class QuoteFinder {

  /**
   * A quotation in char offsets: {@code open} is the opening mark, {@code end} is just past the
   * closing mark, and the content lies between the marks.
   */
  public record Found(int open, int contentStart, int contentEnd, int end) {}

  private static final char CURLY_OPEN = '\u201C';
  private static final char CURLY_CLOSE = '\u201D';
  private static final char STRAIGHT = '"';
  private static final char LOW_OPEN = '\u201E';

  /** All quotations in reading order; an unclosed one is dropped and scanning goes on after it. */
  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!opensQuote(text, i)) {
        i++;
        continue;
      }
      int close = findClose(text, i + 1);
      if (close < 0) {
        i++;
        continue;
      }
      if (!text.substring(i + 1, close).isBlank()) {
        found.add(new Found(i, i + 1, close, close + 1));
      }
      i = close + 1;
    }
    return found;
  }

  /**
   * The index of the closing mark of a quotation whose content starts at {@code from}, or -1. At a
   * paragraph break the quotation goes on only if the next paragraph opens with a mark.
   */
  private static int findClose(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == CURLY_CLOSE || (c == STRAIGHT && closesStraight(text, i))) {
        return i;
      }
      if (c == CURLY_OPEN && !startsParagraph(text, i)) {
        return -1; // an opening mark mid-paragraph: the earlier quote was never closed
      }
      if (c == '\n' && isParagraphBreak(text, i)) {
        int next = skipBlank(text, i);
        if (next >= text.length() || !isOpeningMark(text.charAt(next))) {
          return -1;
        }
        i = next; // continuation mark: part of the quotation's content
      }
    }
    return -1;
  }

  private static boolean opensQuote(String text, int i) {
    char c = text.charAt(i);
    if (c == CURLY_OPEN || c == LOW_OPEN) {
      return true;
    }
    return c == STRAIGHT && (i == 0 || isOpenContext(text.charAt(i - 1)));
  }

  private static boolean isOpeningMark(char c) {
    return c == CURLY_OPEN || c == STRAIGHT || c == LOW_OPEN;
  }

  /** A straight mark closes when it does not sit where an opening one would. */
  private static boolean closesStraight(String text, int i) {
    return i == 0 || !isOpenContext(text.charAt(i - 1))
        || i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean isOpenContext(char before) {
    return Character.isWhitespace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0;
  }

  private static boolean isParagraphBreak(String text, int newline) {
    int j = newline + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n';
  }

  private static int skipBlank(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean startsParagraph(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || (text.charAt(j) == '\n' && j > 0 && text.charAt(j - 1) == '\n');
  }
}
