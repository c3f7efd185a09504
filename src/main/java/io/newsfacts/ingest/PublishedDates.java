package io.newsfacts.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as metadata gives them: {@code YYYY-MM-DD}, or an ISO date-time of which we keep
 * the date as written (no time-zone conversion: the date the publisher printed is the one that
 * anchors "Saturday" or "last year").
 */
public final class PublishedDates {

  // Accepts the common "+0000" offsets and space separators that strict ISO parsers refuse.
  private static final Pattern DATE_OR_DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
          + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[^\\]]+])?)?");

  static final String EXPECTED = "expected YYYY-MM-DD or an ISO date-time, years 1600 to 2199";

  /**
   * The range a publication date must fall in: from the first printed newspapers to well past
   * today. A year such as 0000 or 9999 is a typo or a placeholder, and would make "Monday" resolve
   * to a five-digit year that no TIMEX3 value allows.
   */
  public static final LocalDate EARLIEST = LocalDate.of(1600, 1, 1);

  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  /** The date, or a DateTimeException when the value is not one or is out of range. */
  static LocalDate parse(String value) {
    String trimmed = value.strip();
    Matcher m = DATE_OR_DATE_TIME.matcher(trimmed);
    if (!m.matches()) {
      throw new DateTimeException("not a date: " + trimmed);
    }
    return requireInRange(LocalDate.parse(m.group(1)));
  }

  /** {@code date} itself, or a DateTimeException naming the range. */
  public static LocalDate requireInRange(LocalDate date) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new DateTimeException(date + " is outside " + EARLIEST.getYear() + "-"
          + LATEST.getYear());
    }
    return date;
  }

  /** The date, or null when absent or not a date (for noisy sources such as HTML meta tags). */
  static LocalDate parseOrNull(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parse(value);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private PublishedDates() {}
}
