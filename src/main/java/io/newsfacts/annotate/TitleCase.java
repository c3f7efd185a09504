package io.newsfacts.annotate;

import java.util.List;

/**
 * A headline's title case, told from prose by the share of words that begin with a capital:
 * "Mike Pence Calls for Special Prosecutor after Report Reveals …" capitalises most, a sentence a
 * few. NER reads capitals as names, so the annotators and extractors that trust a capital leave
 * such a line alone.
 */
public final class TitleCase {

  /** The share of capitalised words from which a line is in title case. */
  private static final double SHARE = 0.6;

  private TitleCase() {}

  /**
   * Whether at least {@code minimumWords} of the words begin with a letter and 60% of those
   * with a capital.
   */
  public static boolean isMostlyCapitalised(List<String> words, int minimumWords) {
    int letters = 0;
    int capitalised = 0;
    for (String word : words) {
      if (word != null && !word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
        letters++;
        capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
      }
    }
    return letters >= minimumWords && capitalised >= SHARE * letters;
  }
}
