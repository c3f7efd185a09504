package io.newsfacts.annotate;

/**
 * Where a text's primary quotation marks are: the opening and closing mark of each outermost
 * quotation, as char offsets of the mark's first character. Telling a quotation's mark from an
 * apostrophe takes the quote finder, which lives in {@code extract} (a later stage); the pipeline
 * is handed it as this plain function of the text, so {@code annotate} does not depend on
 * {@code extract}.
 */
@FunctionalInterface
public interface PrimaryQuoteMarks {

  /** The char offsets, ascending, at which a primary opening or closing mark begins. */
  int[] begins(String text);
}
