package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
  void withoutPublicationDateOnlyNotationChanges() {
    assertThat(DateRules.correct("Friday", "XXXX-WXX-5", null, Tense.PAST, false))
        .isEqualTo("XXXX-WXX-5");
  }

  @Test
  void vagueWordsAgesAndFrequencyAdjectivesAreNoDates() {
    assertThat(DateRules.isNoDate("previously", "RB")).isTrue();
    assertThat(DateRules.isNoDate("52 years old", null)).isTrue();
    assertThat(DateRules.isNoDate("quarterly", "JJ")).isTrue();
    assertThat(DateRules.isNoDate("Daily", "NNP")).isTrue();
    assertThat(DateRules.isNoDate("daily", "RB")).isFalse();
    assertThat(DateRules.isNoDate("last year", null)).isFalse();
  }
}
