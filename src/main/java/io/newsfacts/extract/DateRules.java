package io.newsfacts.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections to SUTime's values that follow how news uses time words, written as TimeML writes
 * values: a bare weekday or month is the one before the publication date when the clause is in
 * the past tense, and the one after it when the clause is in the future; "two years ago" is a year,
 * not a day; a decade is "197", not "197X". Also which of SUTime's expressions are no dates at all.
 */
final class DateRules {

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(on\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day$");
  private static final Pattern MONTH = Pattern.compile("(?i)^(in\\s+)?(january|february|march|april"
      + "|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|aug\\.?|sept?\\.?"
      + "|oct\\.?|nov\\.?|dec\\.?)$");
  private static final Pattern AGO = Pattern.compile(
      "(?i)\\b(years?|months?|weeks?)\\s+(ago|earlier|before|later|after|from now)$");
  private static final Pattern ONE_UNIT = Pattern.compile("(?i)^(a|one)\\s+\\w+\\s+\\w+$");
  private static final Pattern A_YEAR_AGO = Pattern.compile("(?i)^(a|one) year (ago|earlier)$");
  private static final Pattern RECENT_QUARTER = Pattern.compile(
      "(?i)^(the\\s+)?((latest|most recent|recent|past|last|just-ended|reporting)\\s+)?"
          + "(fiscal\\s+)?quarter$");
  private static final Pattern YEAR_AGO_QUARTER = Pattern.compile(
      "(?i)^(the\\s+)?year-(ago|earlier) (quarter|period)$");
  private static final Pattern ORDINAL_QUARTER = Pattern.compile(
      "(?i)^(the\\s+)?(first|second|third|fourth)[- ](fiscal[- ])?quarter$");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{2})XX$");
  private static final Pattern AGE = Pattern.compile("(?i)^\\d+\\s+(years?|months?)\\s+old$");

  /** Words SUTime reads as times that name no time a reader could place. */
  private static final Set<String> NOT_DATES = Set.of("the", "a", "an", "once", "previously",
      "future", "sec");

  private DateRules() {}

  /**
   * True when an expression is no date: a lone article or vague adverb, an age ("52 years old"),
   * an acronym SUTime took for a unit ("SEC"), or a frequency adjective inside a noun phrase
   * ("quarterly earnings", "annual report").
   */
  static boolean isNoDate(String text, String posOfSingleToken) {
    String lower = text.toLowerCase(Locale.ROOT).strip();
    if (NOT_DATES.contains(lower) || AGE.matcher(text).matches()) {
      return true;
    }
    // JJ: "annual report"; NNP: part of a name ("Harbour Daily")
    return posOfSingleToken != null
        && (posOfSingleToken.equals("JJ") || posOfSingleToken.startsWith("NNP"))
        && (lower.equals("quarterly") || lower.equals("annual") || lower.equals("monthly")
            || lower.equals("weekly") || lower.equals("daily") || lower.equals("yearly"));
  }

  /**
   * The value a news reader would give the expression, or SUTime's value where no rule applies.
   *
   * @param aboutQuarters the sentence speaks of a business quarter ("third-quarter profit"), where
   *     "a year earlier" means the same quarter a year before
   */
  static String correct(String text, String value, LocalDate published, Tense tense,
      boolean aboutQuarters) {
    if (value == null) {
      return null;
    }
    Matcher decade = DECADE.matcher(value);
    if (decade.matches()) {
      return decade.group(1);
    }
    Matcher century = CENTURY.matcher(value);
    if (century.matches()) {
      return century.group(1);
    }
    if (published == null) {
      return value;
    }
    String stripped = text.strip();
    String quarter = quarterValue(stripped, value, published, tense, aboutQuarters);
    if (quarter != null) {
      return quarter;
    }
    // "two years ago" is a year; "a year ago" usually compares with the same day or period
    if (AGO.matcher(stripped).find() && !ONE_UNIT.matcher(stripped).matches()) {
      return toGranularityOf(stripped, value);
    }
    if (WEEKDAY.matcher(stripped).matches()) {
      return shiftWeekday(value, published, tense);
    }
    if (MONTH.matcher(stripped).matches()) {
      return shiftMonth(value, published, tense);
    }
    return value;
  }

  /**
   * Business news reports on quarters that have ended: in the past tense "the quarter" and "the
   * latest quarter" are the last finished quarter, and "the year-ago quarter" is that quarter a
   * year before. Null when no quarter rule applies.
   */
  private static String quarterValue(String text, String value, LocalDate published, Tense tense,
      boolean aboutQuarters) {
    LocalDate lastQuarterDay = published.withDayOfMonth(1)
        .minusMonths((published.getMonthValue() - 1) % 3).minusDays(1);
    if (tense != Tense.FUTURE && RECENT_QUARTER.matcher(text).matches()
        && !text.toLowerCase(Locale.ROOT).contains("last")) {
      return quarterOf(lastQuarterDay);
    }
    if (YEAR_AGO_QUARTER.matcher(text).matches()
        || (aboutQuarters && A_YEAR_AGO.matcher(text).matches())) {
      return quarterOf(lastQuarterDay.minusYears(1));
    }
    Matcher ordinal = QUARTER_VALUE.matcher(value);
    if (tense == Tense.PAST && ORDINAL_QUARTER.matcher(text).matches() && ordinal.matches()) {
      int year = Integer.parseInt(ordinal.group(1));
      int q = Integer.parseInt(ordinal.group(2));
      LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
      return start.isAfter(published) ? (year - 1) + "-Q" + q : value;
    }
    return null;
  }

  private static String quarterOf(LocalDate day) {
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /** "two years ago" is a year, "three months ago" a month, "six weeks ago" a week. */
  private static String toGranularityOf(String text, String value) {
    Matcher day = DAY_VALUE.matcher(value);
    if (!day.matches() || !day.group(4).isEmpty()) {
      return value;
    }
    String unit = text.toLowerCase(Locale.ROOT);
    if (unit.contains("year")) {
      return day.group(1);
    }
    if (unit.contains("month")) {
      return day.group(1) + "-" + day.group(2);
    }
    LocalDate date = LocalDate.parse(day.group(1) + "-" + day.group(2) + "-" + day.group(3));
    return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String shiftWeekday(String value, LocalDate published, Tense tense) {
    Matcher day = DAY_VALUE.matcher(value);
    if (!day.matches()) {
      return value;
    }
    LocalDate date = LocalDate.parse(day.group(1) + "-" + day.group(2) + "-" + day.group(3));
    DayOfWeek weekday = date.getDayOfWeek();
    LocalDate resolved = date;
    if (tense == Tense.PAST) {
      resolved = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekday));
    } else if (tense == Tense.FUTURE) {
      resolved = published.with(java.time.temporal.TemporalAdjusters.nextOrSame(weekday));
    }
    return resolved + day.group(4);
  }

  private static String shiftMonth(String value, LocalDate published, Tense tense) {
    Matcher month = MONTH_VALUE.matcher(value);
    if (!month.matches()) {
      return value;
    }
    YearMonth resolved = YearMonth.of(Integer.parseInt(month.group(1)),
        Integer.parseInt(month.group(2)));
    YearMonth now = YearMonth.from(published);
    if (tense == Tense.PAST && resolved.isAfter(now)) {
      resolved = resolved.minusYears(1);
    } else if (tense == Tense.FUTURE && resolved.isBefore(now)) {
      resolved = resolved.plusYears(1);
    }
    return resolved.toString();
  }
}
