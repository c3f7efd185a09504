package io.newsfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {

  @Test
  void cityDateAndAgencyBeforeAnUnderscore() {
    Dateline d = Dateline.find("BRISTOL, May 4, 2021 (AP) _ The council voted on Monday.").get();
    assertThat(d.place()).isEqualTo("BRISTOL");
    assertThat(d.date()).contains(LocalDate.of(2021, 5, 4));
    assertThat("BRISTOL, May 4, 2021 (AP) _ The council voted on Monday.".substring(d.end()))
        .startsWith("The council");
  }

  @Test
  void dateWithoutYearGivesNoDateButItsPlaceInTheText() {
    String text = "LAGOS, Oct. 9 (AP) _ Fuel queues grew again.";
    Dateline d = Dateline.find(text).get();
    assertThat(d.place()).isEqualTo("LAGOS");
    assertThat(d.date()).isEmpty();
    assertThat(text.substring(d.dateStart(), d.dateEnd())).isEqualTo("Oct. 9");
  }

  @Test
  void datelineWithoutDateHasNoDateSpan() {
    Dateline d = Dateline.find("SAN DIEGO _ A storm closed the port.").get();
    assertThat(d.dateStart()).isEqualTo(-1);
    assertThat(d.dateEnd()).isEqualTo(-1);
  }

  @Test
  void cityWithRegionAndAgencyInParentheses() {
    Dateline d = Dateline.find("PORTLAND, Maine (Reuters) - The mill reopened.").get();
    assertThat(d.place()).isEqualTo("PORTLAND, Maine");
    assertThat(d.placeEnd()).isEqualTo("PORTLAND, Maine".length());
  }

  @Test
  void twoWordCityWithDashOnly() {
    assertThat(Dateline.find("SAN DIEGO _ A storm closed the port.").get().place())
        .isEqualTo("SAN DIEGO");
    assertThat(Dateline.find("NEW YORK (AP)_ Rents rose.").get().place()).isEqualTo("NEW YORK");
  }

  @Test
  void cityInTitleCaseBeforeAWireAgency() {
    String text = "Washington (AFP) \u2013 Democrat Hillary Clinton has taken a swipe.";
    Dateline d = Dateline.find(text).get();
    assertThat(d.place()).isEqualTo("Washington");
    assertThat(text.substring(d.end())).startsWith("Democrat");
    assertThat(Dateline.find("Geneva, Switzerland (Reuters) - Talks stalled.").get().place())
        .isEqualTo("Geneva, Switzerland");
  }

  @Test
  void anIndianAgencysDatelineNeedsNoDash() {
    String text = "New Delhi, Aug 14 (PTI) Union Minister Hardeep Singh Puri said prices would "
        + "fall.";
    Dateline d = Dateline.find(text).get();
    assertThat(d.place()).isEqualTo("New Delhi");
    assertThat(text.substring(d.end())).startsWith("Union Minister");
    assertThat(text.substring(d.dateStart(), d.dateEnd())).isEqualTo("Aug 14");
    assertThat(Dateline.find("Mumbai (IANS) \u201CWe will appeal,\u201D the firm said."))
        .isPresent();
    assertThat(Dateline.find("Ted Cruz (R-Texas) Spoke at length.")).isEmpty();
  }

  @Test
  void namesInTitleCaseBeforeAPartyAreNoDatelines() {
    assertThat(Dateline.find("Ted Cruz (R-Texas) \u2014 who else? \u2014 spoke.")).isEmpty();
    assertThat(Dateline.find("Washington (state) - a guide")).isEmpty();
    assertThat(Dateline.find("Washington - The city that never sleeps")).isEmpty();
  }

  @Test
  void ordinarySentencesAndHeadlinesAreNoDatelines() {
    assertThat(Dateline.find("The council voted on Monday.")).isEmpty();
    assertThat(Dateline.find("US - China talks resume")).isEmpty();
    assertThat(Dateline.find("I - for one - disagree.")).isEmpty();
    assertThat(Dateline.find("NASA's budget grows")).isEmpty();
  }

  @Test
  void aLineThatIsOnlyADatelineIsOne() {
    assertThat(Dateline.isDateline("GENEVA (AFP) --")).isTrue();
    assertThat(Dateline.isDateline("GENEVA (AFP) -- Talks stalled.")).isFalse();
  }

  @Test
  void cleanerKeepsADatelineLineInTheTextAndTakesNoTitleFromIt() {
    CleanText clean = new TextCleaner().clean("OSLO (AP) _\nThe ferry sank on Tuesday, officials said.");
    assertThat(clean.title()).isNull();
    assertThat(clean.body()).startsWith("OSLO (AP) _");
  }

  @Test
  void headlineStillBecomesTheTitleAboveADateline() {
    CleanText clean = new TextCleaner().clean(
        "Ferry Sinks Off Coast\n\nOSLO (AP) _ The ferry sank on Tuesday, officials said.");
    assertThat(clean.title()).isEqualTo("Ferry Sinks Off Coast");
    assertThat(clean.body()).startsWith("OSLO (AP) _ The ferry");
  }
}
