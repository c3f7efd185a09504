package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import io.newsfacts.ingest.Dateline;
import io.newsfacts.model.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the temporal expressions SUTime normalised, with their TIMEX3 type and value. Holds no
 * state between articles: everything it reads comes from the one document it is given.
 */
final class DateFinder {

  /** A temporal expression in char offsets. */
  record FoundDate(String text, int begin, int end, int sentence, TimexType type, String value) {

    /** True when the value is a calendar value, not one left relative to an unknown date. */
    boolean anchored() {
      return value != null && !RELATIVE_VALUE.matcher(value).find();
    }
  }

  /** One SUTime expression, possibly made of several NER mentions (see {@link #find}). */
  private record Expression(int begin, int end, List<CoreLabel> tokens, Timex timex,
      TimexType type, int sentence, String rawValue) {

    Expression(int begin, int end, List<CoreLabel> tokens, Timex timex, TimexType type,
        int sentence) {
      this(begin, end, tokens, timex, type, sentence,
          timex.value() != null ? timex.value() : timex.altVal());
    }
  }

  /** Markers SUTime leaves in a value it could not place on the calendar. */
  private static final Pattern RELATIVE_VALUE =
      Pattern.compile("X|_REF|THIS|OFFSET|NEXT_IMMEDIATE|PREV_IMMEDIATE|UNKNOWN");
  /**
   * Words TimeML keeps in a date's extent that SUTime leaves out: "the early 1980s", "fiscal
   * 1989", "the late 1970s".
   */
  private static final Pattern MODIFIER_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:the\\s+)?(?:early|late|mid|middle)\\s+|\\bfiscal\\s+)$");
  /** A date that names the time of speaking, which a later "a year earlier" does not refer to. */
  private static final Pattern SPEECH_TIME = Pattern.compile(
      "(?i)^(on\\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|now)\\b");
  /** Dates that are themselves comparisons ("a year ago") set no reference for the next. */
  private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(ago|earlier|year-ago)\\b");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^\\d{4}-Q[1-4]$");
  /** "Sandra Day O'Connor": a capitalised unit between capitalised words is part of a name. */
  private static final Pattern UNIT_IN_NAME = Pattern.compile(
      "[A-Z][\\w'.]* (Day|Week|Month|Year|Night)( [A-Z]|$)|^(Day|Week|Month|Year|Night) [A-Z]");
  private static final Pattern UNIT_DURATION = Pattern.compile("^P1[DWMY]$");
  /** "since June", "since their Oct. 13 debate": the start of a period up to now. */
  private static final Pattern SINCE_BEFORE = Pattern.compile(
      "(?i)\\bsince\\s+((the|their|his|her|its|our|your|my|that)\\s+)?$");
  private static final Pattern VAGUE_BEFORE = Pattern.compile(
      "(?i)\\b(recent|coming|upcoming)\\s+$");
  private static final Pattern COUNT_MORE_BEFORE = Pattern.compile(
      "(?i)\\b(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+more\\s+$");
  private static final Pattern BARE_UNITS = Pattern.compile(
      "(?i)^(days|weeks|months|years|decades)$");
  private static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
      "(?i)\\b(about|around|approximately|roughly|almost|nearly|some|more than|less than"
          + "|at least|at most|up to)\\s+$");
  private static final Pattern CLOCK = Pattern.compile("(?i)\\d\\s*[ap]\\.?m\\.?|\\d:\\d\\d");
  private static final Pattern MID_PERIOD = Pattern.compile(
      "(?i)^mid-(?:(\\d{4})|(january|february|march|april|may|june|july|august|september"
          + "|october|november|december))$");
  private static final Pattern YEARS_VALUE = Pattern.compile("^\\d{2,4}$");
  private static final Pattern DATE_VALUE = Pattern.compile(
      "^\\d{2,4}(-(Q[1-4]|H[12]|W\\d{2}(-WE)?|\\d{2}(-\\d{2})?|SU|SP|FA|WI))?$");
  /** A scheme, "www." or a domain followed by a path: a web address. */
  private static final Pattern LINK = Pattern.compile(
      "(?i)https?://|\\bwww\\.|\\w\\.(com|org|net|gov|edu|co|uk|io|ly)/");
  private static final Pattern SAME_BEFORE = Pattern.compile("(?i)\\b(the|that)\\s+same\\s+$");
  private static final Pattern BARE_UNIT = Pattern.compile("(?i)^(year|month|week|day)$");
  private static final Pattern CALENDAR_VALUE =
      Pattern.compile("^\\d{4}(-Q[1-4]|-H[12]|-\\d{2}(-\\d{2})?)$");
  private static final Pattern ONE_DAY = Pattern.compile("(?i)^(one|some)\\s+day$");
  /**
   * A modal right before "one day": "will one day", "could one day". Not "to": "cut to one day"
   * is a duration far more often than "hopes to one day fly" is a future.
   */
  private static final Pattern SOMETIME_BEFORE = Pattern.compile(
      "(?i)\\b(will|would|could|might|may|can|shall|should|'ll)\\s+$");
  private static final Pattern THE_YEAR = Pattern.compile("(?i)^the\\s+(fiscal\\s+)?year$");
  private static final Pattern ENDED_AFTER = Pattern.compile(
      "(?i)^,?\\s+(that\\s+|which\\s+)?(ended|ending|ends|to\\s+end)\\b");
  private static final Pattern YEAR_END_AFTER = Pattern.compile("(?i)^('s\\s+end|[- ]end)\\b");
  /** "the first nine months of 1997", "the last two quarters of the year". */
  private static final Pattern PERIOD_OF = Pattern.compile(
      "(?i)^((?:the\\s+)?(?:first|last|past|next|final)\\s+[\\w-]+\\s+"
          + "(?:days|weeks|months|quarters|years))\\s+of\\s+");
  private static final Pattern INTERSECTED_DURATION = Pattern.compile(
      "INTERSECT\\s+(?:\\(UNKNOWN,REF,)?(P\\d+[YMWDQ])\\)?$");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("^\\d{4}$");
  private static final Pattern NARRATIVE_VALUE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
  private static final Pattern LEADING_SIGNAL = Pattern.compile(
      "(?i)^(beginning|starting|start|following|end\\s+in)\\s+((in|on)\\s+)?");
  private static final Pattern TRAILING_SIGNAL = Pattern.compile("(?i)\\s+(before|earlier)$");
  private static final Pattern UNIT_END = Pattern.compile(
      "(?i)\\b(days?|weeks?|months?|quarters?|years?|decades?|hours?|minutes?|time)$");
  /** "1400 GMT": a 24-hour clock time written as four digits, which SUTime reads as a year. */
  private static final Pattern MILITARY_CLOCK = Pattern.compile("^([01]\\d|2[0-3])([0-5]\\d)$");
  private static final Pattern ZONE_AFTER = Pattern.compile(
      "^\\s+(GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST)\\b");
  private static final Pattern PER_UNIT =
      Pattern.compile("(?i)^(a|an|per|each)\\s+(day|week|month|year)$");
  private static final Pattern TIMES_BEFORE = Pattern.compile(
      "(?i)\\b(once|twice|thrice|(?:\\d+|two|three|four|five|six|several|many)\\s+times)\\s+$");
  private static final Pattern OCLOCK_LATER = Pattern.compile(
      "(?i)o'clock\\b.*\\b(afternoon|evening|tonight|night)\\b|o’clock\\b.*\\b(afternoon|evening"
          + "|tonight|night)\\b");
  private static final Pattern MORNING_HOUR = Pattern.compile("^(.*T)(0\\d|1[01])(:\\d{2}.*)$");
  private static final Pattern PERIOD_SINCE_MONTH = Pattern.compile(
      "(?i)^(.*\\b(?:days?|weeks?|months?|years?))\\s+(since|from)\\s+(january|february|march"
          + "|april|may|june|july|august|september|october|november|december)$");
  private static final Pattern LAST_AS_VERB = Pattern.compile("(?i)^last\\s+");
  private static final Pattern VAGUE_QUANTITY_BEFORE = Pattern.compile(
      "(?i)\\b(many|several|a few|few|some)(,?\\s+many)?\\s+$");
  private static final Pattern BARE_UNITS_AGO = Pattern.compile(
      "(?i)^(years|months|weeks|decades)\\s+(ago|from now)$");
  private static final Pattern UNITS_LATER = Pattern.compile(
      "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
          + "|thirty|forty|fifty|sixty|seventy|eighty|ninety|\\d{1,2})\\s+"
          + "(years?|months?|weeks?|days?)\\s+(later|earlier)$");
  /**
   * How many sentences back a story date still anchors "four days later" or "a month earlier":
   * the offset is told right after the date it counts from.
   */
  private static final int OFFSET_REACH = 1;
  /**
   * "several months later in September 2015": SUTime's value puts the offset first ("OFFSET PXM
   * INTERSECT 2015-09").
   */
  private static final Pattern OFFSET_THEN_CALENDAR = Pattern.compile(
      "^(?:OFFSET )?(P(?:\\d+|X)[YMWD]) INTERSECT (\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)$");
  private static final Pattern ANY_DAY_OF_THE_WEEK = Pattern.compile(
      "(?i)\\bdays?\\s+(of|on)\\s+the\\s+week\\b");
  private static final Pattern INTERSECT_PARTS = Pattern.compile(
      "^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:-WXX-\\d)?\\s+INTERSECT\\s+(P\\d+[YMWD])$");
  private static final Pattern JOINING_PREPOSITION = Pattern.compile("(?i)\\s+(in|on|of)\\s+");
  private static final Pattern COUNTED_PERIOD = Pattern.compile(
      "(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
          + "\\s+(days|weeks|months|years|decades)$");
  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+(same\\s+)?");
  /** A lower-case "may" or "march" SUTime joined to the date before it. */
  private static final Pattern TRAILING_MODAL = Pattern.compile("\\s+(may|march)$");
  private static final Pattern APPOSITION = Pattern.compile(
      "(?i)^(.+?),\\s+the\\s+(same\\s+)?(year|month|day|week)"
          + "(\\s+(before|after|earlier|later))?$");
  /** "the convention's opening day, July 18": the unit before the date it names. */
  private static final Pattern UNIT_BEFORE_DATE = Pattern.compile(
      "(?i)^(day|week|month|year),\\s+(.+)$");
  /** "had a rough day Monday": SUTime joins the noun "day" to the weekday. */
  private static final Pattern DAY_BEFORE_WEEKDAY = Pattern.compile(
      "(?i)^(day|night)\\s+(?=(mon|tues|wednes|thurs|fri|satur|sun)day\\b)");
  /** "Person of the Year in 1938", "from the years 2010 to 2013": the year is the date. */
  private static final Pattern YEAR_WITH_UNIT = Pattern.compile(
      "^(?:(?:THIS P1Y|PXY|P1Y) INTERSECT (\\d{4})|(\\d{4}) INTERSECT (?:THIS P1Y|PXY|P1Y))$");
  private static final Pattern ENDS_IN_YEAR = Pattern.compile("\\b(\\d{4})$");
  /** "a 2014 Labor Department study": a year SUTime joined to the name after it. */
  private static final Pattern YEAR_BEFORE_NAME = Pattern.compile(
      "^(\\d{4})((?:\\s+[A-Z][a-z]+)+)$");
  private static final Pattern TIME_WORD_INSIDE = Pattern.compile("(?i)\\b(day|days|night|eve"
      + "|week|weekend|month|year|years|morning|afternoon|evening|spring|summer|fall|autumn"
      + "|winter|quarter|half|season|(mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
  /** "the 1996 second half": SUTime reads "1996 second" as a duration of seconds. */
  private static final Pattern YEAR_SECOND =
      Pattern.compile("(?i)^(?:the\\s+)?(\\d{4})\\s+second$");
  private static final Pattern HALF_NEXT = Pattern.compile("(?i)^[- ]half\\b");
  /** "1996 gross domestic product": SUTime reads "gross" as 144 and adds it to the year. */
  private static final Pattern YEAR_GROSS = Pattern.compile("(?i)^(\\d{4})\\s+gross$");
  /** A clock SUTime could not fill ("the last minute", "the Second" amendment): no time. */
  private static final Pattern UNFILLED_CLOCK = Pattern.compile("TXX(:XX)?$");
  private static final Pattern CLOCK_UNIT_END = Pattern.compile(
      "(?i)\\b(seconds?|minutes?|hours?)$");
  /** "the first half of 1995", "the first-half of 1995": TimeML's 1995-H1. */
  private static final Pattern HALF_OF_BEFORE = Pattern.compile(
      "(?i)\\b(the\\s+)?(first|second)[- ]half\\s+of\\s+$");
  /** "the 1996 first half", "1996 second-half". */
  private static final Pattern HALF_AFTER = Pattern.compile("(?i)^\\s+(first|second)[- ]half\\b");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  /** "Sept. 15-21", "March 11-13": SUTime takes the month alone; the range starts on that day. */
  private static final Pattern DAY_RANGE_AFTER = Pattern.compile("^\\s+(\\d{1,2})-\\d{1,2}\\b");
  private static final Pattern BARE_MONTH =
      Pattern.compile("(?i)^" + DateRules.MONTH_NAMES + "$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  /** Prepositions that set a start or a deadline: "in March", "by June", "until May". */
  private static final Pattern LIMIT_BEFORE = Pattern.compile(
      "(?i)\\b(in|by|until|till|before)\\s+$");
  /** A value that counts units (P7Y, PT24H): a DURATION's, whatever type SUTime gave. */
  private static final Pattern DURATION_VALUE = Pattern.compile("^PT?[\\dX]+[YMWDHS]$");
  /**
   * After a month, what names a futures contract: a contract noun, maybe after the instrument
   * ("September Bund future", "December contract"), or a traded commodity on its own ("October
   * crude rose", "December cotton"), unless a report noun follows ("June crude output").
   */
  private static final Pattern CONTRACT_AFTER = Pattern.compile("(?i)^\\s+(?:"
      + "(?:(?:Bund|long|gilt|notional|Treasury|bond|crude|oil|gas|gasoline|gold|wheat)\\s+){0,3}"
      + "(?:futures?|contracts?|delivery|options)\\b"
      + "|(?:unleaded\\s+|light\\s+|heating\\s+|natural\\s+|live\\s+)?"
      + "(?:crude(?:\\s+oil)?+|oil|gas|gasoline|gold|silver|copper|platinum|wheat|corn|"
      + "soybeans?|soymeal|coffee|cocoa|sugar|cotton|cattle|hogs|Eurodollars|T-bills|T-bonds)\\b"
      + "(?![\\s-]+(?:output|production|exports?|imports?|sales|shipments|stocks|"
      + "inventor(?:y|ies)|suppl(?:y|ies)|demand|consumption|prices?)\\b))");
  private static final Pattern INTERSECTED_CALENDAR = Pattern.compile(
      "^(\\d{4}(?:-\\d{2})?(?:-W\\d{2})?) INTERSECT (PT?\\d+[YMWDHS])$"
      + "|^(PT?\\d+[YMWDHS]) INTERSECT (\\d{4}(?:-\\d{2})?(?:-W\\d{2})?)$");
  private static final Pattern RELATIVE_DATE_AT_END = Pattern.compile(
      "(?i)\\b((later|earlier)\\s+)?(this|last|next)\\s+(week|month|year)$");
  /** SUTime writes a week as "2016-09-W37"; TimeML's week has no month. */
  private static final Pattern MONTH_OF_WEEK = Pattern.compile("^(\\d{4})-\\d{2}(?=-W)");
  private static final Pattern INTERSECT_ANY = Pattern.compile("^(\\S+(?: \\S+)?) INTERSECT (\\S+)$");
  private static final Pattern YEARLESS_MONTH = Pattern.compile("^XXXX-\\d{2}(-\\d{2})?$");
  private static final Pattern MONTH_OF_YEAR = Pattern.compile("^(\\d{4})-\\d{2}$");
  private static final Pattern DAY_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
  /** How many sentences back a quarter still sets the period that "a year earlier" compares. */
  private static final int QUARTER_REACH = 3;

  List<FoundDate> find(CoreDocument document, LocalDate published) {
    String text = document.text();
    List<Expression> expressions = expressions(document, text);
    List<FoundDate> dates = new ArrayList<>();
    Optional<Dateline> dateline = Dateline.find(text);
    for (Expression untrimmed : expressions) {
      Expression e = withDayOfRange(text, withoutSignalWords(text, untrimmed));
      String mentionText = text.substring(e.begin(), e.end());
      String raw = e.rawValue();
      if (published != null && raw != null && e.type() == TimexType.DATE
          && YEARLESS_MONTH.matcher(raw).matches()) {
        // "in March, the month after ...", "on July 24, the day before ...": SUTime leaves the
        // apposition's month or day without a year; the publication year, then the tense rules,
        // as for a bare month or day. A set ("each July")
        // keeps XXXX-07: it recurs every year
        raw = published.getYear() + raw.substring(4);
      }
      if (published != null && raw != null && isYearlessDatelineDate(dateline, e)) {
        // "WASHINGTON, March 12 (AP) _": the day the story was filed, so the last March 12 on
        // or before publication (a story filed Dec. 31 can be published Jan. 1)
        dates.add(new FoundDate(mentionText, e.begin(), e.end(), e.sentence(), TimexType.DATE,
            DateRules.filingDay(raw, published)));
        continue;
      }
      if (raw != null && UNIT_DURATION.matcher(raw).matches()
          && UNIT_IN_NAME.matcher(mentionText).find()) {
        continue;
      }
      if (TimeWordInName.inName(document.sentences().get(e.sentence()).tokens(), e.tokens())) {
        continue;
      }
      if (DateRules.isFarFutureDecade(raw, published)) {
        continue;
      }
      List<FoundDate> years = YearRanges.split(text, e.begin(), e.end(), e.sentence());
      if (!years.isEmpty()) {
        dates.addAll(years);
        continue;
      }
      List<FoundDate> since = periodSince(text, e, mentionText, published);
      if (!since.isEmpty()) {
        dates.addAll(since);
        continue;
      }
      FoundDate special = specialForm(text, e, mentionText, published, dates);
      if (special != null) {
        dates.add(special);
        continue;
      }
      int begin = e.begin();
      String before = text.substring(Math.max(0, begin - 30), begin);
      boolean afterSince = followsSince(text, begin);
      // "since" starts a period up to the time of speaking: the past tense, whatever the
      // clause's, so no parse is read for it
      Tense tense = afterSince ? Tense.PAST
          : tenseFor(document, e, text, mentionText, raw, published);
      boolean aboutQuarters = mentionsQuarter(document.sentences().get(e.sentence()).tokens());
      String compared = reference(dates, e.sentence());
      String value = afterSince
          ? DateRules.since(mentionText, raw, published, aboutQuarters, compared)
          : DateRules.correct(mentionText, raw, published, tense, aboutQuarters, compared);
      Matcher vague = VAGUE_BEFORE.matcher(before);
      if (vague.find() && BARE_UNITS.matcher(mentionText).matches()) {
        // "in coming months": SUTime takes only "months"
        begin -= vague.group().length();
        mentionText = text.substring(begin, e.end());
        value = DateRules.correct(mentionText, raw, published, tense, false, null);
      }
      Matcher more = COUNT_MORE_BEFORE.matcher(before);
      String moreDuration = more.find() && BARE_UNITS.matcher(mentionText).matches()
          ? DateRules.durationOf(more.group(1) + " " + mentionText) : null;
      if (moreDuration != null) {
        // "for 12 more years", "two more weeks": SUTime takes only "years"; the count is the
        // duration's (TimeML P12Y)
        begin -= more.group().length();
        mentionText = text.substring(begin, e.end());
        value = moreDuration;
      }
      String reference = narrative(dates, e.sentence());
      Matcher same = SAME_BEFORE.matcher(before);
      if (same.find() && BARE_UNIT.matcher(mentionText).matches() && DateRules.relativeToReference(
          same.group() + mentionText, reference, published) != null) {
        // "That same year, ...": SUTime takes "year" alone, as a duration; with "that same" it
        // is the year the story just told
        begin -= same.group().length();
        mentionText = text.substring(begin, e.end());
      }
      String anaphoric = DateRules.relativeToReference(mentionText, reference, published);
      if (anaphoric != null) {
        value = anaphoric;
      }
      TimexType type = DateRules.typeOfValue(value, DateRules.correctType(mentionText, e.type()));
      String after = text.substring(e.end(), Math.min(text.length(), e.end() + 30));
      if (THE_YEAR.matcher(mentionText).matches() && ENDED_AFTER.matcher(after).find()) {
        // "the fiscal year ended March 31" is twelve months up to that day, not a calendar
        // year: a DURATION, as TimeML writes "the nine months ended Sept. 30"
        type = TimexType.DURATION;
        value = "P1Y";
      }
      Matcher perUnit = PER_UNIT.matcher(mentionText);
      Matcher times = TIMES_BEFORE.matcher(before);
      if (perUnit.matches() && times.find()) {
        // "twice a day", "three times a week": TimeML's SET P1D (with freq), "twice" in the
        // extent; SUTime reads "a day" as a duration
        begin -= times.group().length();
        mentionText = text.substring(begin, e.end());
        type = TimexType.SET;
        value = "P1" + Character.toUpperCase(perUnit.group(2).charAt(0));
      }
      Matcher oclock = OCLOCK_LATER.matcher(mentionText);
      Matcher morningHour = MORNING_HOUR.matcher(value == null ? "" : value);
      if (oclock.find() && morningHour.find()) {
        // "6 o'clock this afternoon" is 18:00; SUTime reads the hour as a morning one
        int hour = Integer.parseInt(morningHour.group(2)) + 12;
        value = morningHour.group(1) + hour + morningHour.group(3);
      }
      String weekly = DateRules.weeklyPartOfDay(mentionText);
      if (weekly != null) {
        type = TimexType.SET;
        value = weekly;
      }
      if (ONE_DAY.matcher(mentionText).matches() && SOMETIME_BEFORE.matcher(before).find()) {
        // "Islam will one day be ...", "robots could one day sort mail": an indefinite future
        // time (TimeML's FUTURE_REF), not a duration of one day
        type = TimexType.DATE;
        value = "FUTURE_REF";
      }
      int end = e.end();
      Matcher yearEnd = YEAR_END_AFTER.matcher(after);
      if (mentionText.equalsIgnoreCase("year") && yearEnd.find() && published != null) {
        // "by year end", "at year's end": SUTime reads "year" as a duration; it is the end of
        // this year (TimeML: the year's value with mod END)
        end += yearEnd.group().length();
        mentionText = text.substring(begin, end);
        type = TimexType.DATE;
        value = Integer.toString(published.getYear());
      }
      Matcher approximate = APPROXIMATE_BEFORE.matcher(before);
      if (approximate.find() && (type == TimexType.DURATION
          || (type == TimexType.TIME && CLOCK.matcher(mentionText).find()))) {
        // TimeML keeps "about", "almost", "more than" in the extent (as its mod); "over the
        // next two years" is a preposition, left out
        begin -= approximate.group().length();
      }
      if (type == TimexType.DURATION && value != null && DATE_VALUE.matcher(value).matches()) {
        // a rule placed it on the calendar ("the latest quarter": 1989-Q3), so it is a DATE
        type = TimexType.DATE;
      }
      if (value != null && YEARS_VALUE.matcher(value).matches()) {
        // a year, decade or century is a DATE ("the 1980s" is no SET)
        type = TimexType.DATE;
        Matcher modifier = MODIFIER_BEFORE.matcher(text.substring(Math.max(0, begin - 20), begin));
        Matcher halfOf = HALF_OF_BEFORE.matcher(text.substring(Math.max(0, begin - 25), begin));
        Matcher halfAfter = HALF_AFTER.matcher(text.substring(end, Math.min(text.length(),
            end + 15)));
        if (WRITTEN_YEAR.matcher(value).matches() && halfOf.find()) {
          // "the first half of 1995": SUTime tags the year; TimeML the half (1995-H1)
          begin -= halfOf.group().length();
          value = value + (halfOf.group(2).equalsIgnoreCase("first") ? "-H1" : "-H2");
        } else if (WRITTEN_YEAR.matcher(value).matches() && halfAfter.find()) {
          // "for the 1996 first half"
          end += halfAfter.end();
          Matcher the = THE_BEFORE.matcher(text.substring(Math.max(0, begin - 4), begin));
          if (the.find()) {
            begin -= the.group().length();
          }
          value = value + (halfAfter.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2");
        } else if (modifier.find()) {
          begin -= modifier.group().length();
        }
      }
      if (type != TimexType.DURATION && type != TimexType.SET && value != null
          && DURATION_VALUE.matcher(value).find()) {
        // a rule wrote a period ("this past seven years": P7Y), so it is a DURATION
        type = TimexType.DURATION;
      }
      if (value != null && value.contains(" INTERSECT ")) {
        List<FoundDate> split = leadingPeriod(text, begin, end, e.sentence(), value);
        if (split.isEmpty()) {
          split = periodAndDate(text, begin, end, e.sentence(), value);
        }
        if (split.isEmpty()) {
          split = trailingRelativeDate(text, begin, end, e.sentence(), value);
        }
        if (!split.isEmpty()) {
          dates.addAll(split);
          continue;
        }
        if (ANY_DAY_OF_THE_WEEK.matcher(text.substring(begin, end)).find()) {
          // "what day of the week", "a day on the week up to June 3": SUTime's "2020-10-W41
          // INTERSECT P1D" names no day, and TimeML has no value for "some day of a week"
          continue;
        }
      }
      dates.add(new FoundDate(text.substring(begin, end), begin, end, e.sentence(), type,
          value));
    }
    addMidPeriods(document, published, dates);
    addUntaggedYearRanges(document, dates);
    addBusinessHalves(document, published, dates);
    yearsFromRangeEnds(text, dates);
    ordinalDaysOfEvents(dates, published);
    return dates;
  }

  /** An ordinal in words, "first" to "ninety-ninth". */
  private static final String ORDINAL_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
      + "|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
      + "|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth";

  /** "the fourth day", "FOURTH DAY", "a 10th day": a day counted from an event's start. */
  private static final Pattern ORDINAL_DAY = Pattern.compile(
      "(?i)^((the|a|an)\\s+)?(\\d+(st|nd|rd|th)|" + ORDINAL_WORD + ")\\s+day$");
  private static final Pattern DAY_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  /**
   * "at the close of the fourth day of the third test on Sunday", "prices fell for the fifth
   * day": the ordinal counts from the start of the match, trial or run, not from publication
   * (SUTime gives the day of publication plus three for "the fourth day"). TimeML's value is
   * that day's: the day the same sentence names, else the day of publication, the day a wire
   * story reports on.
   */
  private static void ordinalDaysOfEvents(List<FoundDate> dates, LocalDate published) {
    for (int i = 0; i < dates.size(); i++) {
      FoundDate d = dates.get(i);
      if (d.type() != TimexType.DATE || !ORDINAL_DAY.matcher(d.text().strip()).matches()) {
        continue;
      }
      String day = published == null ? null : published.toString();
      for (FoundDate other : dates) {
        if (other != d && other.sentence() == d.sentence() && other.type() == TimexType.DATE
            && other.value() != null && DAY_DATE.matcher(other.value()).matches()) {
          day = other.value();
          break;
        }
      }
      if (day != null) {
        dates.set(i, new FoundDate(d.text(), d.begin(), d.end(), d.sentence(), d.type(), day));
      }
    }
  }

  /** What joins the two months of a range: "April and June 1995", "March to May 1996". */
  private static final Pattern RANGE_JOIN = Pattern.compile(
      "^\\s*(and|to|through|until|till|-|–)\\s*$");

  /**
   * "between April and June 1995": the year written at the end of a range of months is the
   * first month's too (the month before, when the first month's name comes later in the year:
   * "November to February 1996" starts in 1995). SUTime resolves the bare first month from
   * publication.
   */
  private static void yearsFromRangeEnds(String text, List<FoundDate> dates) {
    for (int i = 0; i + 1 < dates.size(); i++) {
      FoundDate first = dates.get(i);
      FoundDate last = dates.get(i + 1);
      Matcher firstMonth = MONTH_VALUE.matcher(first.value() == null ? "" : first.value());
      Matcher lastMonth = MONTH_VALUE.matcher(last.value() == null ? "" : last.value());
      if (!BARE_MONTH.matcher(first.text()).matches() || !firstMonth.matches()
          || !lastMonth.matches() || !ENDS_IN_YEAR.matcher(last.text()).find()
          || first.end() > last.begin()
          || !RANGE_JOIN.matcher(text.substring(first.end(), last.begin())).matches()) {
        continue;
      }
      int year = Integer.parseInt(lastMonth.group(1));
      if (Integer.parseInt(firstMonth.group(2)) > Integer.parseInt(lastMonth.group(2))) {
        year--;
      }
      dates.set(i, new FoundDate(first.text(), first.begin(), first.end(), first.sentence(),
          first.type(), year + "-" + firstMonth.group(2)));
    }
  }

  /**
   * SUTime joins "the first nine months" and "of 1997" into one expression valued "1997 INTERSECT
   * P9M", which is no TimeML value: TimeML marks the period as a DURATION of its own (and the
   * year, when written, as a DATE of its own). Empty when the expression is not such a period.
   */
  private static List<FoundDate> leadingPeriod(String text, int begin, int end, int sentence,
      String value) {
    Matcher m = PERIOD_OF.matcher(text.substring(begin, end));
    Matcher duration = INTERSECTED_DURATION.matcher(value);
    if (!m.find() || !duration.find()) {
      return List.of();
    }
    int periodEnd = begin + m.end(1);
    List<FoundDate> found = new ArrayList<>();
    found.add(new FoundDate(text.substring(begin, periodEnd), begin, periodEnd, sentence,
        TimexType.DURATION, duration.group(1)));
    int yearBegin = begin + m.end();
    String rest = text.substring(yearBegin, end);
    if (WRITTEN_YEAR.matcher(rest).matches()) {
      found.add(new FoundDate(rest, yearBegin, end, sentence, TimexType.DATE, rest));
    }
    return found;
  }

  /**
   * Words SUTime takes into an extent that TimeML leaves out as signals: "beginning June 1",
   * "starting in January 2017", "following Monday's debate", "on Friday before the opening",
   * "September 11th earlier". Trailing "before" / "earlier" are cut only after a day or month
   * ("two years earlier" is one expression).
   */
  private static Expression withoutSignalWords(String text, Expression e) {
    String mention = text.substring(e.begin(), e.end());
    int begin = e.begin();
    int end = e.end();
    Matcher lead = LEADING_SIGNAL.matcher(mention);
    if (lead.find() && lead.end() < mention.length()) {
      begin += lead.end();
    }
    Matcher trail = TRAILING_SIGNAL.matcher(text.substring(begin, end));
    if (trail.find() && trail.start() > 0
        && !UNIT_END.matcher(text.substring(begin, begin + trail.start())).find()) {
      end = begin + trail.start();
    }
    String raw = e.rawValue();
    Matcher dayNoun = DAY_BEFORE_WEEKDAY.matcher(text.substring(begin, end));
    if (dayNoun.find() && raw != null && raw.contains(" INTERSECT ")) {
      // "had a bad day Thursday": the weekday is the date, "day" a noun of the clause
      begin += dayNoun.end();
      raw = appositionValue(raw, text.substring(begin, end));
    }
    Matcher yearWithUnit = YEAR_WITH_UNIT.matcher(raw == null ? "" : raw);
    Matcher endsInYear = ENDS_IN_YEAR.matcher(text.substring(begin, end));
    if (yearWithUnit.matches() && endsInYear.find() && endsInYear.group(1).equals(
        yearWithUnit.group(1) != null ? yearWithUnit.group(1) : yearWithUnit.group(2))) {
      begin += endsInYear.start(1);
      raw = endsInYear.group(1);
    }
    Matcher yearName = YEAR_BEFORE_NAME.matcher(text.substring(begin, end));
    if (yearName.matches() && raw != null && raw.equals(yearName.group(1))
        && !TIME_WORD_INSIDE.matcher(yearName.group(2)).find()) {
      // "a 2014 Labor Department study", "1860 Munich": the name after the year is no part of
      // the date
      end = begin + yearName.end(1);
    }
    Matcher yearSecond = YEAR_SECOND.matcher(text.substring(begin, end));
    if (yearSecond.find() && HALF_NEXT.matcher(text.substring(end)).find()) {
      // "the 1996 second half": SUTime reads "1996 second" as 1996 seconds; the year is the
      // date, and the half is added to it below
      begin += yearSecond.start(1);
      end = begin + 4;
      raw = yearSecond.group(1);
    }
    Matcher gross = YEAR_GROSS.matcher(text.substring(begin, end));
    if (gross.matches()) {
      end = begin + gross.end(1);
      raw = gross.group(1);
    }
    Matcher modal = TRAILING_MODAL.matcher(text.substring(begin, end));
    Matcher apposition = APPOSITION.matcher(text.substring(begin, end));
    Matcher unitFirst = UNIT_BEFORE_DATE.matcher(text.substring(begin, end));
    if (modal.find() && modal.start() > 0) {
      // "by 2100 may sound", "in the next few months may want": SUTime reads the modal as May
      end = begin + modal.start();
      raw = withoutMonth(raw);
    } else if (apposition.matches() && raw != null) {
      // "in 2008, the year he returned", "by Wednesday, the day the film opens": TimeML marks
      // the date; SUTime joins the apposition into one expression with no TimeML value
      end = begin + apposition.end(1);
      raw = appositionValue(raw, text.substring(begin, end));
    } else if (unitFirst.matches() && raw != null && raw.contains(" INTERSECT ")) {
      begin += unitFirst.start(2);
      raw = appositionValue(raw, text.substring(begin, end));
    }
    if (begin == e.begin() && end == e.end()) {
      return e;
    }
    int b = begin;
    int en = end;
    List<CoreLabel> kept = e.tokens().stream()
        .filter(t -> t.beginPosition() >= b && t.endPosition() <= en).toList();
    return kept.isEmpty() ? e
        : new Expression(begin, end, kept, e.timex(), e.type(), e.sentence(), raw);
  }

  /**
   * "visit Brazil Sept. 15-21", "conducted March 11-13": SUTime takes the month alone and leaves
   * the days out. The range starts on its first day, which TimeML marks as that day.
   */
  private static Expression withDayOfRange(String text, Expression e) {
    String raw = e.rawValue();
    Matcher range = DAY_RANGE_AFTER.matcher(text.substring(e.end(),
        Math.min(text.length(), e.end() + 12)));
    if (raw == null || !MONTH_OF_YEAR.matcher(raw).matches()
        || !BARE_MONTH.matcher(text.substring(e.begin(), e.end())).matches() || !range.find()) {
      return e;
    }
    int day = Integer.parseInt(range.group(1));
    if (day < 1 || day > 31) {
      return e;
    }
    int end = e.end() + range.end(1);
    return new Expression(e.begin(), end, e.tokens(), e.timex(), e.type(), e.sentence(),
        raw + String.format(Locale.ROOT, "-%02d", day));
  }

  /** A value without the month SUTime read from a modal: "2100-05" to "2100". */
  private static String withoutMonth(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher parts = INTERSECT_ANY.matcher(raw);
    if (parts.matches()) {
      // "2016-05 INTERSECT PXM": the period is what the words say
      return MONTH_OF_YEAR.matcher(parts.group(1)).matches() ? parts.group(2) : parts.group(1);
    }
    Matcher month = MONTH_OF_YEAR.matcher(raw);
    return month.matches() ? month.group(1) : raw;
  }

  /**
   * The date's own value out of SUTime's "THIS P1Y INTERSECT 2008": the part that is not the
   * apposition's "THIS P1Y". A weekday gets a day of the week SUTime anchors it in (its value
   * for the apposition is the publication day), for the tense rules to move.
   */
  private static String appositionValue(String raw, String date) {
    Matcher parts = INTERSECT_ANY.matcher(raw);
    String value = !parts.matches() ? raw
        : parts.group(1).startsWith("THIS") ? parts.group(2) : parts.group(1);
    Matcher day = DAY_PREFIX.matcher(value);
    if (DateRules.isWeekday(date) && day.find()) {
      return DateRules.sameWeek(day.group(), date);
    }
    return value;
  }

  /**
   * Forms whose value or type SUTime gets wrong in a way no tense can mend; null when the
   * expression is none of them.
   *
   * <ul>
   *   <li>"1400 GMT", "0930 EDT": wire-service clock times, not years;
   *   <li>"will last three years": "last" is the verb, the extent is the duration "three years";
   *   <li>"many years ago", "years from now": TimeML's PAST_REF / FUTURE_REF, with the quantifier
   *       in the extent;
   *   <li>"two years later" in a narrative: counted from the last date the text mentioned
   *       (TimeML's reference time), not from publication.
   * </ul>
   */
  private static FoundDate specialForm(String text, Expression e, String mentionText,
      LocalDate published, List<FoundDate> before) {
    String after = text.substring(e.end(), Math.min(text.length(), e.end() + 8));
    Matcher zone = ZONE_AFTER.matcher(after);
    Matcher clock = MILITARY_CLOCK.matcher(mentionText);
    if (clock.matches() && zone.find()) {
      int end = e.end() + zone.end();
      String day = published == null ? "XXXX-XX-XX" : published.toString();
      return new FoundDate(text.substring(e.begin(), end), e.begin(), end, e.sentence(),
          TimexType.TIME, day + "T" + clock.group(1) + ":" + clock.group(2));
    }
    Matcher lastVerb = LAST_AS_VERB.matcher(mentionText);
    if (lastVerb.find() && !e.tokens().isEmpty() && e.tokens().get(0).tag() != null
        && e.tokens().get(0).tag().startsWith("VB")) {
      int begin = e.begin() + lastVerb.end();
      String rest = text.substring(begin, e.end());
      String duration = DateRules.durationOf(rest);
      if (duration != null) {
        return new FoundDate(rest, begin, e.end(), e.sentence(), TimexType.DURATION, duration);
      }
    }
    String lookBack = text.substring(Math.max(0, e.begin() - 20), e.begin());
    Matcher quantity = VAGUE_QUANTITY_BEFORE.matcher(lookBack);
    Matcher bareAgo = BARE_UNITS_AGO.matcher(mentionText);
    if (bareAgo.matches()) {
      int begin = quantity.find() ? e.begin() - quantity.group().length() : e.begin();
      return new FoundDate(text.substring(begin, e.end()), begin, e.end(), e.sentence(),
          TimexType.DATE, bareAgo.group(2).equalsIgnoreCase("ago") ? "PAST_REF" : "FUTURE_REF");
    }
    Matcher later = UNITS_LATER.matcher(mentionText);
    boolean offset = later.find();
    String unit = offset ? later.group(2).toLowerCase(Locale.ROOT) : "";
    boolean back = offset && later.group(3).equalsIgnoreCase("earlier");
    boolean years = unit.startsWith("year");
    boolean days = unit.startsWith("day") || unit.startsWith("week");
    // "a year earlier" compares with a period (see reference()). "Two years later" may look a
    // few sentences back; a day, week or month offset is told right after the date it counts
    // from. A weekday counts for days and weeks ("On Sunday ... Two weeks earlier"), not for
    // years, where "said Wednesday" is the telling, not the story.
    String reference = !offset || back && years ? null
        : storyTime(before, e.sentence(), years || !back && !days ? QUARTER_REACH : OFFSET_REACH,
            days);
    if (reference != null) {
      int n = DateRules.count(later.group(1));
      String value = n < 1 ? null : DateRules.offset(reference, back ? -n : n, later.group(2));
      if (value != null) {
        return new FoundDate(mentionText, e.begin(), e.end(), e.sentence(), TimexType.DATE,
            value);
      }
    }
    return null;
  }

  /**
   * SUTime reads "the weakest for any month since January" and "the three months from April" as
   * one expression with an offset value (1997-02, 1996-07). TimeML marks the month (the last
   * such month up to publication: "since" and "from" look back) and, when it counts units, the
   * period as a DURATION. Empty when the expression is no such pair.
   */
  private static List<FoundDate> periodSince(String text, Expression e, String mentionText,
      LocalDate published) {
    Matcher m = PERIOD_SINCE_MONTH.matcher(mentionText);
    if (published == null || !m.matches()) {
      return List.of();
    }
    int month = DateRules.monthNumber(m.group(3));
    if (month < 1) {
      return List.of();
    }
    List<FoundDate> found = new ArrayList<>();
    String period = m.group(1);
    Matcher the = LEADING_THE.matcher(period);
    int periodBegin = e.begin() + (the.find() ? the.end() : 0);
    int periodEnd = e.begin() + m.end(1);
    String duration = DateRules.durationOf(text.substring(periodBegin, periodEnd));
    if (duration != null) {
      found.add(new FoundDate(text.substring(periodBegin, periodEnd), periodBegin, periodEnd,
          e.sentence(), TimexType.DURATION, duration));
    }
    int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
    int monthBegin = e.begin() + m.start(3);
    found.add(new FoundDate(m.group(3), monthBegin, e.end(), e.sentence(), TimexType.DATE,
        String.format(Locale.ROOT, "%d-%02d", year, month)));
    return found;
  }

  /**
   * SUTime joins a period and a date into one expression valued "2000-05 INTERSECT P20Y" ("its
   * lowest level in 20 years in May", "the same six months of 1995", "a designated day on Nov.
   * 1") or "OFFSET PXM INTERSECT 2015-09" ("several months later in September 2015"), which is
   * no TimeML value. TimeML marks the date on its own, and the period as a
   * DURATION when it counts something ("20 years"); a bare "day" is left out. Empty when the
   * expression is not such a pair.
   */
  private static List<FoundDate> periodAndDate(String text, int begin, int end, int sentence,
      String value) {
    Matcher parts = INTERSECT_PARTS.matcher(value);
    Matcher offsetFirst = OFFSET_THEN_CALENDAR.matcher(value);
    Matcher joint = JOINING_PREPOSITION.matcher(text.substring(begin, end));
    if (!(parts.matches() || offsetFirst.matches()) || !joint.find()) {
      return List.of();
    }
    String calendar = parts.matches() ? parts.group(1) : offsetFirst.group(2);
    String duration = parts.matches() ? parts.group(2) : offsetFirst.group(1);
    List<FoundDate> found = new ArrayList<>();
    int periodEnd = begin + joint.start();
    String period = text.substring(begin, periodEnd);
    if (COUNTED_PERIOD.matcher(period).find()) {
      Matcher the = LEADING_THE.matcher(period);
      int periodBegin = begin;
      if (the.find()) {
        periodBegin += the.end();
      }
      found.add(new FoundDate(text.substring(periodBegin, periodEnd), periodBegin, periodEnd,
          sentence, TimexType.DURATION, duration));
    }
    int dateBegin = begin + joint.end();
    if (dateBegin < end) {
      found.add(new FoundDate(text.substring(dateBegin, end), dateBegin, end, sentence,
          TimexType.DATE, calendar));
    }
    return found;
  }

  /**
   * SUTime joins a word before a relative date into one expression valued "2016-09-W37 INTERSECT
   * P13Y" ("killed a 13-year-old last week", "Election Day later this week", "the second this
   * year"), which is no TimeML value. The word is an age, an ordinal or part of a name, not a
   * period: only the date at the end is marked, with its own value. Empty when the expression
   * does not end in such a date.
   */
  private static List<FoundDate> trailingRelativeDate(String text, int begin, int end,
      int sentence, String value) {
    Matcher parts = INTERSECTED_CALENDAR.matcher(value);
    Matcher date = RELATIVE_DATE_AT_END.matcher(text.substring(begin, end));
    if (!parts.matches() || !date.find() || date.start() == 0) {
      return List.of();
    }
    String calendar = parts.group(1) != null ? parts.group(1) : parts.group(4);
    int dateBegin = begin + date.start();
    return List.of(new FoundDate(text.substring(dateBegin, end), dateBegin, end, sentence,
        TimexType.DATE, MONTH_OF_WEEK.matcher(calendar).replaceFirst("$1")));
  }

  /**
   * A bare month after "in", "by", "until" or "before" in a present or open-modal clause ("the
   * museum is closed until May", "talks can resume in June") that SUTime put more than three
   * months before publication: the coming one. The present tells a start or a deadline on the
   * calendar; figures for a month already past are reported within weeks of it, so only a
   * month well back is moved. SUTime takes the nearest month of that name, up to six months
   * back.
   */
  private static boolean isComingMonth(CoreDocument document, Expression e, String text,
      String raw, LocalDate published) {
    Matcher month = MONTH_VALUE.matcher(raw == null ? "" : raw);
    if (!month.matches() || !LIMIT_BEFORE.matcher(
        text.substring(Math.max(0, e.begin() - 8), e.begin())).find()) {
      return false;
    }
    java.time.YearMonth value = java.time.YearMonth.of(Integer.parseInt(month.group(1)),
        Integer.parseInt(month.group(2)));
    return value.isBefore(java.time.YearMonth.from(published).minusMonths(3))
        && TenseFinder.presentOrModal(
            Sentences.basicTree(document.sentences().get(e.sentence())), e.tokens());
  }

  /** "since" (with a determiner at most) ends right before {@code begin}. */
  private static boolean followsSince(String text, int begin) {
    return SINCE_BEFORE.matcher(text.substring(Math.max(0, begin - 30), begin)).find();
  }

  /**
   * The tense that directs a bare weekday, month or day outside a "since" phrase. It is read off a
   * dependency parse, which costs as much as SUTime itself: only for the expressions whose value
   * depends on it.
   */
  private static Tense tenseFor(CoreDocument document, Expression e, String text,
      String mentionText, String raw, LocalDate published) {
    if (published == null || !DateRules.dependsOnTense(mentionText)) {
      return Tense.PRESENT;
    }
    if (BARE_MONTH.matcher(mentionText).matches()
        && CONTRACT_AFTER.matcher(text.substring(e.end(),
            Math.min(text.length(), e.end() + 60))).find()) {
      // "the September Bund future", "December crude contracts": a futures contract is
      // named for its delivery month, which is ahead, whatever tense reports the trading
      return Tense.FUTURE;
    }
    Tense tense = tenseOf(document, e, mentionText);
    if (tense == Tense.PRESENT && BARE_MONTH.matcher(mentionText).matches()
        && isComingMonth(document, e, text, raw, published)) {
      return Tense.FUTURE;
    }
    return tense;
  }

  /** The tense that directs a bare weekday, month or day: its clause's, read off the parse. */
  private static Tense tenseOf(CoreDocument document, Expression e, String mentionText) {
    SemanticGraph tree = Sentences.basicTree(document.sentences().get(e.sentence()));
    Tense tense = TenseFinder.of(tree, e.tokens());
    if (tense != Tense.PRESENT || !DateRules.isWeekday(mentionText)) {
      return tense;
    }
    Tense sentence = TenseFinder.ofTags(document.sentences().get(e.sentence()).tokens());
    if (TenseFinder.modifiesNoun(tree, e.tokens()) && TenseFinder.untensed(tree, e.tokens())) {
      // "Following Monday's debate": no tensed verb dates a weekday inside a noun phrase, so
      // TimeML reads the sentence's tense, and failing that the report's (mostly past in news)
      return sentence != null ? sentence : TenseFinder.dominant(document.tokens());
    }
    if (sentence == Tense.PAST && TenseFinder.underSameTimeInfinitive(tree, e.tokens())) {
      // "were surprised to see the sign on Friday night", "while trying to reverse the car on
      // Saturday night": the infinitive has no tense, and what it tells happened when its
      // frame did, so a sentence told in the past (no future auxiliary) puts the day behind
      return Tense.PAST;
    }
    if (sentence != null && TenseFinder.noVerbInReach(tree, e.tokens())) {
      // "Volume was 840.8 million shares, up from 443.6 million Thursday": the parse hangs the
      // weekday on a number, no verb governs it, and the sentence's tense is the comparison's
      return sentence;
    }
    return tense;
  }

  private static boolean isYearlessDatelineDate(Optional<Dateline> dateline, Expression e) {
    return dateline.isPresent() && dateline.get().date().isEmpty()
        && dateline.get().dateStart() >= 0
        && e.begin() < dateline.get().dateEnd() && dateline.get().dateStart() < e.end();
  }

  /**
   * The last calendar date mentioned up to a few sentences back: the time a narrative speaks of,
   * on which "the following year" is anchored (TimeML's reference time). Null when none.
   */
  private static String narrative(List<FoundDate> before, int sentence) {
    for (int i = before.size() - 1; i >= 0; i--) {
      FoundDate d = before.get(i);
      if (d.sentence() < sentence - QUARTER_REACH) {
        break;
      }
      if (d.type() == TimexType.DATE && d.value() != null
          && NARRATIVE_VALUE.matcher(d.value()).matches()) {
        return d.value();
      }
    }
    return null;
  }

  /**
   * Like {@link #narrative}, but not a date that names the time of speaking ("said Wednesday"):
   * "two years later" counts from the events told, not from the telling (unless
   * {@code speechTimeCounts}). Only dates at most {@code reach} sentences back count.
   */
  private static String storyTime(List<FoundDate> before, int sentence, int reach,
      boolean speechTimeCounts) {
    for (int i = before.size() - 1; i >= 0; i--) {
      FoundDate d = before.get(i);
      if (d.sentence() < sentence - reach) {
        break;
      }
      if (d.type() == TimexType.DATE && d.value() != null
          && NARRATIVE_VALUE.matcher(d.value()).matches()
          && (speechTimeCounts || !SPEECH_TIME.matcher(d.text()).find())) {
        return d.value();
      }
    }
    return null;
  }

  /**
   * "mid-1996" and "mid-November" are one token each with the tokenizer's hyphen setting, and
   * SUTime does not read them: TimeML gives them the year's or month's value (with mod MID).
   */
  private static void addMidPeriods(CoreDocument document, LocalDate published,
      List<FoundDate> dates) {
    for (int s = 0; s < document.sentences().size(); s++) {
      for (CoreLabel token : document.sentences().get(s).tokens()) {
        Matcher mid = MID_PERIOD.matcher(token.word());
        if (!mid.matches() || overlaps(dates, token.beginPosition(), token.endPosition())) {
          continue;
        }
        String value;
        if (mid.group(1) != null) {
          value = mid.group(1);
        } else {
          int month = DateRules.monthNumber(mid.group(2));
          if (month < 1) {
            continue;
          }
          String monthValue = String.format(Locale.ROOT, "%s-%02d",
              published == null ? "XXXX" : Integer.toString(published.getYear()), month);
          if (followsSince(document.text(), token.beginPosition())) {
            // "since mid-December": as any date after "since", never ahead (no parse)
            value = DateRules.since(mid.group(2), monthValue, published, false, null);
          } else {
            Tense tense = TenseFinder.of(Sentences.basicTree(document.sentences().get(s)),
                List.of(token));
            value = DateRules.correct(mid.group(2), monthValue, published, tense, false, null);
          }
        }
        int at = 0;
        while (at < dates.size() && dates.get(at).begin() < token.beginPosition()) {
          at++;
        }
        dates.add(at, new FoundDate(token.originalText(), token.beginPosition(),
            token.endPosition(), s, TimexType.DATE, value));
      }
    }
  }

  /** Year ranges SUTime did not tag ("the 1966-76 Cultural Revolution"): see {@link YearRanges}. */
  private static void addUntaggedYearRanges(CoreDocument document, List<FoundDate> dates) {
    for (FoundDate year : YearRanges.inText(document.text(), at -> sentenceAt(document, at))) {
      if (overlaps(dates, year.begin(), year.end())) {
        continue;
      }
      int at = 0;
      while (at < dates.size() && dates.get(at).begin() < year.begin()) {
        at++;
      }
      dates.add(at, year);
    }
  }

  private static int sentenceAt(CoreDocument document, int offset) {
    for (int s = document.sentences().size() - 1; s > 0; s--) {
      if (document.sentences().get(s).charOffsets().first() <= offset) {
        return s;
      }
    }
    return 0;
  }

  /** Words of a company or economic report, where "first half" is half of a year. */
  private static final Set<String> BUSINESS_WORDS = Set.of("profit", "profits", "earnings",
      "results", "result", "net", "sales", "revenue", "revenues", "loss", "losses", "turnover",
      "income", "dividend", "growth", "output", "figures", "forecast", "economy", "inflation",
      "deficit", "surplus", "exports", "imports", "investment", "spending", "demand");
  /** Words of a match report, where the halves are the match's. */
  private static final Set<String> GAME_WORDS = Set.of("goal", "goals", "match", "minute",
      "minutes", "scored", "score", "striker", "penalty", "team", "game", "games", "player",
      "players", "coach", "season", "half-time", "halftime", "innings", "try", "tries", "kick",
      "shot", "shots", "points", "lead", "led", "inning", "period", "quarterback");
  /**
   * Words of a game played in quarters (basketball, American football): not "led" or "team",
   * which company reports use too.
   */
  private static final Set<String> PLAY_WORDS = Set.of("points", "scored", "score", "game",
      "games", "rebounds", "assists", "touchdown", "touchdowns", "yards", "overtime", "trailed",
      "basket", "baskets", "three-pointer", "buzzer", "interception", "quarterback", "halftime",
      "half-time", "coach");
  /** Words of markets, where points and quarters are an index's and a year's. */
  private static final Set<String> MARKET_WORDS = Set.of("index", "stocks", "shares", "market",
      "markets", "dow", "nasdaq", "bonds", "prices");

  /**
   * "first-half earnings", "growth in the second half": in a report of results or the economy
   * TimeML marks the half of the year (1996-H1), which SUTime does not tag. The year is the
   * publication's, as reports speak of the current year's halves. Not "the first half of 1995"
   * (the year is written: see the year rules) nor in match reports.
   */
  private static void addBusinessHalves(CoreDocument document, LocalDate published,
      List<FoundDate> dates) {
    for (int s = 0; s < document.sentences().size(); s++) {
      List<CoreLabel> tokens = document.sentences().get(s).tokens();
      if (!hasAnyWord(tokens, BUSINESS_WORDS) || hasAnyWord(tokens, GAME_WORDS)) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT)
            : "";
        int last;
        String ordinal;
        if (word.equals("first-half") || word.equals("second-half")) {
          last = i;
          ordinal = word.substring(0, word.indexOf('-'));
        } else if ((word.equals("first") || word.equals("second")) && next.equals("half")) {
          last = i + 1;
          ordinal = word;
        } else {
          continue;
        }
        String after = last + 1 < tokens.size() ? tokens.get(last + 1).word().toLowerCase(
            Locale.ROOT) : "";
        if (after.equals("of") || after.equals("-") || after.matches("\\d{4}")) {
          continue;
        }
        int first = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i;
        int begin = tokens.get(first).beginPosition();
        int end = tokens.get(last).endPosition();
        if (overlaps(dates, begin, end)) {
          continue;
        }
        String year = published == null ? "XXXX" : Integer.toString(published.getYear());
        int at = 0;
        while (at < dates.size() && dates.get(at).begin() < begin) {
          at++;
        }
        dates.add(at, new FoundDate(document.text().substring(begin, end), begin, end, s,
            TimexType.DATE, year + (ordinal.equals("first") ? "-H1" : "-H2")));
      }
    }
  }

  private static boolean hasAnyWord(List<CoreLabel> tokens, Set<String> words) {
    return tokens.stream().anyMatch(t -> words.contains(t.word().toLowerCase(Locale.ROOT)));
  }

  /**
   * "the third quarter", "a fourth-quarter rally", "the end of the third quarter": an ordinal
   * quarter with no year written (SUTime may take a preposition after it into the extent).
   */
  private static final Pattern ORDINAL_QUARTER = Pattern.compile(
      "(?i)^(the |a |an )?((end|start|beginning|middle|close) of the )?"
          + "(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter( before| after)?$");

  /**
   * "scored 12 points in the fourth quarter": in a match report an ordinal quarter is a period
   * of play, which has no calendar value, so TimeML marks no TIMEX (as for the halves of a
   * match). Only in a sentence with words of a game and none of a company, economic or market
   * report, or anywhere in a match report (see {@link #isMatchReport}), where the quarters of
   * the game are also told without such words ("late in the first quarter", a heading "Second
   * Quarter").
   */
  private static boolean isGameQuarter(String words, List<CoreLabel> sentence,
      CoreDocument document) {
    return ORDINAL_QUARTER.matcher(words).matches()
        && !hasAnyWord(sentence, BUSINESS_WORDS) && !hasAnyWord(sentence, MARKET_WORDS)
        && (hasAnyWord(sentence, PLAY_WORDS) || isMatchReport(document));
  }

  /**
   * A match report: words of play in three sentences or more and no word of a company,
   * economic or market report in any sentence.
   */
  private static boolean isMatchReport(CoreDocument document) {
    int play = 0;
    for (var sentence : document.sentences()) {
      List<CoreLabel> tokens = sentence.tokens();
      if (hasAnyWord(tokens, BUSINESS_WORDS) || hasAnyWord(tokens, MARKET_WORDS)) {
        return false;
      }
      play += hasAnyWord(tokens, PLAY_WORDS) ? 1 : 0;
    }
    return play >= 3;
  }

  /**
   * "in the 64th minute", "in the seventh minute", a scorers' list's "(5th and 89th minutes)": a
   * minute of a match's clock, which has no calendar value (TimeML marks no TIMEX), not a time
   * of the day of publication. Also when SUTime joined an ordinal "second" to it ("scored his
   * second in the 70th minute", read as a second of time).
   */
  private static final Pattern MATCH_MINUTE = Pattern.compile(
      "(?i)^(second in |and |or )?(the )?(\\d+(st|nd|rd|th)|" + ORDINAL_WORD + ") minutes?$");
  /**
   * "2:29.34", "finishing second in 2:29.66": a race time in minutes, seconds and hundredths,
   * not a clock time (a clock has no fraction of a second in news). Only the whole expression:
   * in a table row "17.8.90 2:29.34" SUTime joins a real date to it.
   */
  private static final Pattern RACE_TIME = Pattern.compile(
      "^([a-z]+ in )?\\d{1,2}:\\d{2}\\.\\d+$");
  /** "2:37", "12:01": minutes and seconds, or hours and minutes, with no unit or zone. */
  private static final Pattern BARE_CLOCK = Pattern.compile("^\\d{1,2}:\\d{2}$");

  /**
   * A bare "2:37" right after a name ("Sebastian Lindholm (Finland) Ford Escort 2:37", a
   * results row) or before "mark" ("starts around the 2:05 mark" of a recording): a time gap or
   * a place in a recording, with no calendar value (TimeML marks no TIMEX), not a clock time of
   * the day of publication. A clock time follows a preposition ("at 9:30", "by 10:15") or a
   * date ("Tuesday 9:30").
   */
  private static boolean isElapsedTime(CoreLabel before, CoreLabel after) {
    if (after != null && after.word().equalsIgnoreCase("mark")) {
      return true;
    }
    String tag = before == null || before.tag() == null ? "" : before.tag();
    return tag.startsWith("NNP") && !TimeWordInName.isTimeWord(before.word());
  }

  private static final Set<String> SEASON_PLURALS = Set.of("Summers", "Falls", "Winters",
      "Springs", "Autumns");

  /**
   * "Victoria Falls", "Larry Summers": a capitalised plural of a season that ends a run of
   * capitalised words is a name's last word; "summers" as a SET is written in lower case.
   */
  private static boolean isNameWithSeason(List<CoreLabel> tokens) {
    CoreLabel last = tokens.get(tokens.size() - 1);
    if (!SEASON_PLURALS.contains(last.word())) {
      return false;
    }
    // the word before the mention, or inside it: "Victoria" in "Victoria Falls"
    return tokens.size() > 1 || "NNP".equals(last.tag()) || "NNPS".equals(last.tag());
  }

  private static boolean overlaps(List<FoundDate> dates, int begin, int end) {
    return dates.stream().anyMatch(d -> d.begin() < end && begin < d.end());
  }

  /**
   * SUTime's expressions in text order. NER cuts one SUTime expression into several mentions
   * when its words carry different tags ("Thursday" DATE, "evening" TIME): mentions of the same
   * TIMEX with only spaces between are joined back into one.
   */
  private static List<Expression> expressions(CoreDocument document, String text) {
    List<Expression> expressions = new ArrayList<>();
    String lastTid = null;
    // SUTime sometimes splits "the" off "the last twenty four hours": it is given back to the next
    int articleBegin = -1;
    for (CoreEntityMention mention : document.entityMentions()) {
      Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
      int begin = mention.charOffsets().first();
      int end = mention.charOffsets().second();
      boolean followsArticle = articleBegin >= 0 && text.substring(articleBegin, begin).strip()
          .chars().allMatch(Character::isLetter);
      int extendedBegin = followsArticle ? articleBegin : withLeadingThe(text, mention.text(), begin);
      articleBegin = -1;
      if (timex == null || timex.timexType() == null) {
        lastTid = null;
        continue;
      }
      List<CoreLabel> tokens = mention.tokens();
      String singleTag = tokens.size() == 1 ? tokens.get(0).tag() : null;
      if (DateRules.isNoDate(mention.text(), singleTag)
          || isUnfilledClock(mention.text(), timex.value())
          || isName(tokens)
          || isOtherSense(document, tokens, timex.value())
          || DateRules.isImpossibleValue(timex.value())
          || DateRules.isFraction(mention.text(), text.substring(end))
          || insideLink(text, begin, end)) {
        Expression previous = expressions.isEmpty() ? null
            : expressions.get(expressions.size() - 1);
        if (previous != null && timex.tid() != null && timex.tid().equals(lastTid)
            && text.substring(previous.end(), begin).isBlank() && isName(tokens)) {
          // NER cut "Saturday Night Live" into "Saturday" and "Night Live": the whole is a name
          expressions.remove(expressions.size() - 1);
        }
        articleBegin = isArticle(mention.text()) ? begin : -1;
        lastTid = null;
        continue;
      }
      Expression previous = expressions.isEmpty() ? null : expressions.get(expressions.size() - 1);
      if (previous != null && timex.tid() != null && timex.tid().equals(lastTid)
          && text.substring(previous.end(), begin).isBlank()) {
        List<CoreLabel> joined = new ArrayList<>(previous.tokens());
        joined.addAll(tokens);
        expressions.set(expressions.size() - 1, new Expression(previous.begin(), end, joined,
            timex, typeOf(timex).orElse(previous.type()), previous.sentence()));
        continue;
      }
      lastTid = timex.tid();
      Optional<TimexType> type = typeOf(timex);
      if (type.isEmpty()) {
        lastTid = null;
        continue;
      }
      expressions.add(new Expression(extendedBegin, end, tokens, timex, type.get(),
          tokens.get(0).sentIndex()));
    }
    return expressions;
  }

  /**
   * The time a comparison such as "a year earlier" is made against (TimeML's reference time): a
   * calendar date earlier in the same sentence that is not the time of speaking ("for the six
   * months ended Aug. 12 ... a year earlier"), else a quarter in the last few sentences ("third
   * quarter profit rose ... from a year ago"). Null when there is none.
   */
  private static String reference(List<FoundDate> before, int sentence) {
    for (int i = before.size() - 1; i >= 0; i--) {
      FoundDate d = before.get(i);
      if (d.sentence() < sentence - QUARTER_REACH) {
        break;
      }
      if (d.type() != TimexType.DATE || d.value() == null || COMPARISON.matcher(d.text()).find()) {
        continue;
      }
      if (d.sentence() == sentence && CALENDAR_VALUE.matcher(d.value()).matches()
          && !SPEECH_TIME.matcher(d.text()).find()) {
        return d.value();
      }
      if (QUARTER_VALUE.matcher(d.value()).matches()) {
        return d.value();
      }
    }
    return null;
  }

  /**
   * "at the last minute", "this hour", "the Second" (an amendment): a unit word SUTime made a
   * clock time it could not fill (TXX:XX); it names no time a reader could place.
   */
  private static boolean isUnfilledClock(String text, String value) {
    return value != null && UNFILLED_CLOCK.matcher(value).find()
        && CLOCK_UNIT_END.matcher(text.strip()).find()
        && text.chars().noneMatch(Character::isDigit);
  }

  /**
   * A time word in another sense: the ordinal "a second" before a noun ("a second term", "A
   * second man"; "for a second, ..." and "a second later" stay), the adjective "past" ("his past
   * comments", "in past periods"; "the past" is TimeML's PAST_REF and SUTime includes the
   * "the"), and "present" as a verb or adjective ("to present their claims", "lawfully present",
   * "the present government"; "at present" and "the present" on their own stay); the modal
   * "may" before a verb; the noun "fall" for a drop ("a fall", "Trump's fall", "a free fall").
   */
  private static boolean isOtherSense(CoreDocument document, List<CoreLabel> tokens,
      String value) {
    String words = tokens.stream().map(CoreLabel::word)
        .collect(java.util.stream.Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    List<CoreLabel> sentence = document.sentences().get(tokens.get(0).sentIndex()).tokens();
    int first = tokens.get(0).index() - 1;
    int last = tokens.get(tokens.size() - 1).index() - 1;
    CoreLabel before = first > 0 && first <= sentence.size() ? sentence.get(first - 1) : null;
    CoreLabel after = last + 1 < sentence.size() ? sentence.get(last + 1) : null;
    String afterTag = after == null || after.tag() == null ? "" : after.tag();
    boolean nounAfter = afterTag.startsWith("NN") || afterTag.startsWith("JJ")
        || afterTag.equals("CD") || afterTag.equals("VBN");
    if ("PT1S".equals(value) && (words.equals("a second") || words.equals("second"))) {
      return nounAfter;
    }
    if (tokens.size() > 1 && tokens.get(0).word().equals("may")
        && "MD".equals(tokens.get(0).tag())) {
      // "the attacks may end up strengthening": the modal, which SUTime read as "the end of May"
      return true;
    }
    if (words.equals("may") && after != null && MODAL_FOLLOWERS.contains(after.word())) {
      // a title-case headline's modal ("Voters May Not Care", "Rates May Be Cut"): a month is
      // never followed by "not" or a bare "be"; "Have" only in title case, as "sales in May
      // have risen" is the month
      return true;
    }
    if (value != null && value.endsWith("-FA") && words.equals("fall") && before != null) {
      // "a fall on the head", "Trump's fall in Iowa", "a free fall": the noun for a drop;
      // before a noun it is the season ("its fall average", "Trump's fall campaign")
      String tag = before.tag() == null ? "" : before.tag();
      String previous = before.word().toLowerCase(Locale.ROOT);
      return !afterTag.startsWith("NN") && (previous.equals("a") || previous.equals("free")
          || tag.equals("POS") || tag.equals("PRP$"));
    }
    if (BARE_CLOCK.matcher(words).matches() && value != null && value.contains("T")
        && isElapsedTime(before, after)) {
      return true;
    }
    if (isGameQuarter(words, sentence, document) || MATCH_MINUTE.matcher(words).matches()
        || RACE_TIME.matcher(words).matches() || isNameWithSeason(tokens)) {
      return true;
    }
    if ("PAST_REF".equals(value) && words.equals("past")) {
      return before == null || !before.word().equalsIgnoreCase("the");
    }
    if ("PRESENT_REF".equals(value) && words.equals("present")) {
      String previous = before == null ? "" : before.word().toLowerCase(Locale.ROOT);
      return !(previous.equals("at") || (previous.equals("the") && !nounAfter));
    }
    return false;
  }

  /**
   * A web address or a link's text around the expression ("pic.twitter.com/U7PMa4oNGN",
   * "https://example.org/news/2019-10-pier.html"): pages carry embedded posts and bare links,
   * whose letters and digits SUTime reads as clock times and months. An address names a
   * document, not a time, so TimeML marks nothing in it.
   */
  private static boolean insideLink(String text, int begin, int end) {
    if (text.substring(begin, end).chars().anyMatch(Character::isWhitespace)) {
      // the expression goes on past the address ("... on Friday"): not the address's alone
      return false;
    }
    int from = begin;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    return LINK.matcher(text.substring(from, to)).find();
  }

  /**
   * A time word that begins a name: "Jan Siemerink", "April Ryan", "Morning Consult", "Daily
   * Caller". SUTime tags the whole name; a date in capitals ends in a time word ("Labor Day",
   * "Easter Monday", "New Year's Eve"), a name does not.
   */
  private static boolean isName(List<CoreLabel> tokens) {
    if (tokens.size() < 2) {
      return false;
    }
    CoreLabel first = tokens.get(0);
    CoreLabel last = tokens.get(tokens.size() - 1);
    return TimeWordInName.isTimeWord(first.word()) && !TimeWordInName.isTimeWord(last.word())
        && tokens.stream().allMatch(t -> t.word().length() > 1
            && Character.isUpperCase(t.word().charAt(0))
            && t.word().chars().skip(1).anyMatch(Character::isLowerCase)
            && t.word().chars().allMatch(c -> Character.isLetter(c) || c == '.'));
  }

  private static Optional<TimexType> typeOf(Timex timex) {
    try {
      return Optional.of(TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException notAContractType) {
      return Optional.empty();
    }
  }

  /** SUTime leaves "the" out of "the summer"; TimeML, like readers, keeps it in the extent. */
  private static int withLeadingThe(String text, String mention, int begin) {
    boolean season = SEASONS.contains(mention.toLowerCase(Locale.ROOT));
    int theStart = begin - 4;
    return season && theStart >= 0
        && text.substring(theStart, begin).equalsIgnoreCase("the ")
        && (theStart == 0 || !Character.isLetter(text.charAt(theStart - 1))) ? theStart : begin;
  }

  /** Words after "May" that make it the modal: "may not", "May Be", "May Have" (title case). */
  private static final Set<String> MODAL_FOLLOWERS = Set.of("not", "Not", "be", "Be", "Have",
      "n't");

  private static final Set<String> SEASONS = Set.of("summer", "autumn", "fall", "winter", "spring");

  private static boolean mentionsQuarter(List<CoreLabel> tokens) {
    return tokens.stream().anyMatch(t -> t.word().toLowerCase(Locale.ROOT).contains("quarter"));
  }

  private static boolean isArticle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("the") || lower.equals("a") || lower.equals("an");
  }
}
