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
      "(?i)^(on\\s+)?((at\\s+)?(noon|midnight|\\d{1,2}(:\\d{2})?\\s*[ap]\\.?m\\.?)\\s+)?"
          // "late Thursday", "early Sunday morning", "the early hours of Monday": still the day
          + "(?:(?:early|late)\\s+|(?:the\\s+)?(?:early|small|wee)\\s+hours\\s+of\\s+)?"
          + "(mon|tues|wednes|thurs|fri|satur|sun)day(\\s+(morning|afternoon|evening|night))?$");
  /** A UTC offset SUTime adds for a named zone ("5 p.m. EST"); TimeML values keep local time. */
  private static final Pattern ZONE_OFFSET = Pattern.compile("(T\\d{2}(:\\d{2})?)[-+]\\d{4}$");
  /** A month's name, written out or abbreviated, as a regex group. */
  static final String MONTH_NAMES = "(january|february|march|april|may|june|july|august"
      + "|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?"
      + "|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)";
  /** "March 12", "on Dec. 7", "12 March": a day of a month the text gives no year for. */
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)^(on\\s+)?(" + MONTH_NAMES
      + "\\s+\\d{1,2}(st|nd|rd|th)?|\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?" + MONTH_NAMES + ")$");
  /** "last April", "next March", "this May". */
  private static final Pattern NAMED_MONTH = Pattern.compile(
      "(?i)^(last|next|this|past|coming)\\s+" + MONTH_NAMES + "$");
  private static final Pattern TODAY = Pattern.compile("(?i)^today$");
  private static final Pattern WEEKEND = Pattern.compile("(?i)^(the|this)\\s+weekend$");
  /** "last spring", "next fall": the nearest such season before / after the publication date. */
  private static final Pattern NAMED_SEASON = Pattern.compile(
      "(?i)^(last|next|past|coming)\\s+(spring|summer|fall|autumn)$");
  /** "this past weekend", "this past week": the one before the publication date's. */
  private static final Pattern PAST_WEEKEND = Pattern.compile(
      "(?i)^(this\\s+)?past\\s+weekend$");
  /**
   * "this past week", "the past week", "the last week": the week before publication's, as "the
   * past year" is the year before (a count, "the past two weeks", is a duration).
   */
  private static final Pattern PAST_WEEK = Pattern.compile(
      "(?i)^(this|the)\\s+(past|last)\\s+week$");
  /** "10.43 seconds": a count of seconds with a decimal fraction, which SUTime cuts off. */
  private static final Pattern DECIMAL_SECONDS = Pattern.compile(
      "(?i)(?:^|\\s)(\\d+)\\.(\\d+)[- ]sec(?:ond)?s?$");
  private static final Pattern WHOLE_SECONDS = Pattern.compile("^PT(\\d+)S$");
  /**
   * "a decade ago", "nearly two decades ago", "two decades earlier": a decade, as "two years ago"
   * is a year.
   */
  private static final Pattern DECADES_AGO =
      Pattern.compile("(?i)\\bdecades?\\s+(ago|earlier)$");
  /** "a century ago", "two centuries ago": a century, as "a decade ago" is a decade. */
  private static final Pattern CENTURIES_AGO = Pattern.compile("(?i)\\bcentur(y|ies)\\s+ago$");
  /** "recent years", "coming months": TimeML's PAST_REF and FUTURE_REF dates, not durations. */
  private static final Pattern VAGUE_PERIOD = Pattern.compile(
      "(?i)^(the\\s+)?(recent|coming|upcoming)\\s+(days|weeks|months|years|decades)$");
  /** Quarters as a unit: TimeML writes "two quarters" as P2Q, not P6M. */
  private static final Pattern MONTHS_DURATION = Pattern.compile("^P(\\d{1,2}|X)M$");
  private static final Pattern QUARTERS = Pattern.compile(
      "(?i)^(every|each|a|one|two|three|four|five|six|eight|several|few|the (past|last|next|"
          + "first|previous|coming|recent) (two|three|four|five|six|eight|several|few)|"
          + "(past|last|next|recent|consecutive) (two|three|four|several|few)|\\d+|recent|"
          + "several|many|consecutive)[- ]quarters?$");
  /** Ages: "52 years old", "a 6-year-old boy", "the six-month-old company". */
  private static final Pattern HYPHENATED_AGE = Pattern.compile(
      "(?i)^(a\\s+|an\\s+|the\\s+)?[\\w.]+[- ](years?|months?|weeks?|days?)[- ]olds?$");
  /** A fraction, not a quarter of a year: "three-quarters of its food", "a quarter of the market". */
  private static final Pattern FRACTION_QUARTER = Pattern.compile(
      "(?i)^((more|less|fewer) than |at (least|most) |about |nearly |almost |roughly |just "
          + "(over|under) )?(a|one|two|three)[- ]quarters?$");
  private static final Pattern OF_FOLLOWS = Pattern.compile("(?i)^\\s+of\\s+(?!\\d)");
  /** Capitalised units inside a name: "International Women's Day", "Sandra Day O'Connor". */
  private static final Set<String> UNIT_NAMES = Set.of("day", "week", "month", "year", "night",
      "centennial", "century", "decade", "times");
  private static final Pattern MONTH = Pattern.compile("(?i)^(in\\s+)?((the\\s+)?(end|beginning"
      + "|start|middle)\\s+of\\s+|(early|late)\\s+)?(january|february|march|april"
      + "|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|aug\\.?|sept?\\.?"
      + "|oct\\.?|nov\\.?|dec\\.?)$");
  private static final Pattern AGO = Pattern.compile(
      "(?i)\\b(years?|months?|weeks?)\\s+(ago|earlier|before|later|after|from now)$");
  private static final Pattern ONE_UNIT = Pattern.compile("(?i)^(a|one)\\s+\\w+\\s+\\w+$");
  private static final Pattern VAGUE_AGO = Pattern.compile(
      "(?i)^(several|a few|few|many|some)\\s+(years|months|weeks|days)\\s+ago$");
  private static final Pattern PAST_YEAR = Pattern.compile("(?i)^the\\s+(past|last)\\s+year$");
  /** "the last decade", "the past decade": the decade before publication's, as TimeBank has it. */
  private static final Pattern PAST_DECADE =
      Pattern.compile("(?i)^the\\s+(past|last)\\s+decade$");
  /** "a few years from now": TimeML's FUTURE_REF, as "a few years ago" is PAST_REF. */
  private static final Pattern VAGUE_FROM_NOW = Pattern.compile(
      "(?i)^(several|a few|few|many|some)\\s+(years|months|weeks|days)\\s+from\\s+now$");
  /** "the second half of this year", "the first half of next year". */
  private static final Pattern HALF_OF_NAMED_YEAR = Pattern.compile(
      "(?i)^(the\\s+)?(first|second|last|latter)\\s+half\\s+of\\s+(this|next|last|the)\\s+year$");
  /** "'90s": SUTime leaves the century open (XX9X); TimeML writes the decade (199). */
  private static final Pattern OPEN_CENTURY_DECADE = Pattern.compile("^XX(\\d)X$");
  /**
   * Cricket bowling figures ("7-1-24-0"; overs may end in a part over, "37.1-7-97-3": the
   * first ball of the 38th), phone numbers: four numbers joined by hyphens.
   */
  private static final Pattern HYPHENED_NUMBERS = Pattern.compile("^\\d+(\\.[1-5])?(-\\d+){3,}$");
  private static final Pattern A_YEAR_AGO = Pattern.compile("(?i)^(a|one) year (ago|earlier)$");
  /** "the same month a year earlier", "the same period last year": the reference a year back. */
  private static final Pattern SAME_A_YEAR_BEFORE = Pattern.compile(
      "(?i)^the\\s+same\\s+(month|period|quarter)\\s+(((a|one)\\s+year\\s+(ago|earlier|before))"
          + "|(of\\s+)?last\\s+year|the\\s+(previous|prior)\\s+year)$");
  private static final Pattern RECENT_QUARTER = Pattern.compile(
      "(?i)^(the\\s+)?((latest|most recent|recent|past|last|just-ended|reporting)\\s+)?"
          + "(fiscal\\s+)?quarter$");
  private static final Pattern YEAR_AGO_QUARTER = Pattern.compile(
      "(?i)^(the\\s+)?year-(ago|earlier) (quarter|period)$");
  private static final Pattern YEAR_AGO_ORDINAL_QUARTER = Pattern.compile(
      "(?i)^(the\\s+)?year-(ago|earlier)\\s+(fiscal[- ])?(first|second|third|fourth)[- ]"
          + "(fiscal[- ])?quarter$");
  private static final Pattern ORDINAL_QUARTER = Pattern.compile(
      "(?i)^(the\\s+)?(fiscal[- ])?(first|second|third|fourth)[- ](fiscal[- ])?quarter$");
  /** A calendar value "a year earlier" can be shifted from, keeping its granularity. */
  private static final Pattern REFERENCE_VALUE =
      Pattern.compile("^(\\d{4})(-Q[1-4]|-H[12]|-\\d{2}|-\\d{2}-\\d{2})?$");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  /** A day before year 1 or after year 9999 ("-0481-06-05", "-197980-05-16"). */
  private static final Pattern FAR_DAY_VALUE =
      Pattern.compile("^(-\\d{4,}|\\d{5,})-\\d{2}-\\d{2}$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})X(?:-\\d{2})?$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{2})XX$");
  /**
   * "the mid-19th century", "the late 19th and early 20th centuries": SUTime does not read the
   * ordinal behind "mid-" (it gives this century, 20XX) nor before a plural (3821).
   */
  private static final Pattern ORDINAL_CENTURY = Pattern.compile(
      "(?i)(?:^|[\\s-])(\\d{1,2})(?:st|nd|rd|th)[- ]centur(?:y|ies)$");
  private static final Pattern AGE = Pattern.compile("(?i)^\\d+\\s+(years?|months?)\\s+old$");
  /**
   * "the following year", "the previous month", "the next day", "the same month", "that same
   * year": TimeML anchors them on the time the narrative speaks of (the last date mentioned),
   * not on the publication date.
   */
  private static final Pattern ANAPHORIC = Pattern.compile("(?i)^(?:the|that)\\s+"
      + "(following|previous|preceding|prior|next|same)\\s+(year|month|week|day)$");
  /** "the second half of 1989", "the first half of 1990": TimeML's H1 and H2. */
  private static final Pattern HALF_OF_YEAR = Pattern.compile(
      "(?i)^(the\\s+)?(first|second|last|latter)\\s+half\\s+of\\s+(\\d{4})$");
  /**
   * A range of durations ("two to six days": P2D/P6D, "the next 12 to 18 months") or of days
   * ("the next several days" as 1998-01-11/1998-01-12): no TimeML value has a slash; the
   * guidelines write an unknown number of units with X (PXD).
   */
  private static final Pattern DURATION_RANGE = Pattern.compile(
      "P\\d+([YMWDQ])/P\\d+\\1\\W*$|PT\\d+([HMS])/PT\\d+\\2\\W*$");
  private static final Pattern FEW_UNITS = Pattern.compile(
      "(?i)^(the\\s+)?(next|past|last|coming|previous|first)\\s+(several|few|many)\\s+"
          + "(days|weeks|months|quarters|years|decades)$");
  /** "a recent SEC filing": TimeML's PAST_REF; SUTime reads it as a few seconds (PTXS). */
  private static final Pattern RECENT = Pattern.compile("(?i)^(recent|recently|lately)$");
  private static final Pattern UNKNOWN_COUNT = Pattern.compile("^PT?X(DE|[YMWDQHS])$");
  private static final Pattern MONTH_DAY_VALUE =
      Pattern.compile("^(?:\\d{4}|XXXX)-(\\d{2})-(\\d{2})$");
  private static final Pattern WEEKDAY_PARTS = Pattern.compile(
      "(?i)^(mon|tues|wednes|thurs|fri|satur|sun)days?\\s+(mornings|afternoons|evenings|nights)$");
  private static final java.util.List<String> WEEKDAY_STEMS = java.util.List.of("mon", "tues",
      "wednes", "thurs", "fri", "satur", "sun");
  private static final Pattern YEAR_START = Pattern.compile("^(\\d{4})");
  /** "a month ago" names a month, as "five months ago" does. */
  private static final Pattern A_MONTH_AGO = Pattern.compile("(?i)^(a|one) month ago$");

  /** Words SUTime reads as times that name no time a reader could place. */
  private static final Set<String> NOT_DATES = Set.of("the", "a", "an", "once", "previously",
      "future", "sec");

  /**
   * "may" and "march" in lower case are a modal and a verb or noun, never the months; "wed" in
   * lower case is the verb ("the singer wed her manager in 1994"), the weekday's abbreviation
   * is "Wed".
   */
  private static final Set<String> LOWER_CASE_WORDS_NOT_DATES = Set.of("may", "march", "wed");

  /** SUTime's "PREV XXXX-WXX-5" for "last Friday" when it could not anchor the weekday. */
  private static final Pattern UNRESOLVED_WEEKDAY =
      Pattern.compile("^(PREV|NEXT) XXXX-WXX-([1-7])$");
  /** "the early hours of Sunday": SUTime's "1996-08-25-WXX-7 INTERSECT PTXH" is that day. */
  private static final Pattern HOURS_OF_DAY = Pattern.compile(
      "^(\\d{4}-\\d{2}-\\d{2})(?:-WXX-\\d)?(T(?:MO|AF|EV|NI))? INTERSECT PT[X\\d]+H$");
  /** A span between two days ("this past seven years": 2008-11-10/2015-11-10). */
  private static final Pattern DAY_SPAN =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern PERIOD_DIRECTION = Pattern.compile(
      "(?i)^((this|the)\\s+)?(past|last|next|coming|previous)\\s+");

  /** SUTime's "NEXT P1W" left unresolved (seen at the turn of a year). */
  private static final Pattern UNRESOLVED_STEP = Pattern.compile("^(NEXT|THIS|PREV) P1([WMY])$");

  private DateRules() {}

  /** The week, month or year one step from publication: "NEXT P1W" on 2015-12-31 is 2016-W01. */
  private static String steppedPeriod(String direction, String unit, LocalDate published) {
    int n = direction.equals("NEXT") ? 1 : direction.equals("PREV") ? -1 : 0;
    return switch (unit) {
      case "W" -> {
        LocalDate day = published.plusWeeks(n);
        yield String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "M" -> YearMonth.from(published).plusMonths(n).toString();
      default -> Integer.toString(published.getYear() + n);
    };
  }

  /**
   * True when a value is no TimeML value at all: SUTime reads "9373-1800" (a phone number) as a
   * negative duration.
   */
  static boolean isImpossibleValue(String value) {
    return value != null && (value.startsWith("PT-") || value.startsWith("P-"));
  }

  /**
   * True when a decade lies more than five centuries after publication: "RTX 3080s", "3070s" are
   * the plural of a model number, which SUTime reads as a decade (308X). News speaks of decades
   * ahead only within a few centuries ("by the 2050s", "the 2300s" in climate projections).
   */
  static boolean isFarFutureDecade(String value, LocalDate published) {
    if (value == null || published == null) {
      return false;
    }
    Matcher decade = DECADE.matcher(value);
    return decade.matches() && Integer.parseInt(decade.group(1)) * 10 > published.getYear() + 500;
  }

  /**
   * True when an expression is no date: a lone article or vague adverb, an age ("52 years old",
   * "a 6-year-old boy"), an acronym SUTime took for a unit ("SEC"), or a time word inside a name
   * ("Harbour Daily", "International Women's Day").
   */
  static boolean isNoDate(String text, String posOfSingleToken) {
    String lower = text.toLowerCase(Locale.ROOT).strip();
    if (NOT_DATES.contains(lower) || AGE.matcher(text).matches()
        || HYPHENATED_AGE.matcher(text.strip()).matches()
        || HYPHENED_NUMBERS.matcher(text.strip()).matches()
        || LOWER_CASE_WORDS_NOT_DATES.contains(text.strip())) {
      return true;
    }
    if (posOfSingleToken != null && posOfSingleToken.startsWith("NNP")
        && UNIT_NAMES.contains(lower)) {
      return true;
    }
    // NNP: part of a name ("Harbour Daily"). A frequency adjective is a SET in TimeML, also
    // inside a noun phrase ("daily flights", "quarterly dividend"), so it stays.
    return posOfSingleToken != null && posOfSingleToken.startsWith("NNP")
        && (lower.equals("quarterly") || lower.equals("annual") || lower.equals("monthly")
            || lower.equals("weekly") || lower.equals("daily") || lower.equals("yearly"));
  }

  /**
   * True when "a quarter" is a fraction of something: "three-quarters of its food", "more than a
   * quarter of the market", "at least a quarter of the voters" (the text after the expression
   * starts with "of" and no year).
   */
  static boolean isFraction(String text, String after) {
    return FRACTION_QUARTER.matcher(text.strip()).matches()
        && (text.contains("-") || OF_FOLLOWS.matcher(after).find());
  }

  /** The TIMEX3 type TimeML gives: "recent years" is a DATE (PAST_REF), not a duration. */
  static io.newsfacts.model.TimexType correctType(String text,
      io.newsfacts.model.TimexType type) {
    return VAGUE_PERIOD.matcher(text.strip()).matches() ? io.newsfacts.model.TimexType.DATE : type;
  }

  static String correct(String text, String value, LocalDate published, Tense tense,
      boolean aboutQuarters) {
    return correct(text, value, published, tense, aboutQuarters, null);
  }

  /** A bare weekday, maybe with a time or part of day: "Monday", "Sunday morning". */
  static boolean isWeekday(String text) {
    return WEEKDAY.matcher(text.strip()).matches();
  }

  /**
   * True when {@link #correct} reads the tense for this expression: bare weekdays and months,
   * days of a month, "the weekend", "the latest quarter", "the third quarter". For every other
   * expression the tense changes nothing, so callers need not parse the sentence to find it.
   */
  static boolean dependsOnTense(String text) {
    String stripped = text.strip();
    return WEEKDAY.matcher(stripped).matches() || MONTH.matcher(stripped).matches()
        || MONTH_DAY.matcher(stripped).matches() || WEEKEND.matcher(stripped).matches()
        || RECENT_QUARTER.matcher(stripped).matches()
        || ORDINAL_QUARTER.matcher(stripped).matches();
  }

  /**
   * The value a news reader would give the expression, or SUTime's value where no rule applies.
   *
   * @param aboutQuarters the sentence speaks of a business quarter ("third-quarter profit"), where
   *     "a year earlier" means the same quarter a year before
   * @param reference the calendar value the sentence compares against (TimeML's reference time:
   *     "for the six months ended Aug. 12 ... a year earlier"), or null
   */
  static String correct(String text, String value, LocalDate published, Tense tense,
      boolean aboutQuarters, String reference) {
    if (value == null) {
      return null;
    }
    String strippedText = text.strip();
    Matcher hours = HOURS_OF_DAY.matcher(value);
    if (hours.matches()) {
      // the day itself (a morning when SUTime read one); the tense rules below may move it
      value = hours.group(1) + (hours.group(2) == null ? "" : hours.group(2));
    }
    if (DAY_SPAN.matcher(value).matches()) {
      // "this past seven years": no TimeML value has a slash; TimeML writes the period (P7Y)
      String period = durationOf(PERIOD_DIRECTION.matcher(strippedText).replaceFirst(""));
      if (period != null) {
        return period;
      }
    }
    Matcher vague = VAGUE_PERIOD.matcher(strippedText);
    if (vague.matches()) {
      String when = vague.group(2).toLowerCase(Locale.ROOT);
      return when.equals("recent") ? "PAST_REF" : "FUTURE_REF";
    }
    value = ZONE_OFFSET.matcher(value).replaceFirst("$1");
    if (published != null && value.equals("THIS P1D") && TODAY.matcher(strippedText).matches()) {
      // "a compromise candidate today may be": SUTime leaves "today" as an offset of zero days,
      // no TimeML value; TimeML's "today" is the document's creation day
      return published.toString();
    }
    String seconds = withDecimalSeconds(strippedText, value);
    if (seconds != null) {
      return seconds;
    }
    String range = unknownCount(strippedText, value);
    if (range != null) {
      return range;
    }
    if (RECENT.matcher(strippedText).matches()) {
      return "PAST_REF";
    }
    Matcher half = HALF_OF_YEAR.matcher(strippedText);
    if (half.matches()) {
      return half.group(3) + (half.group(2).equalsIgnoreCase("first") ? "-H1" : "-H2");
    }
    if (published != null && PAST_DECADE.matcher(strippedText).matches()) {
      // as "the past year" is last year: SUTime gives the current decade (202X)
      return Integer.toString(published.getYear() / 10 - 1);
    }
    Matcher ordinalCentury = ORDINAL_CENTURY.matcher(strippedText);
    if (ordinalCentury.find() && Integer.parseInt(ordinalCentury.group(1)) > 0) {
      // TimeML writes a century by its first two digits: the 19th century is "18"
      return String.format(Locale.ROOT, "%02d", Integer.parseInt(ordinalCentury.group(1)) - 1);
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
    Matcher lastWeekday = UNRESOLVED_WEEKDAY.matcher(value);
    if (lastWeekday.matches()) {
      // "last Friday": the latest Friday before publication; "next Friday" the first after
      DayOfWeek day = DayOfWeek.of(Integer.parseInt(lastWeekday.group(2)));
      return (lastWeekday.group(1).equals("PREV")
          ? published.with(java.time.temporal.TemporalAdjusters.previous(day))
          : published.with(java.time.temporal.TemporalAdjusters.next(day))).toString();
    }
    Matcher step = UNRESOLVED_STEP.matcher(value);
    if (step.matches()) {
      return steppedPeriod(step.group(1), step.group(2), published);
    }
    Matcher same = SAME_A_YEAR_BEFORE.matcher(stripped);
    if (same.matches() && reference != null) {
      // "in July ... from the same month a year earlier": July of the year before; a day
      // reference ("the month ended Aug. 12") gives its month
      String shifted = yearBefore(same.group(1).equalsIgnoreCase("month")
          && DAY_VALUE.matcher(reference).matches() ? reference.substring(0, 7) : reference);
      if (shifted != null) {
        return shifted;
      }
    }
    if (A_YEAR_AGO.matcher(stripped).matches() && reference != null) {
      String shifted = yearBefore(reference);
      if (shifted != null) {
        return shifted;
      }
    }
    String quarter = quarterValue(stripped, value, published, tense, aboutQuarters);
    if (quarter != null) {
      return quarter;
    }
    Matcher months = MONTHS_DURATION.matcher(value);
    if (months.matches() && QUARTERS.matcher(stripped).find()) {
      // TimeML counts quarters in quarters: "the past two quarters" is P2Q
      String n = months.group(1);
      return n.equals("X") ? "PXQ"
          : Integer.parseInt(n) % 3 == 0 ? "P" + Integer.parseInt(n) / 3 + "Q" : value;
    }
    if (VAGUE_AGO.matcher(stripped).matches()) {
      // "several years ago" names no year: TimeML's PAST_REF
      return "PAST_REF";
    }
    if (VAGUE_FROM_NOW.matcher(stripped).matches()) {
      return "FUTURE_REF";
    }
    Matcher namedHalf = HALF_OF_NAMED_YEAR.matcher(stripped);
    Matcher halfYear = YEAR_START.matcher(value);
    if (namedHalf.matches() && halfYear.find()) {
      // SUTime gives the year; TimeML the half (1996-H2)
      return halfYear.group(1) + (namedHalf.group(2).equalsIgnoreCase("first") ? "-H1" : "-H2");
    }
    Matcher openDecade = OPEN_CENTURY_DECADE.matcher(value);
    if (openDecade.matches()) {
      // "the '90s" is the latest such decade that has begun by publication
      int start = published.getYear() / 100 * 100 + Integer.parseInt(openDecade.group(1)) * 10;
      return Integer.toString((start > published.getYear() ? start - 100 : start) / 10);
    }
    if (PAST_YEAR.matcher(stripped).matches()) {
      // "over the past year", "in the last year": the last full year, as "last year"
      return Integer.toString(published.getYear() - 1);
    }
    Matcher decadeDay = DAY_VALUE.matcher(value);
    if (DECADES_AGO.matcher(stripped).find() && decadeDay.matches()) {
      // SUTime gives the day ten years back; TimeML gives the decade ("198")
      return decadeDay.group(1).substring(0, 3);
    }
    if (CENTURIES_AGO.matcher(stripped).find() && decadeDay.matches()) {
      // SUTime gives the day a hundred years back; TimeML the century ("19", the 1900s)
      return decadeDay.group(1).substring(0, 2);
    }
    if (A_MONTH_AGO.matcher(stripped).matches()) {
      return toGranularityOf(stripped, value);
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
    if (MONTH_DAY.matcher(stripped).matches()) {
      return shiftMonthDay(value, published, tense);
    }
    Matcher named = NAMED_MONTH.matcher(stripped);
    if (named.matches()) {
      return namedMonth(named.group(1).toLowerCase(Locale.ROOT), value, published);
    }
    Matcher season = NAMED_SEASON.matcher(stripped);
    if (season.matches()) {
      return namedSeason(season.group(1).toLowerCase(Locale.ROOT),
          season.group(2).toLowerCase(Locale.ROOT), published);
    }
    if (PAST_WEEKEND.matcher(stripped).matches()) {
      return weekend(value, published, Tense.PAST);
    }
    if (PAST_WEEK.matcher(stripped).matches()) {
      LocalDate weekBefore = published.minusWeeks(1);
      return String.format(Locale.ROOT, "%d-W%02d", weekBefore.get(IsoFields.WEEK_BASED_YEAR),
          weekBefore.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    if (WEEKEND.matcher(stripped).matches()) {
      return weekend(value, published, tense);
    }
    return value;
  }

  /**
   * "10.43 seconds" is PT10.43S: ISO 8601, which TimeML's values follow, lets the smallest unit
   * of a duration carry a decimal fraction, and a race or a reaction time is told in hundredths.
   * SUTime keeps the whole seconds only (PT10S). Null when the text is no such count.
   */
  private static String withDecimalSeconds(String text, String value) {
    Matcher decimal = DECIMAL_SECONDS.matcher(text);
    Matcher whole = WHOLE_SECONDS.matcher(value);
    if (!decimal.find() || !whole.matches()
        || Long.parseLong(decimal.group(1)) != Long.parseLong(whole.group(1))) {
      return null;
    }
    return "PT" + whole.group(1) + "." + decimal.group(2) + "S";
  }

  /**
   * The TIMEX3 type of a corrected value: an unknown number of units ("the next several days",
   * "two to six days": PXD) is a DURATION, "recent" (PAST_REF) a DATE; otherwise the given type.
   */
  static io.newsfacts.model.TimexType typeOfValue(String value,
      io.newsfacts.model.TimexType type) {
    if (value == null || type == io.newsfacts.model.TimexType.SET) {
      return type;
    }
    if (value.equals("PAST_REF") || value.equals("FUTURE_REF")) {
      return io.newsfacts.model.TimexType.DATE;
    }
    return UNKNOWN_COUNT.matcher(value).matches() ? io.newsfacts.model.TimexType.DURATION : type;
  }

  /** A written year: "since Oct. 13, 2014" says which year itself. */
  private static final Pattern WRITTEN_YEAR_IN = Pattern.compile("\\b\\d{4}\\b");
  private static final Pattern CALENDAR_DAY_OR_MONTH =
      Pattern.compile("^(\\d{4})-(\\d{2})(-(\\d{2}))?$");

  /**
   * The value of a date after "since" ("has been closed since June", "after a run of good news
   * since their Oct. 13 debate"). "since" starts a period that runs up to the time of speaking,
   * so the date is never ahead of publication, whatever tense the clause has ("will take the
   * stage after ... since"): it is read as in the past tense (the last such weekday, month,
   * weekend or quarter). Two dates the past tense leaves ahead go back a year: a later day of
   * the publication month (the past reads a day by its month: "the vote was set for Nov. 20",
   * written on Nov. 2, is ahead) and a holiday, which takes no tense ("since Christmas" written
   * in November). A date with its year written is left as written.
   */
  static String since(String text, String value, LocalDate published, boolean aboutQuarters,
      String reference) {
    String past = correct(text, value, published, Tense.PAST, aboutQuarters, reference);
    Matcher calendar = CALENDAR_DAY_OR_MONTH.matcher(past == null ? "" : past);
    if (published == null || !calendar.matches() || WRITTEN_YEAR_IN.matcher(text).find()) {
      return past;
    }
    if (calendar.group(4) != null) {
      LocalDate day = LocalDate.parse(past);
      return day.isAfter(published) ? day.minusYears(1).toString() : past;
    }
    YearMonth month = YearMonth.parse(past);
    return month.isAfter(YearMonth.from(published)) ? month.minusYears(1).toString() : past;
  }

  /**
   * The day a story with a dateline "March 12" and no year was filed: the last March 12 on or
   * before the day after publication (a day for time zones). SUTime's value when it is no day.
   */
  static String filingDay(String value, LocalDate published) {
    Matcher day = MONTH_DAY_VALUE.matcher(value);
    if (!day.matches()) {
      return value;
    }
    int month = Integer.parseInt(day.group(1));
    int dayOfMonth = Integer.parseInt(day.group(2));
    LocalDate latest = published.plusDays(1);
    for (int year = latest.getYear(); year >= latest.getYear() - 4; year--) {
      if (month == 2 && dayOfMonth == 29 && !java.time.Year.isLeap(year)) {
        continue;
      }
      LocalDate filed = LocalDate.of(year, month, dayOfMonth);
      if (!filed.isAfter(latest)) {
        return filed.toString();
      }
    }
    return value;
  }

  /**
   * "Tuesday nights", "Sunday mornings": every such part of such a day, a SET in TimeML
   * (XXXX-WXX-2TNI). Null for anything else.
   */
  static String weeklyPartOfDay(String text) {
    Matcher m = WEEKDAY_PARTS.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    int day = WEEKDAY_STEMS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
    String part = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "mornings" -> "MO";
      case "afternoons" -> "AF";
      case "evenings" -> "EV";
      default -> "NI";
    };
    return "XXXX-WXX-" + day + "T" + part;
  }

  /**
   * The day of the named weekday in the ISO week of a day value ("1996-08-27" and "Wednesday":
   * "1996-08-28"), as SUTime anchors a bare weekday; the day value itself for anything else.
   */
  static String sameWeek(String dayValue, String weekdayText) {
    Matcher m = WEEKDAY.matcher(weekdayText.strip());
    if (!m.matches()) {
      return dayValue;
    }
    int day = WEEKDAY_STEMS.indexOf(m.group(6).toLowerCase(Locale.ROOT)) + 1;
    return LocalDate.parse(dayValue).with(java.time.temporal.ChronoField.DAY_OF_WEEK, day)
        .toString();
  }

  /** PXD for "the next several days" or "two to six days"; null when neither. */
  private static String unknownCount(String text, String value) {
    Matcher few = FEW_UNITS.matcher(text);
    if (few.matches()) {
      String unit = few.group(4).toLowerCase(Locale.ROOT);
      return switch (unit) {
        case "days" -> "PXD";
        case "weeks" -> "PXW";
        case "months" -> "PXM";
        case "quarters" -> "PXQ";
        case "years" -> "PXY";
        default -> "PXDE";
      };
    }
    Matcher range = DURATION_RANGE.matcher(value);
    if (range.find()) {
      return range.group(1) != null ? "PX" + range.group(1) : "PTX" + range.group(2);
    }
    return null;
  }

  /**
   * "the following year" one year after the narrative's reference date, "the previous month" one
   * month before it, "the same month" its month; null when the expression is no such phrase or the reference is too coarse.
   *
   * @param reference the last calendar date the text mentioned before the expression
   */
  static String relativeToReference(String text, String reference) {
    return relativeToReference(text, reference, null);
  }

  /**
   * As {@link #relativeToReference(String, String)}; with no reference, "the previous week" is
   * the week before publication (SUTime gives the publication week itself).
   */
  static String relativeToReference(String text, String reference, LocalDate published) {
    Matcher m = ANAPHORIC.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    boolean next = m.group(1).equalsIgnoreCase("next");
    if (next && !unit.equals("day")) {
      // "over the next year" is mostly a period ahead of the telling, not an anaphor
      return null;
    }
    boolean same = m.group(1).equalsIgnoreCase("same");
    int step = same ? 0 : next || m.group(1).equalsIgnoreCase("following") ? 1 : -1;
    if (same && reference == null) {
      // "on the same day" with no date told before: the telling's, as SUTime has it
      return null;
    }
    if (reference == null && published != null && unit.equals("week")) {
      reference = published.toString();
    }
    if (reference == null) {
      return null;
    }
    Matcher day = DAY_VALUE.matcher(reference);
    Matcher month = MONTH_VALUE.matcher(reference);
    Matcher year = YEAR_START.matcher(reference);
    switch (unit) {
      case "year" -> {
        return year.find() ? Integer.toString(Integer.parseInt(year.group(1)) + step) : null;
      }
      case "month" -> {
        if (day.matches() || month.matches()) {
          YearMonth ym = YearMonth.parse(reference.substring(0, 7));
          return ym.plusMonths(step).toString();
        }
        return null;
      }
      case "week" -> {
        if (!day.matches()) {
          return null;
        }
        LocalDate week = LocalDate.parse(reference.substring(0, 10)).plusWeeks(step);
        return String.format(Locale.ROOT, "%d-W%02d", week.get(IsoFields.WEEK_BASED_YEAR),
            week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      default -> {
        return day.matches() && day.group(4).isEmpty()
            ? LocalDate.parse(reference.substring(0, 10)).plusDays(step).toString() : null;
      }
    }
  }

  private static final java.util.List<String> COUNT_WORDS = java.util.List.of("one", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final Pattern COUNTED_UNITS = Pattern.compile(
      "(?i)^(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
          + "(minutes?|hours?|days?|weeks?|months?|years?)$");

  /** Whole tens in words: "forty years later" counts as "40 years later" does. */
  private static final java.util.List<String> TENS = java.util.List.of("twenty", "thirty",
      "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /**
   * A count of 1 to 12 or a whole ten, written in words or digits ("a" is one); -1 for anything
   * else.
   */
  static int count(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("a") || lower.equals("an")) {
      return 1;
    }
    if (lower.chars().allMatch(Character::isDigit) && !lower.isEmpty() && lower.length() < 5) {
      return Integer.parseInt(lower);
    }
    int index = COUNT_WORDS.indexOf(lower);
    int tens = TENS.indexOf(lower);
    return index >= 0 ? index + 1 : tens >= 0 ? (tens + 2) * 10 : -1;
  }

  /** "three years" as P3Y, "120 hours" as PT120H; null when the text is no such count. */
  static String durationOf(String text) {
    Matcher m = COUNTED_UNITS.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    int n = count(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    return switch (unit.charAt(0)) {
      case 'm' -> unit.startsWith("mi") ? "PT" + n + "M" : "P" + n + "M";
      case 'h' -> "PT" + n + "H";
      case 'd' -> "P" + n + "D";
      case 'w' -> "P" + n + "W";
      default -> "P" + n + "Y";
    };
  }

  /**
   * "two years later" counted from a reference date ("2014" gives "2016"; "2014-05" with months
   * gives a month); null when the reference is too coarse for the unit.
   */
  static String later(String reference, String countWord, String unit) {
    int n = count(countWord);
    return n < 1 ? null : offset(reference, n, unit);
  }

  /**
   * A reference date moved by a signed count of units, at the unit's granularity (TimeML values
   * "four days later" as a day, "two weeks earlier" as a week): "2014-11-14" with -2 weeks gives
   * "2014-W44". Null when the count is unknown or the reference is too coarse for the unit.
   */
  static String offset(String reference, int n, String unit) {
    Matcher year = YEAR_START.matcher(reference);
    if (n == 0 || !year.find()) {
      return null;
    }
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("year")) {
      return Integer.toString(Integer.parseInt(year.group(1)) + n);
    }
    if (u.startsWith("month")) {
      return reference.length() >= 7 && MONTH_VALUE.matcher(reference.substring(0, 7)).matches()
          ? YearMonth.parse(reference.substring(0, 7)).plusMonths(n).toString() : null;
    }
    Matcher day = DAY_VALUE.matcher(reference);
    if (!day.matches() || !day.group(4).isEmpty()) {
      return null;
    }
    LocalDate from = LocalDate.parse(reference.substring(0, 10));
    if (u.startsWith("day")) {
      return from.plusDays(n).toString();
    }
    LocalDate week = from.plusWeeks(n);
    return String.format(Locale.ROOT, "%d-W%02d", week.get(IsoFields.WEEK_BASED_YEAR),
        week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static final java.util.List<String> MONTH_WORDS = java.util.List.of("january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");

  /** 1 to 12 for a month's full name, 0 for anything else. */
  static int monthNumber(String name) {
    return MONTH_WORDS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
  }

  /** The same period a year before: 1989-Q3 to 1988-Q3, 1989-08-12 to 1988-08-12. */
  private static String yearBefore(String reference) {
    Matcher m = REFERENCE_VALUE.matcher(reference);
    if (!m.matches()) {
      return null;
    }
    String rest = m.group(2) == null ? "" : m.group(2);
    if (rest.equals("-02-29")) {
      rest = "-02-28";
    }
    return (Integer.parseInt(m.group(1)) - 1) + rest;
  }

  /**
   * A day of a month without a year is in the publication year, unless the tense says otherwise
   * and the month says so: in the past tense a later month is last year's; in the future an
   * earlier month is next year's. "extended to Nov. 20" written on Nov. 2 stays this year, and so
   * does "the year ended March 31" (no tense of its own) written in November.
   */
  private static String shiftMonthDay(String value, LocalDate published, Tense tense) {
    Matcher day = DAY_VALUE.matcher(value);
    if (!day.matches()) {
      return value;
    }
    int month = Integer.parseInt(day.group(2));
    int year = published.getYear();
    if (tense == Tense.PAST && month > published.getMonthValue()) {
      year--;
    } else if (tense == Tense.FUTURE && month < published.getMonthValue()) {
      year++;
    }
    return String.format(Locale.ROOT, "%04d-%s-%s%s", year, day.group(2), day.group(3),
        day.group(4));
  }

  /** "last April" is the latest April before this month; "next April" the first after it. */
  private static String namedMonth(String which, String value, LocalDate published) {
    Matcher month = MONTH_VALUE.matcher(value);
    if (!month.matches()) {
      return value;
    }
    int m = Integer.parseInt(month.group(2));
    YearMonth now = YearMonth.from(published);
    YearMonth resolved = YearMonth.of(now.getYear(), m);
    switch (which) {
      case "last", "past" -> {
        if (!resolved.isBefore(now)) {
          resolved = resolved.minusYears(1);
        }
      }
      case "next", "coming" -> {
        if (!resolved.isAfter(now)) {
          resolved = resolved.plusYears(1);
        }
      }
      default -> { }
    }
    return resolved.toString();
  }

  /**
   * "last spring" is the latest spring that has ended by the publication date (written in August
   * 1996: 1996-SP; in April 1996: 1995-SP); "next fall" the first fall that has not begun (written
   * in March 1998: 1998-FA). SUTime counts from the calendar year instead. Winter is left alone:
   * it spans two years.
   */
  private static String namedSeason(String which, String season, LocalDate published) {
    String code;
    int startMonth;
    switch (season) {
      case "spring" -> { code = "SP"; startMonth = 3; }
      case "summer" -> { code = "SU"; startMonth = 6; }
      default -> { code = "FA"; startMonth = 9; }
    }
    YearMonth now = YearMonth.from(published);
    YearMonth start = YearMonth.of(now.getYear(), startMonth);
    int year = now.getYear();
    if (which.equals("last") || which.equals("past")) {
      if (!start.plusMonths(2).isBefore(now)) {
        year--;
      }
    } else if (!start.isAfter(now)) {
      year++;
    }
    return year + "-" + code;
  }

  /**
   * "the weekend" in the past tense is the last one before publication ("said over the
   * weekend"), in the future the next one; TimeML writes it as its ISO week with "WE".
   */
  private static String weekend(String value, LocalDate published, Tense tense) {
    LocalDate saturday;
    if (tense == Tense.PAST) {
      saturday = published.minusDays(1)
          .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    } else if (tense == Tense.FUTURE) {
      saturday = published.with(java.time.temporal.TemporalAdjusters.nextOrSame(
          DayOfWeek.SATURDAY));
    } else {
      return value;
    }
    return String.format(Locale.ROOT, "%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
        saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
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
    if (YEAR_AGO_ORDINAL_QUARTER.matcher(text).matches() && ordinal.matches()) {
      // "the year-ago third quarter": the third quarter before the one just reported
      int q = Integer.parseInt(ordinal.group(2));
      int year = published.getYear();
      if (LocalDate.of(year, (q - 1) * 3 + 1, 1).isAfter(published)) {
        year--;
      }
      return (year - 1) + "-Q" + q;
    }
    if (tense == Tense.PAST && ORDINAL_QUARTER.matcher(text).matches() && ordinal.matches()) {
      int year = Integer.parseInt(ordinal.group(1));
      int q = Integer.parseInt(ordinal.group(2));
      LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
      return start.isAfter(published) ? (year - 1) + "-Q" + q : value;
    }
    if (ORDINAL_QUARTER.matcher(text).matches() && ordinal.matches()
        && Integer.parseInt(ordinal.group(1)) == published.getYear() + 1) {
      // "expects a recovery in the third quarter": where SUTime took next year's while this
      // year's has not ended, this year's is the one a present or future clause means
      int q = Integer.parseInt(ordinal.group(2));
      LocalDate end = LocalDate.of(published.getYear(), q * 3, 1).plusMonths(1).minusDays(1);
      return end.isBefore(published) ? value : published.getYear() + "-Q" + q;
    }
    return null;
  }

  private static String quarterOf(LocalDate day) {
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * "two years ago" is a year, "three months ago" a month, "six weeks ago" a week. "2,500 years
   * ago" is a year too, before year 1 or 10,000 years back ("-0481"), which SUTime writes to the
   * day like any other.
   */
  private static String toGranularityOf(String text, String value) {
    String unit = text.toLowerCase(Locale.ROOT);
    Matcher farDay = FAR_DAY_VALUE.matcher(value);
    if (farDay.matches() && unit.contains("year")) {
      return farDay.group(1);
    }
    Matcher day = DAY_VALUE.matcher(value);
    if (!day.matches() || !day.group(4).isEmpty()) {
      return value;
    }
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
    } else if (tense != Tense.PAST && !resolved.minusYears(1).isBefore(now)) {
      // "to close at the end of December" written in December: SUTime may take next year's;
      // a month ahead is the first one on or after the publication month
      resolved = resolved.minusYears(1);
    }
    return resolved.toString();
  }
}
