package io.newsfacts.extract;

/**
 * Converts Java char (UTF-16) offsets, which CoreNLP uses, into Unicode code point offsets, which the
 * JSON contract uses so that Python's {@code text[start:end]} gives back each item's text.
 */
final class CodePoints {

  /** codePointsBefore[i] = how many code points precede char i. */
  private final int[] codePointsBefore;

  CodePoints(String text) {
    codePointsBefore = new int[text.length() + 1];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      codePointsBefore[i] = count;
      boolean startsPair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (!startsPair) {
        count++;
      }
    }
    codePointsBefore[text.length()] = count;
  }

  /** The code point offset of a char offset (0 to text length, inclusive). */
  int of(int charOffset) {
    return codePointsBefore[charOffset];
  }
}
