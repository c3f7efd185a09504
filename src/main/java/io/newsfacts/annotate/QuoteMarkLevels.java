package io.newsfacts.annotate;

/**
 * Where a text's quotation marks are, by level: the marks of each outermost (primary) quotation and
 * those of the quotations nested inside one. Telling a quotation's mark from an apostrophe takes
 * the quote finder, which lives in {@code extract} (a later stage); the pipeline is handed it as
 * this plain function of the text, so {@code annotate} does not depend on {@code extract}.
 */
@FunctionalInterface
public interface QuoteMarkLevels {

  /**
   * Char offsets, ascending, at which a mark's first character lies: {@code primary} the opening,
   * re-opening and closing marks of the outermost quotations, {@code nested} the opening and
   * closing marks of the quotations inside them.
   */
  record Marks(int[] primary, int[] nested) {}

  Marks find(String text);
}
