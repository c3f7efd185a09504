package io.newsfacts.report;

/**
 * Article text addressed in Unicode code points, as every offset of the JSON contract is. Java
 * strings index UTF-16 units, so an emoji before a mark would shift a naive {@code substring} by one.
 */
final class CodePointText {

  private final String text;
  /** charIndex[cp] is the UTF-16 index where code point cp starts; the last entry is text.length(). */
  private final int[] charIndex;

  CodePointText(String text) {
    this.text = text;
    int count = text.codePointCount(0, text.length());
    charIndex = new int[count + 1];
    int at = 0;
    for (int cp = 0; cp < count; cp++) {
      charIndex[cp] = at;
      at += Character.charCount(text.codePointAt(at));
    }
    charIndex[count] = text.length();
  }

  /** Number of code points. */
  int length() {
    return charIndex.length - 1;
  }

  /** The code points [start, end) as a String. */
  String slice(int start, int end) {
    return text.substring(charIndex[start], charIndex[end]);
  }

  /** Whether [start, end) is a non-empty span inside the text. */
  boolean isValidSpan(int start, int end) {
    return start >= 0 && start < end && end <= length();
  }
}
