package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.TimexType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRulesTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(1990, 8, 15);

  private static String correct(String text, String value, Tense tense) {
    return DateRules.correct(text, value, WEDNESDAY, tense, false);
  }

  @Test
  void pastTenseWeekdayIsTheOneBeforePublication() {
    assertThat(correct("Friday", "1990-08-17", Tense.PAST)).isEqualTo("1990-08-10");
  }

  @Test
  void futureTenseWeekdayIsTheOneAfterPublication() {
    assertThat(correct("Monday", "1990-08-13", Tense.FUTURE)).isEqualTo("1990-08-20");
  }

  @Test
  void presentTenseWeekdayKeepsSutimeValue() {
    assertThat(correct("Friday", "1990-08-17", Tense.PRESENT)).isEqualTo("1990-08-17");
  }

  @Test
  void pastTenseMonthIsNotAfterPublication() {
    assertThat(correct("December", "1990-12", Tense.PAST)).isEqualTo("1989-12");
  }

  @Test
  void futureTenseMonthIsNotBeforePublication() {
    assertThat(correct("May", "1990-05", Tense.FUTURE)).isEqualTo("1991-05");
  }

  @Test
  void yearsAgoIsAYear() {
    assertThat(correct("two years ago", "1988-08-15", Tense.PAST)).isEqualTo("1988");
  }

  @Test
  void monthsAgoIsAMonth() {
    assertThat(correct("five months ago", "1990-03-15", Tense.PAST)).isEqualTo("1990-03");
  }

  @Test
  void aYearAgoKeepsItsDay() {
    assertThat(correct("a year ago", "1989-08-15", Tense.PAST)).isEqualTo("1989-08-15");
  }

  @Test
  void decadeAndCenturyAreWrittenAsTimeMlDoes() {
    assertThat(correct("the late 1970s", "197X", Tense.PAST)).isEqualTo("197");
    assertThat(correct("the 20th century", "19XX", Tense.PAST)).isEqualTo("19");
  }

  @Test
  void pastTenseQuarterIsTheLastFinishedOne() {
    assertThat(correct("the quarter", "1990-Q3", Tense.PAST)).isEqualTo("1990-Q2");
    assertThat(correct("the latest quarter", "PXM", Tense.PAST)).isEqualTo("1990-Q2");
  }

  @Test
  void yearAgoQuarterIsTheLastFinishedQuarterAYearBefore() {
    assertThat(correct("the year-ago quarter", "1990-Q3", Tense.PAST)).isEqualTo("1989-Q2");
    assertThat(DateRules.correct("a year earlier", "1989-08-15", WEDNESDAY, Tense.PAST, true))
        .isEqualTo("1989-Q2");
  }

  @Test
  void pastTenseOrdinalQuarterNotYetBegunIsLastYears() {
    assertThat(correct("the fourth quarter", "1990-Q4", Tense.PAST)).isEqualTo("1989-Q4");
    assertThat(correct("the second quarter", "1990-Q2", Tense.PAST)).isEqualTo("1990-Q2");
  }

  @Test
  void ordinalQuarterAYearAheadInAPresentOrFutureClauseIsThisYearsWhileItLasts() {
    // published 1990-08-15: the third and fourth quarters of 1990 have not ended
    assertThat(correct("the fourth quarter", "1991-Q4", Tense.FUTURE)).isEqualTo("1990-Q4");
    assertThat(correct("the third quarter", "1991-Q3", Tense.PRESENT)).isEqualTo("1990-Q3");
    // the first quarter of 1990 is over: the coming one is next year's
    assertThat(correct("the first quarter", "1991-Q1", Tense.FUTURE)).isEqualTo("1991-Q1");
  }

  @Test
  void withoutPublicationDateOnlyNotationChanges() {
    assertThat(DateRules.correct("Friday", "XXXX-WXX-5", null, Tense.PAST, false))
        .isEqualTo("XXXX-WXX-5");
  }

  @Test
  void vagueWordsAgesAndTimeWordsInNamesAreNoDates() {
    assertThat(DateRules.isNoDate("previously", "RB")).isTrue();
    assertThat(DateRules.isNoDate("52 years old", null)).isTrue();
    assertThat(DateRules.isNoDate("Daily", "NNP")).isTrue();
    assertThat(DateRules.isNoDate("Day", "NNP")).isTrue();
    assertThat(DateRules.isNoDate("last year", null)).isFalse();
  }

  @Test
  void hyphenatedAgesAreNoDurations() {
    assertThat(DateRules.isNoDate("6-year-old", "JJ")).isTrue();
    assertThat(DateRules.isNoDate("six-month-old", "JJ")).isTrue();
    assertThat(DateRules.isNoDate("three-year", "JJ")).isFalse();
  }

  @Test
  void frequencyWordsAreSetsAlsoInsideNounPhrases() {
    // TimeML: "daily flights", "a quarterly dividend" carry a SET; only names lose them
    assertThat(DateRules.isNoDate("daily", "JJ")).isFalse();
    assertThat(DateRules.isNoDate("quarterly", "JJ")).isFalse();
    assertThat(DateRules.isNoDate("weekly", "RB")).isFalse();
  }

  @Test
  void aQuarterOfSomethingIsAFraction() {
    assertThat(DateRules.isFraction("three-quarters", " of its food")).isTrue();
    assertThat(DateRules.isFraction("more than a quarter", " of the market")).isTrue();
    assertThat(DateRules.isFraction("a quarter", ", sales rose")).isFalse();
    assertThat(DateRules.isFraction("the quarter", " of 1989")).isFalse();
  }

  @Test
  void aQuarterAfterALowerOrUpperBoundIsAFraction() {
    assertThat(DateRules.isFraction("at least a quarter", " of the orchard's trees")).isTrue();
    assertThat(DateRules.isFraction("just under a quarter", " of the seats")).isTrue();
    assertThat(DateRules.isFraction("at least a quarter", ", the mill said")).isFalse();
  }

  @Test
  void dayOfMonthFollowsTenseByMonth() {
    // published Wed 15 Aug 1990
    assertThat(correct("March 31", "1991-03-31", Tense.PAST)).isEqualTo("1990-03-31");
    assertThat(correct("Nov. 20", "1989-11-20", Tense.PAST)).isEqualTo("1989-11-20");
    assertThat(correct("Aug. 20", "1989-08-20", Tense.PAST)).isEqualTo("1990-08-20");
    assertThat(correct("Jan. 2", "1990-01-02", Tense.FUTURE)).isEqualTo("1991-01-02");
    assertThat(correct("Dec. 7", "1990-12-07", Tense.PRESENT)).isEqualTo("1990-12-07");
    assertThat(correct("March 31", "1991-03-31", Tense.PRESENT)).isEqualTo("1990-03-31");
  }

  @Test
  void lastAndNextMonthAreTheNearestBeforeAndAfter() {
    assertThat(correct("last April", "1989-04", Tense.PAST)).isEqualTo("1990-04");
    assertThat(correct("last August", "1990-08", Tense.PAST)).isEqualTo("1989-08");
    assertThat(correct("next March", "1990-03", Tense.FUTURE)).isEqualTo("1991-03");
  }

  @Test
  void weekendFollowsTense() {
    assertThat(correct("the weekend", "1990-W33-WE", Tense.PAST)).isEqualTo("1990-W32-WE");
    assertThat(correct("the weekend", "1990-W33-WE", Tense.FUTURE)).isEqualTo("1990-W33-WE");
  }

  @Test
  void partOfDayAndClockTimeKeepTheWeekdaysDirection() {
    assertThat(correct("Friday night", "1990-08-17TNI", Tense.PAST)).isEqualTo("1990-08-10TNI");
    assertThat(correct("noon Monday", "1990-08-13T12:00", Tense.FUTURE))
        .isEqualTo("1990-08-20T12:00");
  }

  @Test
  void namedZoneOffsetIsLeftOut() {
    assertThat(correct("5 p.m. EST Aug. 20", "1990-08-20T17:00-0500", Tense.FUTURE))
        .isEqualTo("1990-08-20T17:00");
  }

  @Test
  void recentAndComingPeriodsAreVagueDates() {
    assertThat(correct("recent years", "PXY", Tense.PAST)).isEqualTo("PAST_REF");
    assertThat(correct("coming months", "PXM", Tense.FUTURE)).isEqualTo("FUTURE_REF");
    assertThat(DateRules.correctType("in recent years".substring(3), TimexType.DURATION))
        .isEqualTo(TimexType.DATE);
    assertThat(correct("the next few days", "PXD", Tense.FUTURE)).isEqualTo("PXD");
  }

  @Test
  void quartersAreCountedInQuarters() {
    assertThat(correct("the past two quarters", "P6M", Tense.PAST)).isEqualTo("P2Q");
    assertThat(correct("several quarters", "PXM", Tense.PAST)).isEqualTo("PXQ");
  }

  @Test
  void aYearEarlierComparesWithTheSentencesReferencePeriod() {
    assertThat(DateRules.correct("a year earlier", "1989-08-15", WEDNESDAY, Tense.PAST, false,
        "1990-08-12")).isEqualTo("1989-08-12");
    assertThat(DateRules.correct("a year ago", "1989-08-15", WEDNESDAY, Tense.PAST, false,
        "1990-Q2")).isEqualTo("1989-Q2");
  }

  @Test
  void theSameMonthAYearEarlierIsTheReferenceMonthAYearBack() {
    assertThat(DateRules.correct("the same month a year earlier", "1989-08", WEDNESDAY,
        Tense.PAST, false, "1990-07")).isEqualTo("1989-07");
    assertThat(DateRules.correct("the same month last year", "1989-08", WEDNESDAY, Tense.PAST,
        false, "1990-07-31")).isEqualTo("1989-07");
    assertThat(DateRules.correct("the same period last year", "1989", WEDNESDAY, Tense.PAST,
        false, "1990-Q2")).isEqualTo("1989-Q2");
  }

  @Test
  void yearAgoOrdinalQuarterIsThatQuarterAYearBefore() {
    assertThat(correct("the year-ago third quarter", "1990-Q3", Tense.PAST)).isEqualTo("1989-Q3");
    assertThat(correct("the year-earlier second quarter", "1990-Q2", Tense.PAST))
        .isEqualTo("1989-Q2");
  }

  @Test
  void fiscalOrdinalQuarterNotYetBegunIsLastYears() {
    assertThat(correct("the fiscal fourth quarter", "1990-Q4", Tense.PAST)).isEqualTo("1989-Q4");
  }

  @Test
  void followingAndPreviousPeriodsCountFromTheNarrativesDate() {
    assertThat(DateRules.relativeToReference("the following year", "1995-05-22"))
        .isEqualTo("1996");
    assertThat(DateRules.relativeToReference("The following month", "1989-03"))
        .isEqualTo("1989-04");
    assertThat(DateRules.relativeToReference("the previous day", "1990-03-01"))
        .isEqualTo("1990-02-28");
    assertThat(DateRules.relativeToReference("the following month", "1989")).isNull();
    assertThat(DateRules.relativeToReference("the following year", null)).isNull();
    assertThat(DateRules.relativeToReference("next year", "1995-05-22")).isNull();
  }

  @Test
  void theSameOrThatSamePeriodIsTheNarrativesOwn() {
    assertThat(DateRules.relativeToReference("the same month", "2007-09")).isEqualTo("2007-09");
    assertThat(DateRules.relativeToReference("That same year", "2007-09-14")).isEqualTo("2007");
    assertThat(DateRules.relativeToReference("the same day", "2007-09-14"))
        .isEqualTo("2007-09-14");
    // no date told before: SUTime's value stays
    assertThat(DateRules.relativeToReference("the same day", null)).isNull();
  }

  @Test
  void lowerCaseWedIsTheVerb() {
    assertThat(DateRules.isNoDate("wed", "VBD")).isTrue();
    assertThat(DateRules.isNoDate("Wed", "NNP")).isFalse();
  }

  @Test
  void rangesAndSeveralUnitsAreAnUnknownNumberOfUnits() {
    assertThat(correct("two to six days", "P2D/P6D", Tense.PRESENT)).isEqualTo("PXD");
    assertThat(correct("the next 12 to 18 months", "(REF,UNKNOWN,P12M/P18M)", Tense.FUTURE))
        .isEqualTo("PXM");
    assertThat(correct("the next several days", "1990-08-15/1990-08-16", Tense.PRESENT))
        .isEqualTo("PXD");
    assertThat(correct("the past few quarters", "1990-04-15/1990-07-15", Tense.PAST))
        .isEqualTo("PXQ");
    assertThat(DateRules.typeOfValue("PXD", TimexType.DATE)).isEqualTo(TimexType.DURATION);
    assertThat(DateRules.typeOfValue("P1D", TimexType.SET)).isEqualTo(TimexType.SET);
  }

  @Test
  void recentIsThePastAndAMonthAgoAMonth() {
    assertThat(correct("recent", "PTXS", Tense.PRESENT)).isEqualTo("PAST_REF");
    assertThat(DateRules.typeOfValue("PAST_REF", TimexType.DURATION)).isEqualTo(TimexType.DATE);
    assertThat(correct("a month ago", "1990-07-15", Tense.PAST)).isEqualTo("1990-07");
  }

  @Test
  void halvesOfAYearAreH1AndH2() {
    assertThat(correct("the second half of 1989", "1989", Tense.PAST)).isEqualTo("1989-H2");
    assertThat(correct("the first half of 1991", "1991", Tense.FUTURE)).isEqualTo("1991-H1");
  }

  @Test
  void yearlessDatelineDayIsTheLastOneOnOrBeforePublication() {
    assertThat(DateRules.filingDay("1998-03-12", LocalDate.of(1998, 3, 13)))
        .isEqualTo("1998-03-12");
    assertThat(DateRules.filingDay("XXXX-12-31", LocalDate.of(1999, 1, 1)))
        .isEqualTo("1998-12-31");
    assertThat(DateRules.filingDay("2000-01-02", LocalDate.of(1999, 1, 1)))
        .isEqualTo("1999-01-02");
    assertThat(DateRules.filingDay("XXXX-02-29", LocalDate.of(2001, 3, 1)))
        .isEqualTo("2000-02-29");
  }

  @Test
  void aWeekdaysPartsInThePluralAreASet() {
    assertThat(DateRules.weeklyPartOfDay("Tuesday nights")).isEqualTo("XXXX-WXX-2TNI");
    assertThat(DateRules.weeklyPartOfDay("Sunday mornings")).isEqualTo("XXXX-WXX-7TMO");
    assertThat(DateRules.weeklyPartOfDay("Tuesday night")).isNull();
  }

  @Test
  void onlyWeekdaysMonthsDaysWeekendsAndQuartersNeedTheTense() {
    assertThat(DateRules.dependsOnTense("Friday night")).isTrue();
    assertThat(DateRules.dependsOnTense("December")).isTrue();
    assertThat(DateRules.dependsOnTense("Dec. 7")).isTrue();
    assertThat(DateRules.dependsOnTense("the weekend")).isTrue();
    assertThat(DateRules.dependsOnTense("the latest quarter")).isTrue();
    assertThat(DateRules.dependsOnTense("the third quarter")).isTrue();
    assertThat(DateRules.dependsOnTense("1989")).isFalse();
    assertThat(DateRules.dependsOnTense("three years")).isFalse();
    assertThat(DateRules.dependsOnTense("last year")).isFalse();
    assertThat(DateRules.dependsOnTense("March 12, 1998")).isFalse();
  }

  @Test
  void lastSeasonIsTheLatestOneThatHasEnded() {
    LocalDate august = LocalDate.of(1996, 8, 20);
    assertThat(DateRules.correct("last spring", "1995-SP", august, Tense.PAST, false))
        .isEqualTo("1996-SP");
    assertThat(DateRules.correct("last summer", "1995-SU", august, Tense.PAST, false))
        .isEqualTo("1995-SU");
    assertThat(DateRules.correct("last spring", "1995-SP", LocalDate.of(1996, 4, 2), Tense.PAST,
        false)).isEqualTo("1995-SP");
  }

  @Test
  void nextSeasonIsTheFirstOneNotBegun() {
    LocalDate march = LocalDate.of(1998, 3, 12);
    assertThat(DateRules.correct("next fall", "1999-FA", march, Tense.FUTURE, false))
        .isEqualTo("1998-FA");
    assertThat(DateRules.correct("next spring", "1999-SP", march, Tense.FUTURE, false))
        .isEqualTo("1999-SP");
  }

  @Test
  void thisPastWeekendAndWeekAreTheOnesBeforePublication() {
    // Thursday 8 September 2016: the weekend of 3-4 September is in ISO week 35
    LocalDate thursday = LocalDate.of(2016, 9, 8);
    assertThat(DateRules.correct("this past weekend", "2016-W36-WE", thursday, Tense.PRESENT,
        false)).isEqualTo("2016-W35-WE");
    assertThat(DateRules.correct("this past week", "2016-W36", thursday, Tense.PRESENT, false))
        .isEqualTo("2016-W35");
  }

  @Test
  void decadesAgoIsADecade() {
    assertThat(correct("nearly a decade ago", "1980-08-15", Tense.PAST)).isEqualTo("198");
  }

  @Test
  void aLongCountOfYearsAgoIsAYearNotADay() {
    // published 1990-08-15: SUTime counts back to the day, before year 1 as after it
    assertThat(correct("some 3,000 years ago", "-1010-08-15", Tense.PAST)).isEqualTo("-1010");
    assertThat(correct("about 40,000 years ago", "-38010-08-15", Tense.PAST))
        .isEqualTo("-38010");
  }

  @Test
  void anOrdinalCenturyIsThatCenturyAfterMidOrBeforeAPlural() {
    assertThat(correct("the mid-18th century", "20XX", Tense.PAST)).isEqualTo("17");
    assertThat(correct("early 19th centuries", "3821", Tense.PAST)).isEqualTo("18");
    assertThat(correct("the 1st century", "00XX", Tense.PAST)).isEqualTo("00");
  }

  @Test
  void centuriesAgoIsACenturyAndDecadesEarlierADecade() {
    assertThat(correct("a century ago", "1890-08-15", Tense.PAST)).isEqualTo("18");
    assertThat(correct("three centuries ago", "1690-08-15", Tense.PAST)).isEqualTo("16");
    assertThat(correct("more than two decades earlier", "1970-08-15", Tense.PAST))
        .isEqualTo("197");
  }

  @Test
  void thePastOrLastDecadeIsTheDecadeBeforePublication() {
    assertThat(correct("the last decade", "199X", Tense.PAST)).isEqualTo("198");
    assertThat(correct("the past decade", "199X", Tense.PRESENT)).isEqualTo("198");
  }

  @Test
  void aDecadeCenturiesAheadIsAModelNumber() {
    assertThat(DateRules.isFarFutureDecade("408X", WEDNESDAY)).isTrue();
    assertThat(DateRules.isFarFutureDecade("203X", WEDNESDAY)).isFalse();
    assertThat(DateRules.isFarFutureDecade("196X", WEDNESDAY)).isFalse();
  }

  @Test
  void countedUnitsAreDurationsAndCountFromAReference() {
    assertThat(DateRules.durationOf("120 hours")).isEqualTo("PT120H");
    assertThat(DateRules.durationOf("three years")).isEqualTo("P3Y");
    assertThat(DateRules.durationOf("ten minutes")).isEqualTo("PT10M");
    assertThat(DateRules.durationOf("the year")).isNull();
    assertThat(DateRules.later("2014", "two", "years")).isEqualTo("2016");
    assertThat(DateRules.later("2014-11-30", "a", "year")).isEqualTo("2015");
    assertThat(DateRules.later("2014-11", "three", "months")).isEqualTo("2015-02");
    assertThat(DateRules.later("2014", "three", "months")).isNull();
  }

  @Test
  void offsetsFromAStoryDateKeepTheUnitsGranularity() {
    assertThat(DateRules.offset("2014-11-14", 4, "days")).isEqualTo("2014-11-18");
    assertThat(DateRules.offset("2014-11-14", -2, "weeks")).isEqualTo("2014-W44");
    assertThat(DateRules.offset("2014-11-14", -1, "month")).isEqualTo("2014-10");
    assertThat(DateRules.offset("2014-11", 3, "days")).isNull();
    assertThat(DateRules.offset("2014-11-14T20:00", 1, "day")).isNull();
  }

  @Test
  void theNextDayFollowsTheStorysDateButTheNextYearIsNoAnaphor() {
    assertThat(DateRules.relativeToReference("the next day", "2003-07-09")).isEqualTo("2003-07-10");
    assertThat(DateRules.relativeToReference("the next year", "2003-07-09")).isNull();
  }

  @Test
  void theLastYearIsTheYearBeforePublication() {
    assertThat(correct("the last year", "1990", Tense.PRESENT)).isEqualTo("1989");
  }

  @Test
  void aFewYearsFromNowIsAnIndefiniteFuture() {
    assertThat(correct("a few years from now", "1991", Tense.PRESENT)).isEqualTo("FUTURE_REF");
  }

  @Test
  void halfOfThisYearIsAHalf() {
    assertThat(correct("the second half of this year", "1990", Tense.PRESENT))
        .isEqualTo("1990-H2");
    assertThat(correct("the first half of next year", "1991", Tense.FUTURE))
        .isEqualTo("1991-H1");
  }

  @Test
  void decadeWithoutCenturyIsTheLatestBegun() {
    assertThat(correct("'80s", "XX8X", Tense.PAST)).isEqualTo("198");
    assertThat(DateRules.correct("'10s", "XX1X", LocalDate.of(2016, 5, 2), Tense.PAST, false))
        .isEqualTo("201");
  }

  @Test
  void bowlingFiguresLowerCaseModalsAndNegativeDurationsAreNoDates() {
    assertThat(DateRules.isNoDate("7-1-24-0", null)).isTrue();
    assertThat(DateRules.isNoDate("may", "MD")).isTrue();
    assertThat(DateRules.isNoDate("May", "NNP")).isFalse();
    assertThat(DateRules.isImpossibleValue("PT-66383568H")).isTrue();
    assertThat(DateRules.isImpossibleValue("PT48H")).isFalse();
  }

  @Test
  void weekdayInTheWeekOfADay() {
    assertThat(DateRules.sameWeek("1990-08-14", "Wednesday")).isEqualTo("1990-08-15");
    assertThat(DateRules.sameWeek("1990-08-14", "Sunday")).isEqualTo("1990-08-19");
  }

  @Test
  void unresolvedNextWeekIsTheWeekAfterPublication() {
    assertThat(DateRules.correct("next week", "NEXT P1W", LocalDate.of(2015, 12, 31),
        Tense.FUTURE, false)).isEqualTo("2016-W01");
    assertThat(DateRules.correct("last month", "PREV P1M", LocalDate.of(2016, 1, 5),
        Tense.PAST, false)).isEqualTo("2015-12");
  }

  @Test
  void earlyOrLateWeekdayFollowsTheTenseLikeABareOne() {
    assertThat(correct("late Thursday", "1990-08-16", Tense.PAST)).isEqualTo("1990-08-09");
    assertThat(correct("early Sunday morning", "1990-08-19TMO", Tense.PAST))
        .isEqualTo("1990-08-12TMO");
    assertThat(correct("early Friday", "1990-08-10", Tense.FUTURE)).isEqualTo("1990-08-17");
  }

  @Test
  void earlyHoursOfADayAreThatDay() {
    assertThat(correct("the early hours of Sunday", "1990-08-19-WXX-7 INTERSECT PTXH",
        Tense.PAST)).isEqualTo("1990-08-12");
    assertThat(correct("the small hours of Monday morning",
        "1990-08-13-WXX-1TMO INTERSECT PTXH", Tense.PAST)).isEqualTo("1990-08-13TMO");
  }

  @Test
  void unresolvedLastAndNextWeekdayCountFromPublication() {
    assertThat(correct("last Friday", "PREV XXXX-WXX-5", Tense.PAST)).isEqualTo("1990-08-10");
    assertThat(correct("next Monday", "NEXT XXXX-WXX-1", Tense.FUTURE)).isEqualTo("1990-08-20");
  }

  @Test
  void spanOfDaysWithACountIsThePeriod() {
    assertThat(correct("this past seven years", "1983-08-15/1990-08-15", Tense.PRESENT))
        .isEqualTo("P7Y");
  }

  @Test
  void pluralAgesAreNoDates() {
    assertThat(DateRules.isNoDate("eight-year-olds", null)).isTrue();
    assertThat(DateRules.isNoDate("the 17-year-olds", null)).isTrue();
    assertThat(DateRules.isNoDate("eight years", null)).isFalse();
  }

  @Test
  void todayLeftAsAnOffsetIsThePublicationDay() {
    assertThat(correct("today", "THIS P1D", Tense.PRESENT)).isEqualTo("1990-08-15");
  }

  @Test
  void monthAheadIsTheFirstOneOnOrAfterPublication() {
    // written in August: "will reopen at the end of August" is this August, not next year's
    assertThat(correct("the end of August", "1991-08", Tense.FUTURE)).isEqualTo("1990-08");
    assertThat(correct("the end of August", "1991-08", Tense.PRESENT)).isEqualTo("1990-08");
    assertThat(correct("October", "1990-10", Tense.FUTURE)).isEqualTo("1990-10");
  }

  @Test
  void decimalSecondsKeepTheirFraction() {
    assertThat(correct("9.87 seconds", "PT9S", Tense.PAST)).isEqualTo("PT9.87S");
    assertThat(correct("0.05 seconds", "PT0S", Tense.PAST)).isEqualTo("PT0.05S");
    assertThat(correct("about 3.5 seconds", "PT3S", Tense.PAST)).isEqualTo("PT3.5S");
    assertThat(correct("12 seconds", "PT12S", Tense.PAST)).isEqualTo("PT12S");
    // another count than SUTime's: left as it is
    assertThat(correct("1.5 seconds", "PT2S", Tense.PAST)).isEqualTo("PT2S");
  }

  @Test
  void thePastOrLastWeekIsTheWeekBeforePublication() {
    // Wednesday 12 June 2019 is in ISO week 24
    LocalDate wednesday = LocalDate.of(2019, 6, 12);
    assertThat(DateRules.correct("the past week", "2019-W24", wednesday, Tense.PRESENT, false))
        .isEqualTo("2019-W23");
    assertThat(DateRules.correct("The last week", "2019-W24", wednesday, Tense.PAST, false))
        .isEqualTo("2019-W23");
  }

  @Test
  void bowlingFiguresWithAPartOverAreNoDate() {
    assertThat(DateRules.isNoDate("21.3-4-66-2", null)).isTrue();
    assertThat(DateRules.isNoDate("18-2-59-1", null)).isTrue();
  }

  @Test
  void aDateAfterSinceIsNeverAheadOfPublication() {
    // Tuesday 5 November 2024
    LocalDate published = LocalDate.of(2024, 11, 5);
    assertThat(DateRules.since("Nov. 20", "2024-11-20", published, false, null))
        .isEqualTo("2023-11-20");
    assertThat(DateRules.since("December", "2024-12", published, false, null))
        .isEqualTo("2023-12");
    assertThat(DateRules.since("Friday", "2024-11-08", published, false, null))
        .isEqualTo("2024-11-01");
    // a holiday takes no tense
    assertThat(DateRules.since("Christmas", "2024-12-25", published, false, null))
        .isEqualTo("2023-12-25");
    // behind already, or with its year written: as it is
    assertThat(DateRules.since("March", "2024-03", published, false, null))
        .isEqualTo("2024-03");
    assertThat(DateRules.since("Nov. 20, 2024", "2024-11-20", published, false, null))
        .isEqualTo("2024-11-20");
  }

  @Test
  void aDateAfterSinceIsReadInThePastTense() {
    // Tuesday 5 November 2024; SUTime's values, ahead as a present or future clause leaves them
    LocalDate published = LocalDate.of(2024, 11, 5);
    assertThat(DateRules.since("Friday night", "2024-11-08TNI", published, false, null))
        .isEqualTo("2024-11-01TNI");
    assertThat(DateRules.since("the weekend", "2024-W45-WE", published, false, null))
        .isEqualTo("2024-W44-WE");
    LocalDate february = LocalDate.of(2024, 2, 14);
    assertThat(DateRules.since("the third quarter", "2024-Q3", february, false, null))
        .isEqualTo("2023-Q3");
  }
}
