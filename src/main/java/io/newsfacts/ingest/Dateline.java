package io.newsfacts.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire-service dateline at the top of an article: "WASHINGTON, March 12 (AP) _", "NEW YORK
 * (Reuters) -", "CANBERRA, Australia (AP)_", "NEWARK, N.J. _". It is part of the story (where and
 * when it was filed), so it stays in the text; its date, when it has a year, stands in for a
 * missing publication date.
 *
 * @param place the place as written ("WASHINGTON", "CANBERRA, Australia"), in char offsets
 *     {@code [placeStart, placeEnd)} of the text
 * @param date the filing date, when the dateline gives day, month and year
 * @param end where the dateline ends (after its dash), so the story starts there
 * @param dateStart where the written date starts ("March 12" in "WASHINGTON, March 12 (AP) _"),
 *     -1 when the dateline has none; with or without a year
 * @param dateEnd where the written date ends, -1 when there is none
 */
public record Dateline(String place, int placeStart, int placeEnd, Optional<LocalDate> date,
    int end, int dateStart, int dateEnd) {

  private static final String MONTHS = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
      + "[a-z]*\\.?";
  /** After the city: a region in any case, then a date ("March 12", "12 March 1998"). */
  private static final String REGION_AND_DATE =
      "(?:, (?<region>[A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,2}))??"
          + "(?:,? (?<date>" + MONTHS + " \\d{1,2}(?:, \\d{4})?|\\d{1,2} " + MONTHS
          + "(?: \\d{4})?))?";
  /** The dash or underscore that wire copy puts before the story. */
  private static final String DASH = " ?(?<dash>_|--|-|\u2014|\u2013|:)(?: |$)";
  /**
   * City in capitals (may hold spaces, dots, apostrophes, hyphens: "O'SMACH", "THE HAGUE", "ST.
   * LOUIS"), then optionally a region in any case ("Australia", "N.J.", "Puerto Rico"), a date
   * ("March 12", "March 12, 1998", "12 March 1998"), an agency in parentheses, and the dash or
   * underscore that wire copy puts before the story.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?<city>[A-Z][A-Z.'\\-]*(?: [A-Z][A-Z.'\\-]*){0,3})" + REGION_AND_DATE
          + "(?: ?\\((?<agency>[A-Za-z][A-Za-z .&-]{0,30})\\))?" + DASH);
  /**
   * "Washington (AFP) - …", "Geneva, Switzerland (Reuters) —": agencies' web copy writes the
   * city in title case, which alone would read as a sentence's first words; the wire agency in
   * parentheses after it is what makes it a dateline ("Ted Cruz (R-Texas) —" is none). Indian
   * agencies write no dash: "New Delhi, Aug 14 (PTI) Union Minister …".
   */
  private static final Pattern TITLE_CASE_DATELINE = Pattern.compile(
      "^(?<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})" + REGION_AND_DATE
          + " ?\\((?<agency>AP|AFP|Reuters|UPI|AAP|dpa|DPA|Xinhua|Kyodo|Yonhap|EFE|ANSA|PTI|IANS"
          + "|ANI|PA|CP|Bloomberg)\\)(?:" + DASH + "| (?=[A-Z\"\u201C]))");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?:(?<m1>[A-Za-z]+)\\.? (?<d1>\\d{1,2})|(?<d2>\\d{1,2}) (?<m2>[A-Za-z]+)\\.?),? ?"
          + "(?<year>\\d{4})?");
  private static final Map<String, Month> MONTH_PREFIXES = Map.ofEntries(
      Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY),
      Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST),
      Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
      Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

  /** Most characters a dateline may take: longer openings are sentences, not datelines. */
  private static final int MAX_LENGTH = 80;

  /** The dateline the text opens with, if any. */
  public static Optional<Dateline> find(String text) {
    String head = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    Matcher m = DATELINE.matcher(head);
    if (!m.find()) {
      m = TITLE_CASE_DATELINE.matcher(head);
      if (!m.find()) {
        return Optional.empty();
      }
    }
    String city = m.group("city");
    // A capitalised first word alone ("A", "I") is a sentence, not a city; a dateline has either
    // a city of two letters or more plus a dash, or an agency or date to show what it is.
    boolean marked = m.group("agency") != null || m.group("date") != null
        || m.group("region") != null;
    if (city.length() < 2 || (!marked && !m.group("dash").equals("_")
        && !m.group("dash").equals("--") && !m.group("dash").equals("\u2014"))) {
      return Optional.empty();
    }
    int placeEnd = m.group("region") != null ? m.end("region") : m.end("city");
    return Optional.of(new Dateline(text.substring(0, placeEnd), 0, placeEnd,
        m.group("date") == null ? Optional.empty() : date(m.group("date")), m.end(),
        m.start("date"), m.end("date")));
  }

  /** True when the line is nothing but a dateline ("WASHINGTON (AP) _"), so not a headline. */
  public static boolean isDateline(String line) {
    return find(line).map(d -> line.substring(d.end()).isBlank()).orElse(false);
  }

  private static Optional<LocalDate> date(String written) {
    Matcher m = DAY_MONTH_YEAR.matcher(written);
    if (!m.matches() || m.group("year") == null) {
      return Optional.empty();
    }
    String monthWord = m.group("m1") != null ? m.group("m1") : m.group("m2");
    String day = m.group("d1") != null ? m.group("d1") : m.group("d2");
    Month month = MONTH_PREFIXES.get(monthWord.toLowerCase(Locale.ROOT).substring(0, 3));
    if (month == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), month,
          Integer.parseInt(day)));
    } catch (DateTimeException notADay) {
      return Optional.empty();
    }
  }
}
